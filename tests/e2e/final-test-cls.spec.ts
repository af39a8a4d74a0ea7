import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './support/hydration.ts';
import { startAssessment } from './support/quiz.ts';

// Issue 9: the final test page must not jump while it loads (CLS <= 0.05).
// Layout shifts are summed as the page loads on a CPU slowed 4x (DevTools
// protocol), leaving out shifts right after the learner's input, as CLS does.

/** Starts summing layout shifts without recent input before any script of the page runs. */
async function observeShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) w.__shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Loads the final test with the CPU slowed 4x and returns the layout shift once it has settled. */
async function shiftWhileLoading(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto('test-koncowy.html');
  await hydrated(page);
  // Let late work (fonts, the tracker, the intro's own state) land.
  await page.waitForTimeout(1500);
  const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return shift;
}

for (const [width, height] of [
  [390, 844],
  [1366, 768],
] as const) {
  test.describe(`final test at ${width}x${height}`, () => {
    test.use({ viewport: { width, height } });

    test('loads without layout shift (CLS <= 0.05), for a first visit, a resumed and a submitted attempt', async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await observeShifts(page);
      const fresh = await shiftWhileLoading(page);
      expect(fresh).toBeLessThanOrEqual(0.05);

      // An attempt under way: the intro offers to go back to it.
      await startAssessment(page, page);
      await page.locator('.assessment input[type=radio], .assessment input[type=checkbox]').first().check();
      const resumed = await shiftWhileLoading(page);
      await expect(page.getByRole('button', { name: 'Wróć do testu' })).toBeVisible();
      expect(resumed).toBeLessThanOrEqual(0.05);

      // A submitted attempt: the intro shows the result and offers the review and a retake.
      await startAssessment(page, page);
      await page.getByRole('button', { name: 'Wyślij odpowiedzi' }).click();
      await page.getByRole('button', { name: 'Wyślij odpowiedzi' }).click();
      await expect(page.locator('.result')).toBeVisible();
      const done = await shiftWhileLoading(page);
      await expect(page.getByRole('button', { name: 'Pokaż wynik i odpowiedzi' })).toBeVisible();
      expect(done).toBeLessThanOrEqual(0.05);
      test.info().annotations.push({ type: 'CLS', description: `${width}x${height}: ${fresh}, ${resumed}, ${done}` });
      console.log(`CLS ${width}x${height}: fresh ${fresh}, resumed ${resumed}, done ${done}`);
    });
  });
}
