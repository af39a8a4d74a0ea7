import { describe, expect, test } from 'vitest';
import { linearSumAssignment } from 'linear-sum-assignment';
import { solveMatching } from '../../../../exercises/matching/solve.ts';

const X = -Infinity;

/** Deterministic PRNG (mulberry32) so failures reproduce. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Best (assigned count, total) over every assignment, by enumeration. */
function bruteForce(score: number[][], capacity: number[]): { count: number; total: number } {
  const n = score.length;
  const left = [...capacity];
  let best = { count: -1, total: -Infinity };
  const visit = (i: number, count: number, total: number): void => {
    if (i === n) {
      if (count > best.count || (count === best.count && total > best.total)) best = { count, total };
      return;
    }
    visit(i + 1, count, total);
    const row = score[i]!;
    for (let j = 0; j < left.length; j++) {
      const s = row[j]!;
      if (s === -Infinity || left[j]! === 0) continue;
      left[j] = left[j]! - 1;
      visit(i + 1, count + 1, total + s);
      left[j] = left[j]! + 1;
    }
  };
  visit(0, 0, 0);
  return best.count <= 0 ? { count: 0, total: 0 } : best;
}

/** Checks the assignment respects capacities and forbidden pairs, and that `total` is its sum; returns the count. */
function expectFeasible(score: number[][], capacity: number[], result: { assignment: number[]; total: number }) {
  expect(result.assignment).toHaveLength(score.length);
  const load = capacity.map(() => 0);
  let sum = 0;
  let count = 0;
  result.assignment.forEach((j, i) => {
    if (j === -1) return;
    expect(Number.isInteger(j) && j >= 0 && j < capacity.length).toBe(true);
    const s = score[i]![j]!;
    expect(s).not.toBe(-Infinity);
    load[j] = load[j]! + 1;
    sum += s;
    count++;
  });
  load.forEach((l, j) => expect(l).toBeLessThanOrEqual(capacity[j]!));
  expect(result.total).toBe(sum);
  return count;
}

function randomCase(rand: () => number) {
  const n = Math.floor(rand() * 7);
  const m = Math.floor(rand() * 5);
  const capacity = Array.from({ length: m }, () => Math.floor(rand() * 4));
  const forbidden = rand() * 0.5;
  // Few distinct values make ties common; some cases use fractional and negative scores.
  const integers = rand() < 0.5;
  const score = Array.from({ length: n }, () =>
    Array.from({ length: m }, () => {
      if (rand() < forbidden) return -Infinity;
      return integers ? Math.floor(rand() * 7) - 2 : (rand() - 0.3) * 10;
    }),
  );
  return { score, capacity };
}

