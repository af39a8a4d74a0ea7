import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { lessonsInOrder } from './support/course.ts';
import { crawlPages } from './support/crawl.ts';
import { hydrated } from './support/hydration.ts';
import { cmi, course, freshLaunch, LMS, shell } from './support/lms.ts';
import { expectHeadingNearTop, sidewaysOverflow, VIEWPORTS } from './support/viewports.ts';

const lessons = lessonsInOrder();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const [name, device] of Object.entries(VIEWPORTS)) {
  test.describe(name, () => {
    test.use(device);

    test('every lesson starts within the first 400 px and no lesson scrolls sideways', async ({ page }) => {
      test.setTimeout(120_000);
      for (const lesson of lessons) {
        await page.goto(`lekcje/${lesson.id}.html`);
        await expect(page.locator('h1')).toHaveText(lesson.title);
        await expectHeadingNearTop(page);
        expect(await sidewaysOverflow(page), lesson.id).toBeLessThanOrEqual(0);
      }
    });

    test('the course path names the current lesson and lists the whole path', async ({ page }) => {
      const lesson = lessons[2]!;
      await page.goto(`lekcje/${lesson.id}.html`);
      const path = page.getByRole('navigation', { name: 'Spis kursu' });
      const toggle = path.locator('summary');
      await expect(toggle).toContainText(`Lekcja 3 z ${lessons.length}: ${lesson.title}`);
      const wide = (page.viewportSize()?.width ?? 0) >= 960;
      // Wide screens: an open sidebar; phones: a closed drawer, the lesson first.
      await expect(path.locator('details')).toHaveJSProperty('open', wide);
      if (!wide) await toggle.click();
      await expect(path.locator('li[data-lesson]')).toHaveCount(lessons.length);
      await expect(path.locator('li[data-activity]')).toHaveCount(await page.locator('[data-activity]').count());
      await expect(path.getByRole('link', { name: /Test końcowy/ })).toBeVisible();
      await expect(path.getByRole('link', { name: /Podsumowanie i zaświadczenie/ })).toBeVisible();
      const sections = path.getByRole('list', { name: 'Na tej stronie' });
      if ((await sections.count()) > 0) {
        const first = sections.getByRole('link').first();
        const target = (await first.getAttribute('href'))!;
        await first.click();
        await expect(page.locator(target)).toBeInViewport();
      }
      expect(await violations(page)).toEqual([]);
    });
  });
}

test.describe('phone 320x640', () => {
  test.use(VIEWPORTS['phone 320x640']);

  test('no page of the course is wider than a 320 px screen', async ({ page, baseURL }) => {
    test.setTimeout(300_000);
    const pages = await crawlPages(page, baseURL!);
    const wide: string[] = [];
    for (const url of pages) {
      await page.goto(url);
      await hydrated(page);
      const overflow = await sidewaysOverflow(page);
      if (overflow > 0) wide.push(`${url}: ${overflow}px`);
    }
    expect(pages.length).toBeGreaterThan(lessons.length);
    expect(wide).toEqual([]);
  });
});

test.describe('phone 390x844 (touch)', () => {
  test.use(VIEWPORTS['phone 390x844 (touch)']);

  test('a tap on a glossary term shows its definition in place, with the way to the full entry', async ({ page }) => {
    await page.goto(`lekcje/${lessons[0]!.id}.html`);
    const lessonUrl = page.url();
    const term = page.locator('main .term').first();
    const termId = (await term.getAttribute('data-term'))!;
    await term.locator('.term-link').tap();
    const tip = term.locator('.term-tip');
    await expect(tip).toBeVisible();
    expect(page.url()).toBe(lessonUrl);
    const tipBox = (await tip.boundingBox())!;
    expect(tipBox.x).toBeGreaterThanOrEqual(0);
    expect(tipBox.x + tipBox.width).toBeLessThanOrEqual(390);
    // Not even for a moment wider than the screen: a phone would zoom the page out for good.
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => window.innerWidth)).toBe(390);
    expect(await violations(page)).toEqual([]);

    // A tap elsewhere closes it; the full entry is one tap away when it is open.
    await page.locator('main h1').tap();
    await expect(tip).toBeHidden();
    await term.locator('.term-link').tap();
    const full = tip.getByRole('link', { name: 'Pełny wpis w słowniczku' });
    await expect(full).toBeVisible();
    await full.tap();
    await expect(page).toHaveURL(new RegExp(`slowniczek/${termId}\\.html$`));
  });
});

