import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { crawlPages, linkedUrls } from './support/crawl.ts';

const zips = readdirSync('dist-scorm');
const unzip = (name: string) => unzipSync(readFileSync(join('dist-scorm', name)));
const text = (data: Uint8Array) => new TextDecoder().decode(data);
const TRAINER_ZIP = zips.find((z) => /-trainer-v[\d.]+\.zip$/.test(z))!;

test.describe('two audiences', () => {
  test('learner pages link no trainer material; the trainer section is reached from the footer only', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const pages = await crawlPages(page, baseURL!);
    const learner = pages.filter((url) => !url.includes('/trener/'));
    expect(pages.filter((url) => url.includes('/trener/')).length).toBeGreaterThanOrEqual(27);
    for (const url of learner) {
      await page.goto(url);
      const trainerLinks = (await linkedUrls(page)).filter((u) => u.includes('/trener/'));
      expect(trainerLinks, url).toEqual(trainerLinks.length ? [new URL('trener/index.html', baseURL).href] : []);
      await expect(page.locator('a[href*="trener/"]:not([data-trainer-only] a)'), url).toHaveCount(0);
      await expect(page.locator('a[href*="-karta"], a[href*="-klucz"], a[href*="-trener"]'), url).toHaveCount(0);
    }
  });

  test('trainer pages link only within the trainer section', async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    await page.goto('trener/index.html');
    const section = new URL('trener/', baseURL).href;
    const assets = new URL('_astro/', baseURL).href;
    const queue = [page.url()];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      await page.goto(url);
      for (const next of await linkedUrls(page)) {
        if (next.endsWith('.html')) {
          expect(next.startsWith(section), `${next} linked from ${url}`).toBe(true);
          queue.push(next);
        } else expect(next.startsWith(assets) || next.endsWith('favicon.svg'), next).toBe(true);
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(27);
  });

  test('every trainer page fits a 320 px screen without sideways scrolling (wide tables scroll in their box)', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 320, height: 640 });
    const pages = readdirSync('dist/trener').filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(27);
    for (const name of pages) {
      await page.goto(`trener/${name}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, name).toBeLessThanOrEqual(0);
    }
  });

  for (const standard of ['12', '2004']) {
    test(`the SCORM ${standard} package holds no trainer page, worksheet, key or link to them`, () => {
      const files = unzip(zips.find((z) => z.includes(`-scorm${standard}-`))!);
      const names = Object.keys(files);
      expect(names).toContain('kurs.html');
      expect(names.filter((n) => n.startsWith('trener/'))).toEqual([]);
      expect(names.filter((n) => /-(karta|klucz|trener|projektor)/.test(n))).toEqual([]);
      expect(text(files['imsmanifest.xml']!)).not.toContain('trener');
      for (const name of names.filter((n) => n.endsWith('.html'))) {
        const html = text(files[name]!);
        expect(html, name).not.toContain('trener/');
        expect(html, name).not.toContain('data-trainer-only');
      }
    });
  }

  test('the trainer zip holds the section and its assets, and works opened from a folder (file://)', async ({
    page,
  }) => {
    const files = unzip(TRAINER_ZIP);
    const names = Object.keys(files);
    expect(names).toContain('index.html');
    expect(names).toContain('trener/index.html');
    expect(names.filter((n) => n.endsWith('.html') && n !== 'index.html').every((n) => n.startsWith('trener/'))).toBe(
      true,
    );
    expect(names.filter((n) => n.startsWith('trener/') && n.endsWith('.html')).length).toBeGreaterThanOrEqual(27);
    expect(names.some((n) => n.startsWith('lekcje/') || n === 'kurs.html' || n.startsWith('pagefind/'))).toBe(false);

    const dir = mkdtempSync(join(tmpdir(), 'trainer-zip-'));
    for (const [name, data] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), data);
    }
    const failed: string[] = [];
    const errors: string[] = [];
    // A load cut short by the next navigation (ERR_ABORTED) is not a failure; a refused module (ERR_FAILED) is.
    page.on('requestfailed', (r) => {
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${r.url()} ${r.failure()?.errorText}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(pathToFileURL(join(dir, 'index.html')).href);
    await expect(page).toHaveURL(/trener\/index\.html$/);
    await page.getByRole('link', { name: 'Widok trenera' }).first().click();
    await expect(page.locator('trainer-island')).toHaveCount(1);
    await expect(page.locator('trainer-island[ssr]')).toHaveCount(0);
    await page.getByRole('button', { name: 'Następny krok' }).click();
    await expect(page.locator('.stage-head .step')).toHaveText('Krok 2: Praca w zespołach');
    await page.reload();
    await expect(page.locator('.stage-head .step')).toHaveText('Krok 2: Praca w zespołach');
    for (const name of names.filter((n) => n.startsWith('trener/') && n.endsWith('.html'))) {
      await page.goto(pathToFileURL(join(dir, name)).href);
      await expect(page.locator('trainer-island[ssr]'), name).toHaveCount(0);
    }
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });
});
