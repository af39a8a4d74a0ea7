import { expect, test, type Page } from '@playwright/test';

async function search(page: Page, query: string) {
  await page.goto('szukaj.html');
  const box = page.getByRole('searchbox', { name: 'Czego szukasz?', description: /polskich znaków/ });
  await box.fill(query);
  await box.press('Enter');
  await expect(page.locator('#search-status')).toContainText(/Znaleziono wyników|Nic nie znaleziono/);
  return page.locator('#search-results > li');
}

test('text pages load no search code until search is used', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('index.html');
  await page.goto('slowniczek.html');
  expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
});

test('a query without Polish letters finds the word with them, ł included', async ({ page }) => {
  const results = await search(page, 'wspolpraca');
  await expect(results.first()).toBeVisible();
  await expect(results.first().locator('mark').first()).toHaveText(/^współprac/i);

  const sources = await search(page, 'zrodlo');
  await expect(sources.first()).toBeVisible();
  await expect(page.locator('#search-results mark').first()).toHaveText(/^źródł/i);
});

test('a query with ł finds the same results as one without it', async ({ page }) => {
  const withL = await (await search(page, 'współpraca')).count();
  const withoutL = await (await search(page, 'wspolpraca')).count();
  expect(withL).toBeGreaterThan(0);
  expect(withL).toBe(withoutL);
});

test('an inflected form finds the glossary term and the lessons ("podopieczni" finds "podopiecznego")', async ({
  page,
}) => {
  const results = await search(page, 'podopieczni');
  await expect(results.filter({ hasText: 'Słowniczek' }).first()).toBeVisible();
  await expect(
    page
      .locator('#search-results mark')
      .filter({ hasText: /^podopieczn/i })
      .first(),
  ).toBeVisible();
});

test('the filter narrows results to the glossary, one result per term, and to lessons', async ({ page }) => {
  await search(page, 'mentoring');
  await page.getByRole('radio', { name: 'słowniczka' }).check();
  const results = page.locator('#search-results > li');
  const types = async () => [...new Set(await results.locator('.type').allTextContents())];
  await expect.poll(types).toEqual(['Słowniczek']);
  const urls = await results.locator('a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(new Set(urls).size).toBe(urls.length);
  expect(urls.every((u) => /slowniczek\/[a-z0-9-]+\.html$/.test(u))).toBe(true);

  await page.getByRole('radio', { name: 'lekcji' }).check();
  await expect.poll(types).toEqual(['Lekcja']);
});

test('results are reachable and opened by keyboard', async ({ page }) => {
  await page.goto('index.html');
  await page.getByRole('search').first().getByRole('searchbox').fill('e-mentoring');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/szukaj\.html\?q=e-mentoring/);
  const first = page.locator('#search-results > li a').first();
  await expect(first).toBeVisible();
  const href = await first.getAttribute('href');
  for (let i = 0; i < 20 && !(await first.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.?]/g, '\\$&')}$`));
});
