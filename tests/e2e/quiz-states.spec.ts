import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Question } from '../../src/schemas/quiz.ts';
import { hydrated } from './support/hydration.ts';
import { answerByKeyboard, quizPool, startAssessment } from './support/quiz.ts';

// Practice pages show the practice pool only.
const banks = quizPool('practice');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Checks the question in `item` by keyboard (Tab to the button, Enter). */
async function checkByKeyboard(page: Page, item: Locator) {
  await item.getByRole('button', { name: 'Sprawdź odpowiedź' }).focus();
  await page.keyboard.press('Enter');
}

/** The options of a checked choice question, with the words each one carries. */
const option = (item: Locator, text: string) =>
  item.locator('fieldset li').filter({ has: item.page().getByText(text, { exact: true }) });

test.describe('practice quiz answer states', () => {
  const bank = banks.find((b) => b.questions.some((q) => q.type === 'single'))!;
  const single = bank.questions.find((q) => q.type === 'single')! as Extract<Question, { type: 'single' }>;
  const wrong = single.options.find((o) => !o.correct)!;
  const right = single.options.find((o) => o.correct)!;

  test('a wrong answer stays visible and marked in words, the right one is marked, feedback says wrong', async ({
    page,
  }) => {
    await page.goto(`sprawdz-sie/${bank.outcome}.html`);
    await hydrated(page);
    const item = page.locator('.quiz > li').filter({ hasText: single.prompt });
    await answerByKeyboard(page, item, single, false);
    await checkByKeyboard(page, item);
    await expect(item.getByRole('status')).toBeFocused();
    // No pale disabled radio: the options become a list, the chosen one framed and marked in words.
    await expect(item.getByRole('radio')).toHaveCount(0);
    await expect(option(item, wrong.text)).toContainText('✗ Twoja odpowiedź: błędna');
    await expect(option(item, wrong.text)).toHaveClass(/chosen/);
    await expect(option(item, wrong.text)).toHaveCSS('font-weight', '600');
    await expect(option(item, right.text)).toContainText('✓ Poprawna odpowiedź');
    for (const other of single.options.filter((o) => o !== wrong && o !== right)) {
      await expect(option(item, other.text)).not.toContainText('Twoja odpowiedź');
    }
    const feedback = item.locator('.feedback');
    await expect(feedback).toHaveAttribute('data-verdict', 'wrong');
    await expect(feedback).toContainText('✗ Jeszcze nie.');
    expect(await violations(page)).toEqual([]);

    // Retry by keyboard, then the right answer: marked right, and the feedback looks different.
    await item.getByRole('button', { name: 'Spróbuj jeszcze raz' }).focus();
    await page.keyboard.press('Enter');
    await expect(item.getByRole('radio').first()).toBeFocused();
    await answerByKeyboard(page, item, single, true);
    await checkByKeyboard(page, item);
    await expect(option(item, right.text)).toContainText('✓ Twoja odpowiedź: poprawna');
    await expect(item.locator('.feedback')).toHaveAttribute('data-verdict', 'right');
    await expect(item.locator('.feedback')).toContainText('✓ Dobrze!');
    const styles = async (verdict: Locator) =>
      verdict.evaluate((el) => {
        const s = getComputedStyle(el);
        return [s.borderTopStyle, s.borderLeftColor, getComputedStyle(el.querySelector('.verdict')!).color];
      });
    const rightStyle = await styles(item.locator('.feedback'));
    const otherItem = page.locator('.quiz > li').nth(bank.questions.indexOf(single) === 0 ? 1 : 0);
    const otherQuestion = bank.questions[bank.questions.indexOf(single) === 0 ? 1 : 0]!;
    await answerByKeyboard(page, otherItem, otherQuestion, false);
    if (otherQuestion.type === 'ordering' || otherQuestion.type === 'matching' || otherQuestion.type === 'short') {
      // (wrong answers of these types are also "answered": the helper always leaves an answer)
    }
    await checkByKeyboard(page, otherItem);
    const wrongStyle = await styles(otherItem.locator('.feedback'));
    expect(wrongStyle).not.toEqual(rightStyle);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`every question type checked, right and wrong, and the summary: zero axe violations (${scheme})`, async ({
      page,
    }) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme: scheme });
      const full = banks.find((b) => new Set(b.questions.map((q) => q.type)).size >= 5) ?? banks[0]!;
      await page.goto(`sprawdz-sie/${full.outcome}.html`);
      await hydrated(page);
      for (const [index, question] of full.questions.entries()) {
        const item = page.locator('.quiz > li').nth(index);
        await answerByKeyboard(page, item, question, index % 2 === 0);
        await checkByKeyboard(page, item);
        await expect(item.locator('.feedback')).toBeVisible();
      }
      await expect(page.locator('.revisit')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }

  test('after the last question a summary gives the score and links the lesson sections to revisit', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const bank2 = banks.find((b) => b.questions.some((q) => q.anchor))!;
    await page.goto(`sprawdz-sie/${bank2.outcome}.html`);
    await hydrated(page);
    const wrongOnes = new Set<number>();
    for (const [index, question] of bank2.questions.entries()) {
      const item = page.locator('.quiz > li').nth(index);
      await expect(page.locator('.revisit')).toHaveCount(0);
      const right = index % 3 !== 0;
      if (!right) wrongOnes.add(index + 1);
      await answerByKeyboard(page, item, question, right);
      await checkByKeyboard(page, item);
    }
    const correct = bank2.questions.length - wrongOnes.size;
    const summary = page.locator('.revisit');
    await expect(summary.getByRole('heading', { name: 'Podsumowanie' })).toBeVisible();
    await expect(summary).toContainText(`Poprawne odpowiedzi: ${correct} z ${bank2.questions.length}.`);
    await expect(summary.getByRole('heading', { name: 'Do powtórki' })).toBeVisible();
    // Every wrongly answered question is listed under the section it draws on.
    const listed = (await summary.locator('li').allTextContents()).join(' ');
    for (const n of wrongOnes) expect(listed).toMatch(new RegExp(`pytani[ea] [\\d, ]*\\b${n}\\b`));
    // Each link leads to the lesson (and the heading) the question names.
    const wrongQuestion = bank2.questions.find((q, i) => wrongOnes.has(i + 1) && q.anchor)!;
    const link = summary.getByRole('link').filter({ has: page.locator(`[href$="${wrongQuestion.anchor}"]`) });
    const href = (await summary
      .locator(`a[href$="lekcje/${wrongQuestion.lesson}.html#${wrongQuestion.anchor}"]`)
      .first()
      .getAttribute('href'))!;
    expect(href.startsWith('../lekcje/')).toBe(true);
    void link;
    await summary.locator(`a[href="${href}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`lekcje/${wrongQuestion.lesson}\\.html#`));
    await expect(page.locator(`[id="${wrongQuestion.anchor}"]`)).toBeVisible();
  });
});

