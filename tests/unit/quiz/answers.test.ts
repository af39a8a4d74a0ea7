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

describe('compact answers (suspend data)', () => {
  const { multiple } = questions;
  const matching = {
    ...questions.single,
    id: 'q-mt',
    type: 'matching' as const,
    pairs: [
      { id: 'p1', left: 'A', right: '1' },
      { id: 'p2', left: 'B', right: '2' },
      { id: 'p3', left: 'C', right: '3' },
    ],
  };
  test('returns positions for a complete ordering and matching, one-character choices without commas', () => {
    expect(encodeAnswer({ type: 'ordering', order: ['s3', 's1', 's2'] }, ordering)).toBe('201');
    const full = {
      type: 'matching' as const,
      matches: Object.fromEntries(matching.pairs.map((p, i, all) => [p.id, all[(i + 1) % all.length]!.id])),
    };
    const stored = encodeAnswer(full, matching);
    expect(stored.startsWith('=')).toBe(true);
    expect(decodeAnswer(matching, stored)).toEqual(full);
    expect(encodeAnswer({ type: 'multiple', choices: ['a', 'c'] }, multiple)).toBe('ac');
    expect(decodeAnswer(multiple, 'ac')).toEqual({ type: 'multiple', choices: ['a', 'c'] });
  });

  test('reads the older forms and an incomplete matching', () => {
    expect(decodeAnswer(ordering, 's3,s1,s2')).toEqual({ type: 'ordering', order: ['s3', 's1', 's2'] });
    expect(decodeAnswer(multiple, 'a,c')).toEqual({ type: 'multiple', choices: ['a', 'c'] });
    const partial = { type: 'matching' as const, matches: { [matching.pairs[0]!.id]: matching.pairs[1]!.id } };
    expect(decodeAnswer(matching, encodeAnswer(partial, matching))).toEqual(partial);
  });
});
