import { expect, test, type Page } from '@playwright/test';
import { lessonsInOrder } from './support/course.ts';

const LMS = `http://127.0.0.1:${process.env['LMS_PORT'] ?? 4510}/index.html`;
const lessons = lessonsInOrder();

interface Log {
  initialize: number;
  terminate: number;
  commits: number;
  refusedCommits: number;
  rejections: unknown[];
}

const log = (page: Page) => page.evaluate(() => (window as unknown as { previewLms: { log: Log } }).previewLms.log);
const cmi = (page: Page) =>
  page.evaluate(() => (window as unknown as { previewLms: { cmi(): Record<string, any> } }).previewLms.cmi()); // eslint-disable-line @typescript-eslint/no-explicit-any -- scorm-again's JSON
const course = (page: Page) => page.frameLocator('#sco').frameLocator('#course-frame');
const shell = (page: Page) => page.frameLocator('#sco');

async function launch(page: Page, standard: '1.2' | '2004', query = '') {
  await page.goto(`${LMS}?standard=${standard}${query}`);
  await expect(course(page).locator('h1')).toBeVisible();
}

/** Ends the attempt as an LMS does when the learner leaves: the SCO window goes away. */
async function closeSco(page: Page) {
  await page.getByRole('button', { name: 'Zakończ (zamknij SCO)' }).click();
  await expect.poll(async () => (await log(page)).terminate).toBe(1);
}

for (const standard of ['1.2', '2004'] as const) {
  const status = async (page: Page) => {
    const data = await cmi(page);
    return standard === '1.2' ? data['core'].lesson_status : data['completion_status'];
  };
  const location = async (page: Page) => {
    const data = await cmi(page);
    return standard === '1.2' ? data['core'].lesson_location : data['location'];
  };

  test.describe(`SCORM ${standard} in the preview LMS`, () => {
    test.describe.configure({ mode: 'serial' });

    test('one session across every lesson, a refresh and a missing page; suspend, bookmark, then resume', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.goto(`${LMS}?standard=${standard}`);
      await page.evaluate((s) => localStorage.removeItem(`scorm-preview:${s}`), standard);
      await launch(page, standard);
      const frame = course(page);
      await frame.getByRole('link', { name: 'Zacznij od pierwszej lekcji' }).click();
      // Every lesson but the last, with "next": the module stays incomplete.
      const bookmark = lessons.at(-2)!;
      for (const lesson of lessons.slice(0, -1)) {
        await expect(frame.locator('h1')).toHaveText(lesson.title);
        if (lesson !== bookmark) await frame.getByRole('link', { name: /Następna lekcja/ }).click();
      }
      // A refresh of the lesson frame and a link to a missing file keep the session.
      await page
        .frameLocator('#sco')
        .locator('#course-frame')
        .evaluate((f: HTMLIFrameElement) => f.contentWindow!.location.reload());
      await expect(frame.locator('h1')).toHaveText(bookmark.title);
      const inner = page.frameLocator('#sco').locator('#course-frame');
      await inner.evaluate((f: HTMLIFrameElement) => (f.contentWindow!.location.href = 'nie-ma-takiego-pliku.pdf'));
      await expect(frame.locator('body')).toContainText('404');
      await inner.evaluate((f: HTMLIFrameElement) => f.contentWindow!.history.back());
      await expect(frame.locator('h1')).toHaveText(bookmark.title);
      expect((await log(page)).initialize).toBe(1);
      expect((await log(page)).terminate).toBe(0);
      await closeSco(page);

      const first = await log(page);
      expect(first).toMatchObject({ initialize: 1, terminate: 1, rejections: [] });
      expect(await status(page)).toBe('incomplete');
      expect(await location(page)).toBe(bookmark.id);
      const data = await cmi(page);
      expect(standard === '1.2' ? data['core'].exit : data['exit']).toBe('suspend');
      expect(String(data['suspend_data']).length).toBeGreaterThan(0);

      // Relaunch: resumes on the bookmark with the visits kept.
      await page.getByRole('button', { name: 'Uruchom ponownie (wznów)' }).click();
      await expect(course(page).locator('h1')).toHaveText(bookmark.title);
      const visited = course(page).locator('.lesson-sidebar li[data-visited]');
      await expect(visited).toHaveCount(lessons.length - 1);
      await expect.poll(async () => (await log(page)).initialize).toBe(1);
      expect(standard === '1.2' ? (await cmi(page))['core'].entry : (await cmi(page))['entry']).toBe('resume');
    });

    test('refused commits: the learner is warned, nothing is lost once the LMS recovers', async ({ page }) => {
      test.setTimeout(60_000);
      await page.goto(`${LMS}?standard=${standard}`);
      await page.evaluate((s) => localStorage.removeItem(`scorm-preview:${s}`), standard);
      await launch(page, standard);
      await page.evaluate(() =>
        (window as unknown as { previewLms: { failNextCommits(n: number): void } }).previewLms.failNextCommits(3),
      );
      // Visiting every lesson completes the module: a status change commits at once.
      const frame = course(page);
      const inner = shell(page).locator('#course-frame');
      for (const lesson of lessons) {
        await inner.evaluate(
          (f: HTMLIFrameElement, id) => (f.contentWindow!.location.href = `lekcje/${id}.html`),
          lesson.id,
        );
        await expect(frame.locator('h1')).toHaveText(lesson.title);
      }
      const warning = shell(page).getByRole('status');
      await expect(warning).toContainText('chwilowo nie zapisuje', { timeout: 15_000 });
      await expect(warning).toBeHidden({ timeout: 15_000 });
      const recovered = await log(page);
      expect(recovered.refusedCommits).toBe(3);
      expect(recovered.rejections).toEqual([]);
      expect(await status(page)).toBe('completed');
      await closeSco(page);
      expect((await log(page)).terminate).toBe(1);
      // Completed, but the final assessment is still to pass: the attempt stays resumable.
      const data = await cmi(page);
      expect(standard === '1.2' ? data['core'].exit : data['exit']).toBe('suspend');
    });

    test('browse mode: the learner is told, nothing is scored', async ({ page }) => {
      await page.goto(`${LMS}?standard=${standard}`);
      await page.evaluate((s) => localStorage.removeItem(`scorm-preview:${s}`), standard);
      await launch(page, standard, '&mode=browse');
      await expect(shell(page).getByRole('status')).toContainText('Tryb przeglądania');
      await course(page).getByRole('link', { name: 'Zacznij od pierwszej lekcji' }).click();
      await expect(course(page).locator('h1')).toHaveText(lessons[0]!.title);
      await closeSco(page);
      // The LMS's own value stays: scorm-again marks a 1.2 browse launch "browsed"; the course wrote no status.
      expect(await status(page)).toBe(standard === '1.2' ? 'browsed' : 'unknown');
      expect((await log(page)).rejections).toEqual([]);
    });
  });
}
