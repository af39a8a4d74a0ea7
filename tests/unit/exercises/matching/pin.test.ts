import { describe, expect, test } from 'vitest';
import { pinCost, pinProblems, solvePinned } from '../../../../exercises/matching/pin.ts';
import { solveMatching } from '../../../../exercises/matching/solve.ts';
import { bruteForceAll, prng, randomIntegerCase } from './brute-force.ts';

const X = -Infinity;

describe('solvePinned', () => {
  test('returns the best assignment that keeps every pin and avoids every forbidden pair (brute force)', () => {
    const rand = prng(7);
    for (let k = 0; k < 1500; k++) {
      const { score, capacity } = randomIntegerCase(rand);
      if (score.length === 0 || capacity.length === 0) continue;
      const i = Math.floor(rand() * score.length);
      const j = Math.floor(rand() * capacity.length);
      const f = { mentee: Math.floor(rand() * score.length), mentor: Math.floor(rand() * capacity.length) };
      const pins = [{ mentee: i, mentor: j }];
      if (pinProblems(score, capacity, pins).length > 0) continue;
      const forbid = f.mentee === i ? [] : [f];
      // Brute force: the pinned pair's row keeps only its mentor, the forbidden pair is removed, and the
      // pinned mentee must be placed (its score lifted so high that every optimum places it).
      const lifted = score.map((row, r) =>
        row.map((s, c) => {
          if (r === i) return c === j ? 1e6 : X;
          return forbid.some((p) => p.mentee === r && p.mentor === c) ? X : s;
        }),
      );
      const expected = bruteForceAll(lifted, capacity).best;
      const result = solvePinned(score, capacity, pins, forbid);
      expect(result.assignment[i]).toBe(j);
      expect(result.placed).toBe(expected.count);
      expect(result.total).toBe(expected.total - 1e6 + score[i]![j]!);
      for (const p of forbid) expect(result.assignment[p.mentee]).not.toBe(p.mentor);
    }
  });

  test('refuses a forbidden pin, a mentee pinned twice and more pins than places', () => {
    const matrix = [
      [10, X],
      [5, 5],
      [1, 1],
    ];
    expect(pinProblems(matrix, [1, 1], [{ mentee: 0, mentor: 1 }])).toEqual([
      { code: 'pinForbidden', pair: { mentee: 0, mentor: 1 } },
    ]);
    expect(
      pinProblems(
        matrix,
        [1, 1],
        [
          { mentee: 1, mentor: 0 },
          { mentee: 1, mentor: 1 },
        ],
      )[0]?.code,
    ).toBe('pinTwice');
    expect(
      pinProblems(
        matrix,
        [1, 1],
        [
          { mentee: 1, mentor: 0 },
          { mentee: 2, mentor: 0 },
        ],
      ),
    ).toEqual([{ code: 'pinOverCapacity', mentor: 0 }]);
    expect(() => solvePinned(matrix, [1, 1], [{ mentee: 0, mentor: 1 }])).toThrow(/pinForbidden/);
  });
});

describe('pinCost', () => {
  test('returns what a strong pair outside the optimum costs the others', () => {
    // Ola-Ewa is the strongest pair (67), but Bartek can only meet Ewa: keeping Ola with Ewa leaves Bartek out.
    const matrix = [
      [67, 60],
      [40, X],
    ];
    const best = solveMatching(matrix, [1, 1]);
    expect(best.assignment).toEqual([1, 0]);
    const cost = pinCost(matrix, [1, 1], best, { mentee: 0, mentor: 0 });
    expect(cost.pinned.assignment).toEqual([0, -1]);
    expect(cost.loss).toBe(100 - 67);
    expect(cost.unplaced).toBe(1);
    expect(cost.pairGain).toBe(7);
    expect(cost.othersLoss).toBe(40);
    expect(cost.moved).toEqual([1]);
  });

  test('returns a zero loss for a pair of another optimal assignment', () => {
    const matrix = [
      [30, 30],
      [20, 20],
    ];
    const best = solveMatching(matrix, [1, 1]);
    const other = { mentee: 0, mentor: best.assignment[0] === 0 ? 1 : 0 };
    expect(pinCost(matrix, [1, 1], best, other).loss).toBe(0);
  });
});
