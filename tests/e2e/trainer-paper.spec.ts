import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';

// Every worksheet, answer key and paper test printed to A4 PDF, page count asserted. The limits are the
// counts measured when the layout was made (issue 12: at most 6 A4 pages each; before, the matching
// worksheet took 19 pages and the roles key 5 with a lone row on the last).
const PAPERS: Record<string, number> = {
  'kto-za-co-odpowiada-karta': 2,
  'kto-za-co-odpowiada-klucz': 4,
  'dobierz-pary-i-grupy-karta-pary': 4,
  'dobierz-pary-i-grupy-karta-grupy': 5,
  'dobierz-pary-i-grupy-klucz-pary': 3,
  'dobierz-pary-i-grupy-klucz-grupy': 4,
  'nasz-kodeks-etyki-karta': 4,
  'nasz-kodeks-etyki-klucz': 3,
};
const OUTCOMES = readdirSync('content/quizzes')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => (parse(readFileSync(`content/quizzes/${f}`, 'utf8')) as { outcome: string }).outcome)
  .sort();
for (const outcome of OUTCOMES) {
  PAPERS[`test-${outcome}`] = 3;
  PAPERS[`test-${outcome}-klucz`] = 2;
}

/** The page's print as A4 PDF: its number of pages. */
async function printedPages(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test.describe('paper', () => {
  for (const [name, limit] of Object.entries(PAPERS)) {
    test(`${name} prints on at most ${limit} A4 pages`, async ({ page }) => {
      await page.goto(`trener/${name}.html`);
      const pages = await printedPages(page);
      expect(pages).toBeGreaterThan(0);
      expect(pages).toBeLessThanOrEqual(Math.min(limit, 6));
    });
  }

  test('the matching worksheet prints one scenario: its own people only, a row per mentee', async ({ page }) => {
    const pary = parse(readFileSync('exercises/matching/data/scenarios/pary.yaml', 'utf8')) as {
      mentees: Array<{ name: string }>;
    };
    const grupy = parse(readFileSync('exercises/matching/data/scenarios/grupy.yaml', 'utf8')) as {
      mentees: Array<{ name: string }>;
    };
    await page.goto('trener/dobierz-pary-i-grupy-karta-pary.html');
    await expect(page.locator('table.answers tbody tr')).toHaveCount(pary.mentees.length);
    await expect(page.locator('.profile')).toHaveCount(pary.mentees.length * 2);
    await expect(page.locator('main')).not.toContainText(grupy.mentees[0]!.name);
  });

  test('a paper test has boxes and lines but no form control, and its key gives every answer', async ({ page }) => {
    const bank = parse(readFileSync('content/quizzes/lo1.yaml', 'utf8')) as {
      title: string;
      questions: Array<{ prompt: string; type: string; pool?: string }>;
    };
    // Only the practice pool is printed: the final test's questions never reach paper.
    bank.questions = bank.questions.filter((q) => q.pool !== 'final');
    await page.goto('trener/test-lo1.html');
    await expect(page.locator('h1')).toHaveText(`${bank.title}: test na papierze`);
    await expect(page.locator('li.question')).toHaveCount(bank.questions.length);
    await expect(page.locator('main input, main select, main textarea, main button')).toHaveCount(0);
    await expect(page.locator('.tick-box').first()).toBeAttached();
    const shorts = bank.questions.filter((q) => q.type === 'short').length;
    await expect(page.locator('.lines')).toHaveCount(shorts);
    // The answers are not on the test.
    await expect(page.locator('main')).not.toContainText('Odpowiedź:');

    await page.goto('trener/test-lo1-klucz.html');
    await expect(page.locator('li.key-item')).toHaveCount(bank.questions.length);
    await expect(page.locator('.answer').first()).toHaveText(/^(Odpowiedź|Kolejność|Uznaj): \S/);
  });

  test('the roles key marks every answer with a tick of at least 18 pt', async ({ page }) => {
    await page.goto('trener/kto-za-co-odpowiada-klucz.html');
    await page.emulateMedia({ media: 'print' });
    const size = await page
      .locator('.mark')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(24); // px: 18 pt
  });
});
