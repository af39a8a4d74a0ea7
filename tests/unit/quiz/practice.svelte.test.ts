import { describe, expect, test } from 'vitest';
import { grade } from '../../../src/quiz/grade.ts';
import { toInteraction } from '../../../src/quiz/interaction.ts';
import { PracticeState } from '../../../src/quiz/practice.svelte.ts';
import { practiceShown } from '../../../src/quiz/shuffle.ts';
import { questions } from './fixtures.ts';

const bank = { outcome: 'lo2', questions: [questions.single, questions.ordering] };
const shown = practiceShown(bank.questions);

/** A state connected to an in-memory store, as the tracker would be. */
function connected(saved: Record<string, string> = {}) {
  const store: Record<string, string> = { ...saved };
  const quiz = new PracticeState(bank, shown);
  quiz.connect(store, (key, value) => {
    store[key] = value;
  });
  quiz.checker = { grade, toInteraction };
  return { quiz, store };
}

describe('PracticeState', () => {
  test('check returns undefined and warns while the question is unanswered (an untouched ordering too)', () => {
    const { quiz } = connected();
    expect(quiz.check('q-o')).toBeUndefined();
    expect(quiz.warnings['q-o']).toBe(true);
    expect(quiz.results['q-o']).toBeUndefined();
    quiz.change('q-o', { type: 'ordering', order: ['s2', 's1', 's3'] });
    expect(quiz.warnings['q-o']).toBe(false);
  });

  test('check returns the interaction, derives the result and saves answers and checked ids', () => {
    const { quiz, store } = connected();
    quiz.change('q-s', { type: 'single', choice: 'b' });
    const outcome = quiz.check('q-s')!;
    expect(outcome.interaction).toMatchObject({ id: 'q-s', objective: 'lo2', result: 'incorrect' });
    expect(outcome.completed).toBeUndefined();
    expect(quiz.results['q-s']?.correct).toBe(false);
    expect(quiz.correctCount).toBe(0);
    expect(store).toEqual({ 'q-s': 'b', 'quiz-lo2:checked': 'q-s' });
    // A checked answer is locked until retried.
    quiz.change('q-s', { type: 'single', choice: 'a' });
    expect(store['q-s']).toBe('b');
  });

  test('the last check returns the completed score, and the summary state follows', () => {
    const { quiz } = connected();
    quiz.change('q-s', { type: 'single', choice: 'a' });
    quiz.check('q-s');
    expect(quiz.allChecked).toBe(false);
    quiz.change('q-o', { type: 'ordering', order: ['s2', 's1', 's3'] });
    const outcome = quiz.check('q-o')!;
    expect(outcome.completed).toEqual({ score: 1, max: 2, scaled: 0.5 });
    expect(quiz.allChecked).toBe(true);
  });

  test('retry clears one question and its checked state', () => {
    const { quiz, store } = connected();
    quiz.change('q-s', { type: 'single', choice: 'b' });
    quiz.check('q-s');
    quiz.retry('q-s');
    expect(quiz.results['q-s']).toBeUndefined();
    expect(quiz.answers['q-s']).toEqual({ type: 'single', choice: null });
    expect(store).toEqual({ 'q-s': '', 'quiz-lo2:checked': '' });
  });

  test('connect restores answers and checked questions; a checked id without an answer is dropped', () => {
    const { quiz } = connected({ 'q-s': 'a', 'quiz-lo2:checked': 'q-s,q-o' });
    expect(quiz.answers['q-s']).toEqual({ type: 'single', choice: 'a' });
    expect(quiz.results['q-s']?.correct).toBe(true);
    expect(quiz.results['q-o']).toBeUndefined();
    expect(quiz.checked).toEqual(['q-s']);
  });

  test('check returns undefined and results stay empty until the checker is loaded', () => {
    const quiz = new PracticeState(bank, shown);
    quiz.connect({ 'q-s': 'a', 'quiz-lo2:checked': 'q-s' }, () => {});
    quiz.change('q-s', { type: 'single', choice: 'b' });
    expect(quiz.answers['q-s']).toEqual({ type: 'single', choice: 'a' });
    expect(quiz.results).toEqual({});
    quiz.checker = { grade, toInteraction };
    expect(quiz.results['q-s']?.correct).toBe(true);
  });

  test('practiceShown returns the same shown order on every visit, and never an ordering already in order', () => {
    expect(practiceShown(bank.questions)).toEqual(shown);
    expect(shown['q-o']).not.toEqual(['s1', 's2', 's3']);
  });
});
