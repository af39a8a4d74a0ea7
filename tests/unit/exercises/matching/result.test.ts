import { describe, expect, test } from 'vitest';
import { evaluate, findOptimum, percentOfBest } from '../../../../exercises/matching/result.ts';
import { bruteForceAll, prng, randomIntegerCase } from './brute-force.ts';

const X = -Infinity;

describe('findOptimum', () => {
  test('returns the exact optimum and marks only its pairs when the optimum is unique', () => {
    const matrix = [
      [50, 10],
      [40, 5],
    ];
    const optimum = findOptimum(matrix, [1, 1]);
    expect(optimum.assignment).toEqual([0, 1]);
    expect(optimum.total).toBe(55);
    expect(optimum.possible).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  test('marks every pair of every optimal assignment when there are ties', () => {
    const matrix = [
      [30, 30],
      [20, 20],
    ];
    const optimum = findOptimum(matrix, [1, 1]);
    expect(optimum.total).toBe(50);
    expect(optimum.possible).toEqual([
      [true, true],
      [true, true],
    ]);
  });

  test('never marks a forbidden pair, and respects group capacity', () => {
    const matrix = [
      [60, X],
      [50, 10],
      [40, 30],
    ];
    const optimum = findOptimum(matrix, [2, 1]);
    expect(optimum.total).toBe(60 + 50 + 30);
    expect(optimum.possible[0]).toEqual([true, false]);
    expect(optimum.possible[2]).toEqual([false, true]);
  });
});

describe('findOptimum (exact "possible" against brute force)', () => {
  test('marks a pair when a tie leaves either mentee out (one place, two equal mentees)', () => {
    const optimum = findOptimum([[10], [10]], [1]);
    expect(optimum.possible).toEqual([[true], [true]]);
  });

  test('marks exactly the pairs of some optimal assignment on 3000 random cases, many not placing everyone', () => {
    const rand = prng(20261129);
    let notEveryone = 0;
    for (let k = 0; k < 3000; k++) {
      const { score, capacity } = randomIntegerCase(rand);
      const all = bruteForceAll(score, capacity);
      const optimum = findOptimum(score, capacity);
      expect(optimum.total, JSON.stringify({ score, capacity })).toBe(all.best.total);
      const expected = score.map((row, i) => row.map((_, j) => all.optimal.some((a) => a[i] === j)));
      expect(optimum.possible, JSON.stringify({ score, capacity })).toEqual(expected);
      if (all.best.count < score.length) notEveryone++;
    }
    expect(notEveryone).toBeGreaterThan(500);
  });
});

describe('evaluate', () => {
  const matrix = [
    [50, 10],
    [40, X],
  ];
  const capacity = [1, 1];
  const optimum = findOptimum(matrix, capacity);

  test('returns the learner total and "best" rows when the choice is optimal', () => {
    const result = evaluate([1, 0], matrix, capacity, optimum);
    expect(optimum.total).toBe(50);
    expect(result.total).toBe(50);
    expect(result.best).toBe(50);
    expect(result.rows.map((r) => r.status)).toEqual(['best', 'best']);
  });

  test('returns "other", "forbidden" and "missing" rows, and flags a mentor over capacity', () => {
    const result = evaluate([0, 1], matrix, capacity, optimum);
    expect(result.rows.map((r) => r.status)).toEqual(['other', 'forbidden']);
    expect(result.total).toBe(50);
    expect(evaluate([0, -1], matrix, capacity, optimum).rows[1]).toEqual({ chosen: -1, points: 0, status: 'missing' });
    expect(evaluate([0, 0], matrix, capacity, optimum).overCapacity).toEqual([0]);
  });
});

describe('percentOfBest', () => {
  test('returns whole percent of the optimum, 100 for a match and never below 0', () => {
    expect(percentOfBest({ total: 200, best: 250, rows: [], overCapacity: [] })).toBe(80);
    expect(percentOfBest({ total: 250, best: 250, rows: [], overCapacity: [] })).toBe(100);
    expect(percentOfBest({ total: -30, best: 250, rows: [], overCapacity: [] })).toBe(0);
  });
});
