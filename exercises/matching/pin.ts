// Solving with decisions already taken: pairs a person has pinned (must stay) and pairs they have forbidden
// (must not happen). Used by the learner's result ("what would keeping this pair cost?") and by the toolkit's
// matching helper (pin or forbid, then re-solve). It wraps solveMatching, never forks it.
//
// A pinned pair (i, j) is taken out of the problem: mentee i is removed and mentor j loses one place; the
// rest is solved exactly and the pinned pairs are added back. So the result is the best assignment (most
// mentees placed, then the largest total) among those that contain every pinned pair: exact, because any
// assignment containing the pins is the pins plus an assignment of the rest with the reduced capacities.
import { solveMatching, type MatchingResult } from './solve.ts';

/** A mentee-mentor pair by index. */
export interface Pair {
  mentee: number;
  mentor: number;
}

/** Why a set of pins cannot be honoured. */
export type PinProblem =
  /** The pinned pair breaks a hard constraint (score -Infinity). */
  | { code: 'pinForbidden'; pair: Pair }
  /** The same mentee is pinned twice. */
  | { code: 'pinTwice'; pair: Pair }
  /** A mentor has more pinned mentees than places. */
  | { code: 'pinOverCapacity'; mentor: number };

/** A solution with pins: the assignment, its total, and how many mentees it places. */
export interface PinnedResult extends MatchingResult {
  placed: number;
}

/** What stops `pins` from being honoured (empty when they can be). */
export function pinProblems(matrix: number[][], capacity: number[], pins: Pair[]): PinProblem[] {
  const problems: PinProblem[] = [];
  const seen = new Set<number>();
  const load = capacity.map(() => 0);
  for (const pair of pins) {
    if (seen.has(pair.mentee)) problems.push({ code: 'pinTwice', pair });
    seen.add(pair.mentee);
    if (matrix[pair.mentee]?.[pair.mentor] === undefined || matrix[pair.mentee]![pair.mentor] === -Infinity) {
      problems.push({ code: 'pinForbidden', pair });
      continue;
    }
    load[pair.mentor] = load[pair.mentor]! + 1;
  }
  load.forEach((n, j) => {
    if (n > capacity[j]!) problems.push({ code: 'pinOverCapacity', mentor: j });
  });
  return problems;
}

/**
 * The best assignment that keeps every pinned pair and uses no forbidden one. Throws when the pins cannot be
 * honoured (check with {@link pinProblems} first).
 */
export function solvePinned(
  matrix: number[][],
  capacity: number[],
  pins: Pair[] = [],
  forbid: Pair[] = [],
): PinnedResult {
  const problems = pinProblems(matrix, capacity, pins);
  if (problems.length > 0) throw new Error(`solvePinned: the pins cannot be honoured (${problems[0]!.code})`);
  const pinnedMentor = new Map(pins.map((p) => [p.mentee, p.mentor]));
  const banned = new Set(forbid.map((p) => `${p.mentee}:${p.mentor}`));
  const left = [...capacity];
  for (const { mentor } of pins) left[mentor] = left[mentor]! - 1;
  // The sub-problem: every mentee not pinned, with forbidden pairs at -Infinity.
  const rest: number[] = [];
  const sub: number[][] = [];
  matrix.forEach((row, i) => {
    if (pinnedMentor.has(i)) return;
    rest.push(i);
    sub.push(row.map((s, j) => (banned.has(`${i}:${j}`) ? -Infinity : s)));
  });
  const solved = solveMatching(sub, left);
  const assignment = matrix.map((_, i) => pinnedMentor.get(i) ?? -1);
  let total = 0;
  for (const { mentee, mentor } of pins) total += matrix[mentee]![mentor]!;
  solved.assignment.forEach((j, k) => (assignment[rest[k]!] = j));
  total += solved.total;
  return { assignment, total, placed: assignment.filter((j) => j >= 0).length };
}

/** What keeping one pair costs against the best assignment without it. */
export interface PinCost {
  /** The best assignment that keeps the pair. */
  pinned: PinnedResult;
  /** Points the whole group loses (best total - pinned total; 0 when the pair is in some optimum). */
  loss: number;
  /** Mentees the pinned solution leaves without a mentor beyond those the best one leaves. */
  unplaced: number;
  /** Points the pair itself gains over the mentee's pair in `best` (negative: it loses). */
  pairGain: number;
  /** Points everyone else loses together (loss + pairGain). */
  othersLoss: number;
  /** Mentees other than the pinned one whose mentor changes against `best`. */
  moved: number[];
}

/** Re-solves with `pair` pinned and compares with `best` (the unpinned optimum). */
export function pinCost(
  matrix: number[][],
  capacity: number[],
  best: { assignment: number[]; total: number },
  pair: Pair,
): PinCost {
  const pinned = solvePinned(matrix, capacity, [pair]);
  const bestPlaced = best.assignment.filter((j) => j >= 0).length;
  const own = best.assignment[pair.mentee]!;
  const ownScore = own >= 0 ? matrix[pair.mentee]![own]! : 0;
  const pairGain = matrix[pair.mentee]![pair.mentor]! - ownScore;
  const loss = best.total - pinned.total;
  return {
    pinned,
    loss,
    unplaced: bestPlaced - pinned.placed,
    pairGain,
    othersLoss: loss + pairGain,
    moved: pinned.assignment.flatMap((j, i) => (i !== pair.mentee && j !== best.assignment[i] ? [i] : [])),
  };
}