/** A page of the course inside the launch shell, shown in the preview LMS's SCO frame resized to 910x700. */
async function inPlayer(page: Page): Promise<Frame> {
  await page.setViewportSize({ width: 1400, height: 900 });
  await freshLaunch(page, '2004');
  await page.evaluate(() => {
    const sco = document.getElementById('sco')!;
    sco.style.width = '910px';
    sco.style.height = '700px';
    document.querySelector('main')!.style.display = 'block';
  });
  return page.frame({ url: /\/kurs\.html/ })!;
}

/** The top of the course page's h1 as seen in the player (the shell's bar above it included). */
function headingTopInPlayer(page: Page): Promise<number> {
  return shell(page)
    .locator('#course-frame')
    .evaluate((frame: HTMLIFrameElement) => {
      const h1 = frame.contentDocument!.querySelector('h1')!;
      return frame.getBoundingClientRect().top + h1.getBoundingClientRect().top;
    });
}

test.describe('LMS player frame 910x700', () => {
  test('one title bar; each lesson first, within 400 px, never wider than the frame', async ({ page }) => {
    test.setTimeout(120_000);
    const kurs = await inPlayer(page);
    for (const lesson of lessons) {
      await kurs.locator('#course-frame').evaluate((f: HTMLIFrameElement, to) => {
        f.contentWindow!.location.href = to;
      }, `lekcje/${lesson.id}.html`);
      await expect(course(page).locator('h1')).toHaveText(lesson.title);
      await expect(course(page).locator('.site-header')).toBeHidden();
      await expect(course(page).locator('details[data-course-path]')).toHaveJSProperty('open', false);
      expect(await headingTopInPlayer(page)).toBeLessThanOrEqual(400);
      const overflow = await course(page)
        .locator('html')
        .evaluate((html) => html.scrollWidth - html.clientWidth);
      expect(overflow, lesson.id).toBeLessThanOrEqual(0);
    }
  });

  test("the shell's bar shows one measure per label, the same progress the LMS is told", async ({ page }) => {
    await inPlayer(page);
    const bar = shell(page).locator('.shell-bar');
    await expect(bar.locator('#shell-progress-text')).toHaveText('0% kursu ukończone');
    await expect(bar.locator('#shell-progress-detail')).toHaveText(
      `Lekcje: 0 z ${lessons.length} · Ćwiczenia: 0 z 3 · Test: jeszcze nie`,
    );
    // Read the first lesson to its end: it counts, and the LMS hears the same share.
    await course(page).getByRole('link', { name: 'Zacznij od pierwszej lekcji' }).click();
    await expect(course(page).locator('h1')).toHaveText(lessons[0]!.title);
    await course(page).locator('[data-lesson-end]').scrollIntoViewIfNeeded();
    await expect(bar.locator('#shell-progress-detail')).toContainText(`Lekcje: 1 z ${lessons.length}`);
    const percent = Number(await bar.locator('#shell-progress').evaluate((p: HTMLProgressElement) => p.value));
    expect(percent).toBeGreaterThan(0);
    await expect.poll(async () => Math.round(Number((await cmi(page))['progress_measure']) * 100)).toBe(percent);
    await expect(bar.locator('#shell-progress-text')).toHaveText(`${percent}% kursu ukończone`);
    // Glossary and search live in the shell's bar and open in the course frame.
    await bar.getByRole('link', { name: 'Słowniczek' }).click();
    await expect(course(page).locator('h1')).toHaveText('Słowniczek pojęć');
    expect(page.url()).toContain(new URL(LMS).host);
  });
});

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
