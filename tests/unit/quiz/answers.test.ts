import { describe, expect, test } from 'vitest';
import { decodeAnswer, emptyAnswer, encodeAnswer, isAnswered, type Answer } from '../../../src/quiz/answers.ts';
import { grade } from '../../../src/quiz/grade.ts';
import { toResponse } from '../../../src/quiz/interaction.ts';
import { questions } from './fixtures.ts';

const { ordering } = questions;

describe('an ordering question', () => {
  test('returns unanswered and wrong while the learner has not moved an item', () => {
    const untouched = emptyAnswer(ordering);
    expect(isAnswered(untouched, ordering)).toBe(false);
    expect(grade(ordering, untouched).correct).toBe(false);
    expect(toResponse(untouched)).toEqual({ kind: 'sequencing', ids: [] });
  });

  test('returns unanswered after a reload when nothing was stored, or something unreadable', () => {
    expect(isAnswered(decodeAnswer(ordering, undefined), ordering)).toBe(false);
    expect(isAnswered(decodeAnswer(ordering, ''), ordering)).toBe(false);
    // A broken value must not turn into the right order.
    expect(decodeAnswer(ordering, 's1,s2')).toEqual({ type: 'ordering', order: [] });
    expect(grade(ordering, decodeAnswer(ordering, 's1,s2')).correct).toBe(false);
  });

  test('returns answered once the learner has arranged the items, right or wrong', () => {
    const moved: Answer = { type: 'ordering', order: ['s2', 's1', 's3'] };
    expect(isAnswered(moved, ordering)).toBe(true);
    expect(isAnswered(decodeAnswer(ordering, encodeAnswer(moved)), ordering)).toBe(true);
    expect(grade(ordering, { type: 'ordering', order: ['s1', 's2', 's3'] }).correct).toBe(true);
  });
});
