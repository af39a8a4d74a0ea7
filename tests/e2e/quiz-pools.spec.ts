import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './support/hydration.ts';
import { quizPool } from './support/quiz.ts';

// Issue 10: the final test measures the outcomes, not recall, so no final
// item may reach a learner before the test: not on the page, and not in the
// page's HTML either (Astro serialises an island's props, here the question
// bank with its keys, into the page).

const practice = quizPool('practice');
const finalQuestions = quizPool('final').flatMap((bank) => bank.questions);
const practiceQuestions = practice.flatMap((bank) => bank.questions);
const normalize = (text: string) => text.replace(/\s+/g, ' ');

/** What the page shows, and what its islands carry in their props. */
async function pageText(page: Page): Promise<string> {
  const text = await page.evaluate(() =>
    [
      document.body.innerText,
      ...Array.from(document.querySelectorAll('astro-island'), (island) => island.getAttribute('props') ?? ''),
    ].join('\n'),
  );
  return normalize(text);
}

for (const bank of practice) {
  test(`the practice page of ${bank.outcome} shows its practice items and no final item of any outcome`, async ({
    page,
  }) => {
    await page.goto(`sprawdz-sie/${bank.outcome}.html`);
    await hydrated(page);
    await expect(page.locator('.quiz > li')).toHaveCount(bank.questions.length);
    const text = await pageText(page);
    // The check can fail: every practice prompt is found the same way.
    for (const q of bank.questions) expect(text, q.id).toContain(normalize(q.prompt));
    for (const q of finalQuestions) {
      expect(text, q.id).not.toContain(normalize(q.prompt));
      expect(text, q.id).not.toContain(`"${q.id}"`);
    }
  });
}

test('the final test carries final items only', async ({ page }) => {
  await page.goto('test-koncowy.html');
  await hydrated(page);
  const text = await pageText(page);
  expect(finalQuestions.some((q) => text.includes(`"${q.id}"`))).toBe(true);
  for (const q of practiceQuestions) expect(text, q.id).not.toContain(`"${q.id}"`);
});
