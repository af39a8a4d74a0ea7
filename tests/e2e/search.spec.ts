import { expect, test, type Page } from '@playwright/test';
import { glossaryTerms } from './support/course.ts';

async function search(page: Page, query: string) {
  await page.goto('szukaj.html');
  const box = page.getByRole('searchbox', { name: 'Czego szukasz?', description: /polskich znaków/ });
  await box.fill(query);
  await box.press('Enter');
  await expect(page.locator('#search-status')).toContainText(/Znaleziono|Nic nie znaleziono/);
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
  // The term the query names comes first, marked as such; the rest are glossary pages too.
  await expect.poll(types).toEqual(['Pojęcie ze słowniczka', 'Słowniczek']);
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

for (const [query, term] of [
  ['mentee', 'podopieczny'],
  ['coach', 'mentor'],
  ['e mentoring', 'e-mentoring'],
  ['blended', 'mentoring mieszany'],
] as const) {
  test(`"${query}" puts the Polish glossary term "${term}" first`, async ({ page }) => {
    const results = await search(page, query);
    await expect(results.first().locator('a')).toHaveText(term);
    await expect(results.first().locator('.type')).toHaveText('Pojęcie ze słowniczka');
    await expect(page.locator('#search-status')).toHaveText(/^Znaleziono \d+ wynik(i|ów)?\.$/);
  });
}

test('"wypalenie" finds burnout, never "wypisz" (stems are not cut too short)', async ({ page }) => {
  const results = await search(page, 'wypalenie');
  await expect(results.first().locator('a')).toHaveText('wypalenie zawodowe');
  const marks = await page.locator('#search-results mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^wypal/);
});

test('a query with no results says so and offers the whole glossary', async ({ page }) => {
  const results = await search(page, 'kwazarami');
  await expect(page.locator('#search-status')).toHaveText('Nic nie znaleziono dla „kwazarami”.');
  await expect(results).toHaveCount(0);
  const help = page.locator('#search-help');
  await expect(help.getByRole('heading', { name: 'Wszystkie pojęcia ze słowniczka:' })).toBeVisible();
  await expect(help.locator('.all-terms a')).toHaveCount(glossaryTerms().length);
});

test('a misspelt term with no results suggests the nearest glossary terms', async ({ page }) => {
  await search(page, 'superwyzja');
  const suggestions = page.locator('#search-suggest-list a');
  await expect(suggestions.first()).toHaveText('superwizja');
  await suggestions.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('superwizja');
});

test('excerpts keep ł: "szkola" shows "szkołą" and "szkolą" as written', async ({ page }) => {
  await search(page, 'szkola');
  const marks = await page.locator('#search-results mark').allTextContents();
  expect(marks.some((m) => /^szkołą/i.test(m))).toBe(true);
  expect(marks.some((m) => /^szkolą/i.test(m))).toBe(true);
  expect(await page.locator('#search-results').textContent()).not.toMatch(/\bwedlug\b|\bwlasn/);
});

test('a term page shows each synonym once and keeps the inflected forms out of sight', async ({ page }) => {
  await page.goto('slowniczek/podopieczny.html');
  const synonyms = page.locator('.synonyms');
  await expect(synonyms).toBeVisible();
  const names = (await synonyms.textContent())!.split(', ');
  expect(new Set(names).size).toBe(names.length);
  await expect(page.getByText('podopiecznemu', { exact: false })).toBeHidden();
});
