import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { crawlPages } from './support/crawl.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every page has zero axe violations (WCAG 2.0-2.2 A/AA), ${scheme} theme`, async ({ page, baseURL }) => {
    // About 135 pages (the toolkit added 14, the trainer section 27), each with a full axe run: ~3 min on 2 idle cores;
    // room for a slower or busy machine.
    test.setTimeout(720_000);
    await page.emulateMedia({ colorScheme: scheme });
    const pages = await crawlPages(page, baseURL!);
    pages.push(new URL('szukaj.html?q=mentoring', baseURL).href);
    const found: string[] = [];
    for (const url of pages) {
      await page.goto(url);
      if (url.includes('?q=')) await page.locator('#search-results > li').first().waitFor();
      found.push(...(await violations(page)).map((v) => `${url}: ${v}`));
    }
    expect(found).toEqual([]);
  });
}

test('an open term definition has zero axe violations', async ({ page }) => {
  await page.goto('index.html');
  await page.getByRole('link', { name: 'Zacznij od pierwszej lekcji' }).click();
  await page.locator('main .term-link').first().focus();
  expect(await violations(page)).toEqual([]);
});

test('a 320 px phone shows lessons without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['index.html', 'slowniczek.html', 'szukaj.html']) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.getByRole('link', { name: 'Lekcje' }).first().click();
  await page.locator('.lesson-list a').first().click();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
