import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import type { Question, QuizBank } from '../../../src/schemas/quiz.ts';
import { hydrated } from './hydration.ts';

/** Every question bank, as authored. */
export function quizBanks(): QuizBank[] {
  return readdirSync('content/quizzes')
    .sort()
    .map((f) => parse(readFileSync(`content/quizzes/${f}`, 'utf8')) as QuizBank);
}

/** Every bank with one pool's questions only: what the practice page (`practice`) or the final test (`final`) gets. */
export function quizPool(pool: Question['pool']): QuizBank[] {
  return quizBanks().map((bank) => ({ ...bank, questions: bank.questions.filter((q) => q.pool === pool) }));
}

/** Finds a question by the prompt shown in an item's legend. */
export function questionByPrompt(prompt: string): Question {
  const question = quizBanks()
    .flatMap((b) => b.questions)
    .find((q) => q.prompt.trim() === prompt.trim());
  if (!question) throw new Error(`no question with prompt ${prompt}`);
  return question;
}

/** Answers one question shown in `item`, rightly or wrongly, with the keyboard only. */
export async function answerByKeyboard(page: Page, item: Locator, question: Question, right: boolean): Promise<void> {
  const press = async (target: Locator, key: string) => {
    await target.focus();
    await page.keyboard.press(key);
  };
  switch (question.type) {
    case 'single': {
      const option = question.options.find((o) => Boolean(o.correct) === right)!;
      await press(item.getByRole('radio', { name: option.text, exact: true }), 'Space');
      break;
    }
    case 'multiple': {
      const options = right ? question.options.filter((o) => o.correct) : [question.options.find((o) => !o.correct)!];
      for (const option of options)
        await press(item.getByRole('checkbox', { name: option.text, exact: true }), 'Space');
      break;
    }
    case 'true-false':
      await press(item.getByRole('radio', { name: question.answer === right ? 'Prawda' : 'Fałsz' }), 'Space');
      break;
    case 'ordering': {
      if (!right) {
        // Leaving the shuffle untouched is no answer: move the first item down, and once more if that put it right.
        const first = (await item.locator('.ordering .item').first().textContent()) ?? '';
        await press(item.getByRole('button', { name: `Przesuń w dół: ${first}` }), 'Enter');
        const now = await item.locator('.ordering .item').allTextContents();
        if (now.join('|') === question.items.map((i) => i.text).join('|')) {
          await press(item.getByRole('button', { name: `Przesuń w dół: ${first}` }), 'Enter');
        }
        break;
      }
      // Selection sort with the "move up" buttons: bring each item to its place.
      for (const [target, wanted] of question.items.entries()) {
        let position = (await item.locator('.ordering .item').allTextContents()).indexOf(wanted.text);
        while (position > target) {
          await press(item.getByRole('button', { name: `Przesuń w górę: ${wanted.text}` }), 'Enter');
          position -= 1;
        }
      }
      await expect(item.locator('.ordering .item')).toHaveText(question.items.map((i) => i.text));
      break;
    }
    case 'matching':
      for (const [index, pair] of question.pairs.entries()) {
        const chosen = right ? pair : question.pairs[(index + 1) % question.pairs.length]!;
        const select = item.getByRole('combobox', { name: pair.left, exact: true });
        await select.focus();
        await select.selectOption({ label: chosen.right });
      }
      break;
    case 'short':
      await item.getByRole('textbox').focus();
      await page.keyboard.type(right ? question.accepted[0]! : 'zupełnie nie to');
      break;
  }
}

/** Opens the final assessment from its intro (start, or go back to the attempt), by keyboard. */
export async function startAssessment(page: Page, scope: Page | FrameLocator): Promise<void> {
  await hydrated(scope);
  const start = scope.getByRole('button', { name: /^(Rozpocznij test|Wróć do testu)$/ });
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(scope.getByRole('heading', { name: 'Pytania', exact: true })).toBeFocused();
}

/**
 * Shows the attempt's questions: waits until the page shows either the questions or the intro's button
 * (counting at once would race the island's render), then starts from the intro if that is what shows.
 */
export async function openAssessment(page: Page, scope: Page | FrameLocator): Promise<void> {
  await hydrated(scope);
  const questions = scope.locator('.assessment');
  const start = scope.getByRole('button', { name: /^(Rozpocznij test|Wróć do testu)$/ });
  await expect(questions.or(start).first()).toBeVisible();
  if (!(await questions.isVisible())) await startAssessment(page, scope);
}

/** Answers every question of the final assessment in `scope`, rightly or wrongly (opening it from the intro if need be). */
export async function answerAssessment(page: Page, scope: Page | FrameLocator, right: boolean): Promise<number> {
  await openAssessment(page, scope);
  const items = scope.locator('.assessment > li');
  await expect(items.first()).toBeVisible();
  const count = await items.count();
  for (let i = 0; i < count; i += 1) {
    const item = items.nth(i);
    const prompt = (await item.locator('legend .prompt').textContent()) ?? '';
    await answerByKeyboard(page, item, questionByPrompt(prompt), right);
  }
  return count;
}
