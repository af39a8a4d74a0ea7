import { describe, expect, test } from 'vitest';
import { AssessmentState, KEYS, type AssessmentConfig } from '../../../src/quiz/assessment.svelte.ts';
import { pool, questions } from './fixtures.ts';

const outcomes = [
  { id: 'lo1', title: 'Pojęcia' },
  { id: 'lo2', title: 'Role' },
];

/** A counter as the random source: every new attempt gets another seed. */
function counter() {
  let n = 0;
  return () => ((n += 1) * 0.1237) % 1;
}

function config(overrides: Partial<AssessmentConfig> = {}): AssessmentConfig {
  return {
    banks: [pool('lo1', 8), pool('lo2', 8)],
    perOutcome: 4,
    attempts: 0,
    outcomes,
    random: counter(),
    ...overrides,
  };
}

/** A state connected to an in-memory store (the learner's saved progress). */
function connected(store: Record<string, string> = {}, overrides: Partial<AssessmentConfig> = {}) {
  const test = new AssessmentState(config(overrides));
  test.connect(
    store,
    (key, value) => {
      if (value === '') delete store[key];
      else store[key] = value;
    },
    { mastery: 80, attemptsUsed: 0, best: null },
  );
  return { test, store };
}

const drawnIds = (test: AssessmentState) => test.drawn.map((d) => d.question.id);

/** Answers every drawn question rightly (the fixtures are single choice, `a` right). */
function answerAll(test: AssessmentState, choice = 'a') {
  for (const d of test.drawn) test.change(d.question.id, { type: 'single', choice });
}

describe('AssessmentState', () => {
  test('starts at the intro with nothing drawn; size is known before any draw', () => {
    const { test, store } = connected();
    expect([test.phase, test.stage, test.drawn.length, test.size]).toEqual(['intro', 'fresh', 0, 8]);
    expect(store).toEqual({});
  });

  test('begin draws an attempt and saves its seed and draw', () => {
    const { test, store } = connected();
    test.begin();
    expect(test.phase).toBe('answering');
    expect(test.drawn).toHaveLength(8);
    expect(store[KEYS.seed]).toBe(String(test.seed));
    expect(store[KEYS.drawn]).toMatch(/^[0-9a-z.]+$/);
  });

  test('an unfinished attempt keeps its draw, shown order and answers after a reload', () => {
    const { test, store } = connected();
    test.begin();
    test.change(test.drawn[0]!.question.id, { type: 'single', choice: 'b' });
    const reloaded = connected(store).test;
    expect(reloaded.stage).toBe('resume');
    expect(reloaded.answeredCount).toBe(1);
    reloaded.begin();
    expect(drawnIds(reloaded)).toEqual(drawnIds(test));
    expect(reloaded.shown).toEqual(test.shown);
    expect(reloaded.answers[test.drawn[0]!.question.id]).toEqual({ type: 'single', choice: 'b' });
  });

  test('submit first warns with the numbers of unanswered questions, then submits on a second call', () => {
    const { test } = connected();
    test.begin();
    test.change(test.drawn[0]!.question.id, { type: 'single', choice: 'a' });
    expect(test.submit()).toBeUndefined();
    expect(test.missing).toEqual([2, 3, 4, 5, 6, 7, 8]);
    const submission = test.submit()!;
    expect(submission.percent).toBe(13);
    expect(submission.interactions).toHaveLength(8);
    expect(submission.interactions.filter((i) => i.result === 'correct')).toHaveLength(1);
    expect(test.answered(test.drawn[1]!.question.id)).toBe(false);
  });

  test('submit returns the percent, interactions and per-outcome scores, and shows the result', () => {
    const { test, store } = connected();
    test.begin();
    answerAll(test);
    const submission = test.submit()!;
    expect(submission.percent).toBe(100);
    expect(submission.interactions.map((i) => i.id)).toEqual(drawnIds(test).map((id) => `fa-${id}`));
    expect(submission.outcomes).toEqual([
      { id: 'lo1', scaled: 1 },
      { id: 'lo2', scaled: 1 },
    ]);
    expect([test.phase, test.stage, test.passed]).toEqual(['result', 'done', true]);
    expect(test.byOutcome.map((o) => [o.id, o.correct, o.total])).toEqual([
      ['lo1', 4, 4],
      ['lo2', 4, 4],
    ]);
    expect(store[KEYS.submitted]).toBe('1');
    expect(test.record).toEqual({ mastery: 80, attemptsUsed: 1, best: 100 });
    // After a reload the submitted attempt is shown from the intro with its result.
    const reloaded = connected(store).test;
    expect([reloaded.stage, reloaded.percent]).toEqual(['done', 100]);
  });

  test('a retake draws anew and avoids the previous questions where the pool allows', () => {
    const { test, store } = connected();
    test.begin();
    answerAll(test);
    test.submit();
    const first = drawnIds(test);
    test.retake();
    expect([test.phase, test.stage, test.answeredCount]).toEqual(['answering', 'resume', 0]);
    expect(drawnIds(test).filter((id) => first.includes(id))).toEqual([]);
    expect(store[KEYS.submitted]).toBeUndefined();
    for (const id of first) expect(store[KEYS.answer(id)]).toBeUndefined();
  });

  test('a retake falls back to earlier questions when the pool is too small', () => {
    const { test } = connected({}, { banks: [pool('lo1', 5)], outcomes: outcomes.slice(0, 1) });
    test.begin();
    answerAll(test);
    test.submit();
    const first = drawnIds(test);
    test.retake();
    expect(test.drawn).toHaveLength(4);
    expect(drawnIds(test).filter((id) => first.includes(id))).toHaveLength(3);
  });

  test('an untouched ordering question counts as unanswered and wrong', () => {
    const banks = [{ outcome: 'lo1', questions: [questions.ordering] }];
    const { test } = connected({}, { banks, perOutcome: 1, outcomes: outcomes.slice(0, 1) });
    test.begin();
    expect(test.answeredCount).toBe(0);
    expect(test.submit()).toBeUndefined();
    expect(test.missing).toEqual([1]);
    expect(test.submit()!.percent).toBe(0);
  });

  test('with limited attempts, no retake once they are used up', () => {
    const { test } = connected({}, { attempts: 1 });
    expect(test.attemptsLeft).toBe(1);
    test.begin();
    answerAll(test, 'b');
    test.submit();
    expect([test.attemptsLeft, test.canRetake, test.passed]).toEqual([0, false, false]);
    const before = drawnIds(test);
    test.retake();
    expect(drawnIds(test)).toEqual(before);
    expect(test.phase).toBe('result');
  });

  test('a seed saved without a draw (older progress) is drawn again from the seed', () => {
    const { test } = connected({ [KEYS.seed]: '12345' });
    expect(test.stage).toBe('resume');
    expect(test.drawn).toHaveLength(8);
    expect(drawnIds(connected({ [KEYS.seed]: '12345' }).test)).toEqual(drawnIds(test));
  });
});
