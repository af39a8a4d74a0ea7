import { expect, test } from '@playwright/test';
import { linkedUrls } from './support/crawl.ts';

test('under a deep LMS sub-path every link and asset resolves, no request leaves the host', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const failures: string[] = [];
  const foreign: string[] = [];
  const origin = new URL(baseURL!).origin;
  page.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });

  const pages = new Set<string>();
  const assets = new Set<string>();
  const queue = [new URL('index.html', baseURL).href];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (pages.has(url)) continue;
    pages.add(url);
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    for (const next of await linkedUrls(page)) {
      expect(next.startsWith(baseURL!), `${next} (linked from ${url}) leaves the package folder`).toBe(true);
      if (next.endsWith('.html')) queue.push(next);
      else assets.add(next);
    }
  }
  for (const asset of assets) {
    const response = await page.request.get(asset);
    expect(response.status(), asset).toBe(200);
  }

  // Search under the sub-path: the Pagefind bundle, its index chunks and result links.
  await page.goto('szukaj.html?q=mentoring');
  const first = page.locator('#search-results > li a').first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  expect(pages.size).toBeGreaterThan(10);
  expect(failures).toEqual([]);
  expect(foreign).toEqual([]);
});

test('every URL in the built HTML is relative (no root-absolute href, src or action)', async ({ page, baseURL }) => {
  const pages = ['index.html', 'slowniczek.html', 'szukaj.html', '404.html', 'zrodla.html', 'dziennik.html'];
  for (const path of pages) {
    const html = await (await page.request.get(new URL(path, baseURL).href)).text();
    expect(html, path).not.toMatch(/\s(href|src|action)="\/(?!\/)/);
  }
});