describe('solveMatching', () => {
  test('returns the brute-force optimum (count, then total) on 3000 small random cases', () => {
    const rand = prng(20240611);
    for (let c = 0; c < 3000; c++) {
      const { score, capacity } = randomCase(rand);
      const result = solveMatching(score, capacity);
      const count = expectFeasible(score, capacity, result);
      const best = bruteForce(score, capacity);
      const context = JSON.stringify({ case: c, score, capacity, result });
      expect(count, context).toBe(best.count);
      expect(Math.abs(result.total - best.total), context).toBeLessThan(1e-9);
    }
  });

  test('returns the same total as linear-sum-assignment with duplicated columns on larger random cases', () => {
    const rand = prng(7);
    for (let c = 0; c < 10; c++) {
      const n = 30 + Math.floor(rand() * 30);
      const m = 3 + Math.floor(rand() * 12);
      const capacity = Array.from({ length: m }, () => 1 + Math.floor(rand() * 6));
      const score = Array.from({ length: n }, () => Array.from({ length: m }, () => Math.floor(rand() * 101)));
      const slots = capacity.flatMap((k, j) => Array.from({ length: k }, () => j));
      // Total capacity may be below n: then the library leaves rows out, and maximising picks the best ones.
      const { gain } = linearSumAssignment(
        score.map((row) => slots.map((j) => row[j]!)),
        { maximaze: true },
      );
      const result = solveMatching(score, capacity);
      expect(expectFeasible(score, capacity, result)).toBe(Math.min(n, slots.length));
      expect(result.total).toBeCloseTo(gain, 9);
    }
  });

  test('returns an empty assignment when there are no mentees', () => {
    expect(solveMatching([], [])).toEqual({ assignment: [], total: 0 });
    expect(solveMatching([], [2, 3])).toEqual({ assignment: [], total: 0 });
  });

  test('leaves everyone unassigned when there are no mentors', () => {
    expect(solveMatching([[], []], [])).toEqual({ assignment: [-1, -1], total: 0 });
  });

  test('leaves everyone unassigned when every pair is forbidden', () => {
    expect(
      solveMatching(
        [
          [X, X],
          [X, X],
        ],
        [1, 1],
      ),
    ).toEqual({ assignment: [-1, -1], total: 0 });
  });

  test('never uses a mentor whose capacity is 0', () => {
    const result = solveMatching(
      [
        [100, 1],
        [100, X],
      ],
      [0, 1],
    );
    expect(result).toEqual({ assignment: [1, -1], total: 1 });
  });

  test('leaves the weakest mentees at -1 when there are more mentees than places', () => {
    const result = solveMatching([[1], [9], [5], [7], [3]], [2]);
    expect(result).toEqual({ assignment: [-1, 0, -1, 0, -1], total: 16 });
  });

  test('replaces an earlier mentee by a later, better one when places run out', () => {
    const result = solveMatching(
      [
        [1, X],
        [10, X],
        [X, 2],
      ],
      [1, 1],
    );
    expect(result).toEqual({ assignment: [-1, 0, 1], total: 12 });
  });

  test('re-routes earlier mentees along a chain when greedy choice blocks a later one', () => {
    // Greedy by best score takes (0,A), then 1 can only go to A: stuck. The optimum moves 0 to B.
    const result = solveMatching(
      [
        [10, 9, X],
        [8, X, X],
        [X, 7, 1],
      ],
      [1, 1, 1],
    );
    expect(result).toEqual({ assignment: [1, 0, 2], total: 18 });
  });

  test('prefers more mentees assigned over a larger total', () => {
    const result = solveMatching(
      [
        [100, -50],
        [1, X],
      ],
      [1, 1],
    );
    expect(result).toEqual({ assignment: [1, 0], total: -49 });
  });

  test('fills a mentor up to its capacity and no further', () => {
    const result = solveMatching(
      [
        [5, 1],
        [5, 1],
        [5, 1],
      ],
      [2, 5],
    );
    expect(result.total).toBe(11);
    expect(result.assignment.filter((j) => j === 0)).toHaveLength(2);
    expect(result.assignment.filter((j) => j === 1)).toHaveLength(1);
  });

  test('finds the known optimum of a square pair case', () => {
    // The classic 4x4 example: the minimum cost is 140 (rows to columns 1, 0, 2, 3) for this cost matrix.
    const costMatrix = [
      [82, 83, 69, 92],
      [77, 37, 49, 92],
      [11, 69, 5, 86],
      [8, 9, 98, 23],
    ];
    const result = solveMatching(
      costMatrix.map((row) => row.map((c) => -c)),
      [1, 1, 1, 1],
    );
    expect(result).toEqual({ assignment: [2, 1, 0, 3], total: -140 });
  });

  test('handles fractional scores without drift in the total', () => {
    const result = solveMatching(
      [
        [0.1, 0.2],
        [0.2, 0.1],
      ],
      [1, 1],
    );
    expect(result.assignment).toEqual([1, 0]);
    expect(result.total).toBe(0.2 + 0.2);
  });

  test('throws when the score matrix is not rectangular', () => {
    expect(() => solveMatching([[1, 2], [3]], [1, 1])).toThrow(/score\[1\] has 1 entries but capacity has 2/);
  });

  test('throws when the capacity length does not match the columns', () => {
    expect(() => solveMatching([[1, 2]], [1])).toThrow(/score\[0\] has 2 entries but capacity has 1/);
  });

  test('throws when a score is NaN, +Infinity or not a number', () => {
    expect(() => solveMatching([[1, NaN]], [1, 1])).toThrow(/score\[0\]\[1\] must be a finite number or -Infinity/);
    expect(() => solveMatching([[Infinity]], [1])).toThrow(/score\[0\]\[0\]/);
    expect(() => solveMatching([['1' as unknown as number]], [1])).toThrow(/score\[0\]\[0\]/);
  });

  test('throws when a capacity is negative, fractional or NaN', () => {
    expect(() => solveMatching([[1]], [-1])).toThrow(/capacity\[0\] must be a non-negative integer/);
    expect(() => solveMatching([[1]], [1.5])).toThrow(/capacity\[0\]/);
    expect(() => solveMatching([[1]], [NaN])).toThrow(/capacity\[0\]/);
  });

  test('throws when the arguments are not arrays', () => {
    expect(() => solveMatching(null as unknown as number[][], [])).toThrow(/score must be an array/);
    expect(() => solveMatching([], undefined as unknown as number[])).toThrow(/capacity must be an array/);
    expect(() => solveMatching([1 as unknown as number[]], [])).toThrow(/score\[0\] must be an array/);
  });
});