test.describe('final assessment drawing', () => {
  const perOutcome = 4;

  test('an unfinished attempt keeps its draw and answers after a reload; a retake draws other questions', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('test-koncowy.html');
    await hydrated(page);
    expect(await violations(page)).toEqual([]);
    await startAssessment(page, page);
    expect(await violations(page)).toEqual([]);
    const prompts = () => page.locator('.assessment legend .prompt').allTextContents();
    const first = await prompts();
    // Answer the first question that has options to tick.
    const choice = page
      .locator('.assessment > li')
      .filter({ has: page.locator('input[type=radio], input[type=checkbox]') });
    const item = choice.first();
    const prompt = (await item.locator('legend .prompt').textContent())!;
    await item.locator('input[type=radio], input[type=checkbox]').first().check();
    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('region', { name: 'Twoje podejście' })).toContainText(
      `Masz rozpoczęte podejście: odpowiedzi 1 z ${first.length}.`,
    );
    await startAssessment(page, page);
    expect(await prompts()).toEqual(first);
    await expect(page.locator('.assessment > li').filter({ hasText: prompt }).locator('input:checked')).toHaveCount(1);

    // Submit (unanswered ones too), then retake: the pool has enough others, so nothing repeats.
    await page.getByRole('button', { name: 'Wyślij odpowiedzi' }).click();
    await page.getByRole('button', { name: 'Wyślij odpowiedzi' }).click();
    await expect(page.locator('.result')).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Rozwiąż test ponownie' }).click();
    await expect(page.getByRole('heading', { name: 'Pytania', exact: true })).toBeFocused();
    const second = await prompts();
    expect(second).toHaveLength(first.length);
    const poolSizes = quizPool('final').map((b) => b.questions.length);
    if (poolSizes.every((n) => n >= 2 * perOutcome)) expect(second.filter((p) => first.includes(p))).toEqual([]);
    else expect(second).not.toEqual(first);
  });
});

test.describe('print', () => {
  test('a practice quiz prints as a record: questions, the learner’s answers marked, no form controls', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const bank =
      banks.find((b) => ['single', 'matching', 'short'].every((t) => b.questions.some((q) => q.type === t))) ??
      banks.find((b) => b.questions.some((q) => q.type === 'matching'))!;
    await page.goto(`sprawdz-sie/${bank.outcome}.html`);
    await hydrated(page);
    // Answer every question; check every other one.
    for (const [index, question] of bank.questions.entries()) {
      const item = page.locator('.quiz > li').nth(index);
      await answerByKeyboard(page, item, question, true);
      if (index % 2 === 1) await checkByKeyboard(page, item);
    }
    await expect(page.locator('.quiz .warning')).toHaveCount(0);
    await expect(page.locator('.quiz .feedback')).toHaveCount(Math.floor(bank.questions.length / 2));
    await page.emulateMedia({ media: 'print' });
    for (const control of ['input', 'select', 'button', '.site-header', '.site-footer']) {
      for (const el of await page.locator(`main ${control}, ${control}.site-header, ${control}.site-footer`).all()) {
        await expect(el, control).toBeHidden();
      }
    }
    // Chosen options print as filled boxes; a matching question prints the chosen right-hand side as text.
    const single = bank.questions.findIndex((q, i) => q.type === 'single' && i % 2 === 0);
    if (single >= 0) {
      const q = bank.questions[single] as Extract<Question, { type: 'single' }>;
      const chosen = page
        .locator('.quiz > li')
        .nth(single)
        .locator('label')
        .filter({ hasText: q.options.find((o) => o.correct)!.text });
      await expect(chosen.locator('.mark-box')).toBeVisible();
      const filled = await chosen.locator('.mark-box').evaluate((el) => getComputedStyle(el, '::after').content);
      expect(filled).toBe('""');
    }
    const matching = bank.questions.findIndex((q, i) => q.type === 'matching' && i % 2 === 0);
    if (matching >= 0) {
      const q = bank.questions[matching] as Extract<Question, { type: 'matching' }>;
      await expect(page.locator('.quiz > li').nth(matching).locator('.print-only').first()).toHaveText(
        q.pairs[0]!.right,
      );
    }
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});
