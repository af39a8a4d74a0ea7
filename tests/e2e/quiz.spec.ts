import { expect, test } from '@playwright/test';
import { hydrated } from './support/hydration.ts';
import { answerAssessment, answerByKeyboard, quizPool, startAssessment } from './support/quiz.ts';

// The practice pages show the practice pool; the final test draws from the final pool of every bank.
const banks = quizPool('practice');

test('a practice quiz answered by keyboard gives feedback, an explanation and a lesson link; retry resets', async ({
  page,
}) => {
  const bank = banks[1]!;
  await page.goto(`sprawdz-sie/${bank.outcome}.html`);
  await hydrated(page);
  const items = page.locator('.quiz > li');
  await expect(items).toHaveCount(bank.questions.length);
  const question = bank.questions.find((q) => q.type === 'single')!;
  const item = items.filter({ hasText: question.prompt });
  await answerByKeyboard(page, item, question, false);
  await item.getByRole('button', { name: 'Sprawdź odpowiedź' }).focus();
  await page.keyboard.press('Enter');
  const feedback = item.getByRole('status');
  await expect(feedback).toBeFocused();
  await expect(feedback).toContainText('Jeszcze nie.');
  await expect(feedback).toContainText(question.options.find((o) => !o.correct)!.feedback);
  await expect(feedback).toContainText(question.explanation);
  await expect(feedback.getByRole('link', { name: /Przeczytaj w lekcji/ })).toHaveAttribute(
    'href',
    new RegExp(`lekcje/${question.lesson}\\.html${question.anchor ? `#${question.anchor}` : ''}$`),
  );
  await item.getByRole('button', { name: 'Spróbuj jeszcze raz' }).click();
  await answerByKeyboard(page, item, question, true);
  await item.getByRole('button', { name: 'Sprawdź odpowiedź' }).click();
  await expect(item.getByRole('status')).toContainText('Dobrze!');
});

test('every question type can be answered correctly by keyboard, and answers survive a reload', async ({ page }) => {
  const bank = banks.find(
    (b) => b.questions.some((q) => q.type === 'ordering') && b.questions.some((q) => q.type === 'matching'),
  )!;
  await page.goto(`sprawdz-sie/${bank.outcome}.html`);
  await hydrated(page);
  for (const question of bank.questions) {
    const item = page.locator('.quiz > li').filter({ hasText: question.prompt });
    await answerByKeyboard(page, item, question, true);
    await item.getByRole('button', { name: 'Sprawdź odpowiedź' }).click();
    await expect(item.getByRole('status'), question.id).toContainText('Dobrze!');
  }
  await expect(page.locator('.summary')).toHaveText('Wszystkie pytania sprawdzone. Wynik: 100%.');
  await page.reload();
  await hydrated(page);
  await expect(page.locator('.summary')).toHaveText('Wszystkie pytania sprawdzone. Wynik: 100%.');
  await expect(page.locator('.quiz > li').first().getByRole('status')).toContainText('Dobrze!');
});

test('ordering moves are announced to screen readers', async ({ page }) => {
  const bank = banks.find((b) => b.questions.some((q) => q.type === 'ordering'))!;
  const question = bank.questions.find((q) => q.type === 'ordering')!;
  await page.goto(`sprawdz-sie/${bank.outcome}.html`);
  await hydrated(page);
  const item = page.locator('.quiz > li').filter({ hasText: question.prompt });
  const second = item.locator('.ordering li').nth(1);
  const text = (await second.locator('.item').textContent())!;
  await second.getByRole('button', { name: /w górę/ }).focus();
  await page.keyboard.press('Enter');
  await expect(item.locator('[aria-live="polite"]')).toHaveText(
    `„${text}” jest teraz na pozycji 1 z ${question.type === 'ordering' ? question.items.length : 0}.`,
  );
  // At the top its "up" button is disabled, so focus stays with the item on its "down" button.
  await expect(item.getByRole('button', { name: `Przesuń w dół: ${text}` })).toBeFocused();
});

test('the final assessment gives no feedback before submitting, then a result with a per-outcome breakdown', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('test-koncowy.html');
  await hydrated(page);
  await expect(page.locator('.assessment .feedback')).toHaveCount(0);
  const count = await answerAssessment(page, page, true);
  expect(count).toBe(banks.length * 4);
  await page.getByRole('button', { name: 'Wyślij odpowiedzi' }).click();
  const result = page.getByRole('heading', { name: 'Twój wynik' });
  await expect(result).toBeFocused();
  await expect(page.locator('.result')).toContainText('Wynik: 100% (wymagane: 80%).');
  await expect(page.locator('.result')).toContainText('Zaliczone.');
  await expect(page.locator('.result tbody tr')).toHaveCount(banks.length);
  await expect(page.locator('.assessment .feedback')).toHaveCount(count);

  await page.getByRole('button', { name: 'Rozwiąż test ponownie' }).click();
  await answerAssessment(page, page, false);
  await page.getByRole('button', { name: 'Wyślij odpowiedzi' }).click();
  await expect(page.locator('.result')).toContainText('Wynik: 0% (wymagane: 80%).');
  await expect(page.locator('.result')).toContainText('Najlepszy wynik: 100%.');
});

test('submitting with unanswered questions asks first, naming them with Polish plurals', async ({ page }) => {
  await page.goto('test-koncowy.html');
  await startAssessment(page, page);
  const count = await page.locator('.assessment > li').count();
  await page.getByRole('button', { name: 'Wyślij odpowiedzi' }).click();
  // Nothing answered, an untouched ordering question included.
  const numbers = Array.from({ length: count }, (_, i) => i + 1).join(', ');
  await expect(page.getByRole('alert')).toContainText(
    `Nie odpowiedziano na ${count} ${new Intl.PluralRules('pl').select(count) === 'few' ? 'pytania' : 'pytań'} (nr ${numbers}). Wysłać test mimo to?`,
  );
  await expect(page.locator('.result')).toHaveCount(0);
  await page.getByRole('button', { name: 'Wyślij odpowiedzi' }).click();
  await expect(page.locator('.result')).toContainText('Wynik: 0% (wymagane: 80%).');
  await expect(page.locator('.assessment .feedback').first()).toContainText('Brak odpowiedzi.');
});
