import { describe, expect, test } from 'vitest';
import { decodeDraw, drawAssessment, encodeDraw } from '../../../src/quiz/draw.ts';
import { pool } from './fixtures.ts';

const ids = (draw: Array<{ question: { id: string } }>) => draw.map((d) => d.question.id);

describe('drawAssessment', () => {
  const banks = [pool('lo1', 8), pool('lo2', 10), pool('lo3', 6)];

  test('returns perOutcome questions of each outcome, the same for the same seed, another for another seed', () => {
    const draw = drawAssessment(banks, 4, 42);
    expect(draw).toHaveLength(12);
    for (const outcome of ['lo1', 'lo2', 'lo3']) {
      expect(draw.filter((d) => d.outcome === outcome)).toHaveLength(4);
      expect(draw.filter((d) => d.outcome === outcome).every((d) => d.question.id.startsWith(outcome))).toBe(true);
    }
    expect(new Set(ids(draw)).size).toBe(12);
    expect(ids(drawAssessment(banks, 4, 42))).toEqual(ids(draw));
    expect(ids(drawAssessment(banks, 4, 43))).not.toEqual(ids(draw));
  });

  test('returns none of the avoided questions where the pool has enough others', () => {
    for (let seed = 1; seed <= 50; seed += 1) {
      const first = drawAssessment(banks, 4, seed);
      const retake = drawAssessment(banks, 4, seed + 1000, ids(first));
      const repeated = ids(retake).filter((id) => ids(first).includes(id));
      // lo1 (8) and lo2 (10) have 4 others each; lo3 (6) only 2, so 2 of its questions come back.
      expect(repeated.filter((id) => !id.startsWith('lo3'))).toEqual([]);
      expect(repeated.filter((id) => id.startsWith('lo3'))).toHaveLength(2);
      expect(retake.filter((d) => d.outcome === 'lo3')).toHaveLength(4);
    }
  });

  test('returns every question of a bank smaller than perOutcome', () => {
    const draw = drawAssessment([pool('lo1', 3)], 4, 5);
    expect(ids(draw).sort()).toEqual(['lo1-0', 'lo1-1', 'lo1-2']);
  });
});

describe('encodeDraw / decodeDraw', () => {
  const small = [pool('lo1', 8), pool('lo2', 40)];
  const large = [pool('lo1', 30), pool('lo2', 40)];

  test('returns the same draw, in the same order, after a round trip: one character a question up to 64', () => {
    const draw = drawAssessment(small, 4, 9);
    const stored = encodeDraw(small, draw);
    expect(stored).toMatch(/^[0-9a-zA-Z_-]{8}$/);
    expect(decodeDraw(small, stored)).toEqual(draw);
    const wide = drawAssessment(large, 4, 9);
    expect(encodeDraw(large, wide)).toMatch(/^[0-9a-z]+(\.[0-9a-z]+){7}$/);
    expect(decodeDraw(large, encodeDraw(large, wide))).toEqual(wide);
  });

  test('returns undefined for nothing stored, a position outside the pool, a repeat or garbage', () => {
    expect(decodeDraw(small, undefined)).toBeUndefined();
    expect(decodeDraw(small, '')).toBeUndefined();
    expect(decodeDraw(small, '1Z')).toBeUndefined(); // Z = 61, the pool has 48
    expect(decodeDraw(small, '121')).toBeUndefined();
    expect(decodeDraw(small, '1.2')).toBeUndefined();
    expect(decodeDraw(large, '1.2.1')).toBeUndefined();
    expect(decodeDraw(large, '1.-2')).toBeUndefined();
    expect(decodeDraw(large, '1.1y')).toBeUndefined(); // 1y = 70, the pool has 70
  });
});
