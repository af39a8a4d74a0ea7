// The learner's assignment against the best possible one. The optimum is exact (solveMatching); which
// choices are "as good as the optimum" is exact too: a mentor is an optimal choice for a mentee when some
// optimal assignment gives that mentee that mentor. That is decided by pinning the pair and solving the rest
// (pin.ts): the pair is optimal when the best assignment that keeps it places as many mentees and has the
// same total. (Forcing the pair through the score matrix instead was wrong when not everyone can be placed:
// the solver may then leave the forced mentee out at no cost, and optimal pairs were reported as not optimal.)
import { pinCost, solvePinned, type PinCost } from './pin.ts';
import { solveMatching } from './solve.ts';

/** The best possible assignment of a scenario. */
export interface Optimum {
  /** Mentor index per mentee (-1: no allowed mentor had a place). */
  assignment: number[];
  /** Total in tenths of a point. */
  total: number;
  /** `[mentee][mentor]`: true when some optimal assignment gives the mentee that mentor. */
  possible: boolean[][];
}

const placed = (assignment: number[]) => assignment.filter((j) => j >= 0).length;
// Scores here are integers (tenths of a point), so totals are exact; the tolerance only matters to callers
// with fractional scores, whose sums depend on the order of addition.
const sameTotal = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** Solves the scenario exactly and finds, for every pair, whether it belongs to some optimal assignment. */
export function findOptimum(matrix: number[][], capacity: number[]): Optimum {
  const best = solveMatching(matrix, capacity);
  const count = placed(best.assignment);
  const possible = matrix.map((row, i) =>
    row.map((score, j) => {
      if (score === -Infinity || !(capacity[j]! > 0)) return false;
      if (best.assignment[i] === j) return true;
      const kept = solvePinned(matrix, capacity, [{ mentee: i, mentor: j }]);
      return kept.placed === count && sameTotal(kept.total, best.total);
    }),
  );
  return { assignment: best.assignment, total: best.total, possible };
}

/** How one mentee's placement compares with the optimum. */
export type RowStatus =
  /** The chosen mentor is in some optimal assignment. */
  | 'best'
  /** An allowed pair, but no optimal assignment has it. */
  | 'other'
  /** The pair breaks a hard constraint (no shared time, forms that cannot meet). */
  | 'forbidden'
  /** No mentor chosen. */
  | 'missing';

export interface RowResult {
  /** Chosen mentor index, -1 when none. */
  chosen: number;
  /** Points of the chosen pair in tenths (0 for a forbidden or missing pair). */
  points: number;
  status: RowStatus;
}

/** The learner's assignment, scored. */
export interface Evaluation {
  /** Learner's total in tenths: impossible pairs count 0, so the total stays a number. */
  total: number;
  /** The optimum's total in tenths. */
  best: number;
  rows: RowResult[];
  /** Mentor indexes given more mentees than their capacity. */
  overCapacity: number[];
}

/** Scores `choices` (mentor index per mentee, -1 = none) against the optimum. */
export function evaluate(choices: number[], matrix: number[][], capacity: number[], optimum: Optimum): Evaluation {
  const load = capacity.map(() => 0);
  const rows = choices.map((chosen, i): RowResult => {
    if (chosen < 0) return { chosen: -1, points: 0, status: 'missing' };
    load[chosen] = (load[chosen] ?? 0) + 1;
    const score = matrix[i]![chosen]!;
    if (score === -Infinity) return { chosen, points: 0, status: 'forbidden' };
    return { chosen, points: score, status: optimum.possible[i]![chosen] ? 'best' : 'other' };
  });
  return {
    total: rows.reduce((sum, r) => sum + r.points, 0),
    best: optimum.total,
    rows,
    overCapacity: load.flatMap((n, j) => (n > capacity[j]! ? [j] : [])),
  };
}

/** The learner's total as a share of the best one, in whole percent (0 when the best is not positive). */
export function percentOfBest(evaluation: Evaluation): number {
  if (evaluation.best <= 0) return evaluation.total >= evaluation.best ? 100 : 0;
  return Math.max(0, Math.round((evaluation.total / evaluation.best) * 100));
}

/**
 * For every learner row that is not in any optimal assignment ('other'), what keeping that pair would cost:
 * the pair is pinned and the rest re-solved (pin.ts). Other rows get undefined.
 */
export function rowCosts(
  evaluation: Evaluation,
  matrix: number[][],
  capacity: number[],
  optimum: Optimum,
): Array<PinCost | undefined> {
  return evaluation.rows.map((row, i) =>
    row.status === 'other' ? pinCost(matrix, capacity, optimum, { mentee: i, mentor: row.chosen }) : undefined,
  );
}
