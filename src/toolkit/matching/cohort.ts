// The matching helper's engine for a real cohort: the exercise's compatibility model (exercises/matching/
// model.ts) with the manager's own weights and hard constraints, solved exactly by the exercise's solver
// through pin.ts (pins and forbidden pairs). Nothing is forked: rules, solver and explanations are the
// exercise's.
//
// Speed: every criterion's value for every pair is computed once per cohort (the rules are the slow part);
// a change of weights only re-weighs that table (n x m x 12 multiplications), then re-solves.
import { RULES, scorePair, strengthsAndWeaknesses, type Part } from '../../../exercises/matching/model.ts';
import { solvePinned, type Pair, type PinnedResult } from '../../../exercises/matching/pin.ts';
import { CRITERIA } from '../../../exercises/matching/constants.ts';
import type { Mentee, Model } from '../../../exercises/matching/schema.ts';
import type { CohortMentor } from './csv.ts';
import type { Settings } from './settings.ts';

export interface Cohort {
  mentees: Mentee[];
  mentors: CohortMentor[];
}

export { defaultSettings, type Settings } from './settings.ts';

/** Every criterion's value (-1..1) for every pair, and which pairs break each hard constraint. */
export interface ValueTable {
  n: number;
  m: number;
  /** Per criterion (in CRITERIA order): values at [i * m + j]. */
  values: Float64Array[];
  noTime: Uint8Array;
  noForm: Uint8Array;
}

/** Runs every rule on every pair once. */
export function valueTable(cohort: Cohort): ValueTable {
  const n = cohort.mentees.length;
  const m = cohort.mentors.length;
  const values = CRITERIA.map(() => new Float64Array(n * m));
  const noTime = new Uint8Array(n * m);
  const noForm = new Uint8Array(n * m);
  cohort.mentees.forEach((mentee, i) => {
    cohort.mentors.forEach((mentor, j) => {
      const k = i * m + j;
      CRITERIA.forEach((id, c) => {
        const rated = RULES[id](mentee, mentor);
        values[c]![k] = rated.value;
        if (rated.forbidden && id === 'availability') noTime[k] = 1;
        if (rated.forbidden && id === 'form') noForm[k] = 1;
      });
    });
  });
  return { n, m, values, noTime, noForm };
}

/** The solver's matrix in tenths, as scorePair would compute it with these weights (-Infinity: not allowed). */
export function scoreMatrix(table: ValueTable, settings: Settings): number[][] {
  const { n, m, values } = table;
  const weights = CRITERIA.map((id) => settings.weights[id] ?? 0);
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: m }, (_, j) => {
      const k = i * m + j;
      if ((settings.hard.availability && table.noTime[k]) || (settings.hard.form && table.noForm[k])) return -Infinity;
      let total = 0;
      for (let c = 0; c < weights.length; c++) total += Math.round(weights[c]! * values[c]![k]! * 10);
      return total;
    }),
  );
}

/** Places per mentor: 1 in pairs; else the mentor's own number, never above the group size. */
export function capacities(cohort: Cohort, settings: Settings): number[] {
  return cohort.mentors.map((mentor) =>
    settings.mode === 'pairs' ? 1 : Math.min(settings.groupSize, mentor.capacity ?? settings.groupSize),
  );
}

/** The model with the manager's weights (for explanations). */
export function weighted(model: Model, settings: Settings): Model {
  return { ...model, criteria: model.criteria.map((c) => ({ ...c, weight: settings.weights[c.id] ?? 0 })) };
}

/** Why a match is strong or weak: the criteria that help and hurt it most (the exercise's explanation). */
export function explain(cohort: Cohort, model: Model, i: number, j: number): { strengths: Part[]; weaknesses: Part[] } {
  return strengthsAndWeaknesses(scorePair(cohort.mentees[i]!, cohort.mentors[j]!, model), 3);
}

/** What choosing another mentor for mentee `i` would cost: re-solved with that pair pinned (other pins kept). */
export interface Alternative {
  mentor: number;
  /** The pair's own points (tenths). */
  points: number;
  /** Points the whole cohort loses against the current result. */
  loss: number;
  /** Mentees it would leave without a mentor beyond the current result's. */
  unplaced: number;
}

/** The `count` best other mentors of mentee `i` by pair score, each with what it would cost the cohort. */
export function alternatives(
  matrix: number[][],
  capacity: number[],
  current: PinnedResult,
  pins: Pair[],
  forbid: Pair[],
  i: number,
  count = 3,
): Alternative[] {
  const banned = new Set(forbid.filter((p) => p.mentee === i).map((p) => p.mentor));
  const others = pins.filter((p) => p.mentee !== i);
  return matrix[i]!.map((points, mentor) => ({ points, mentor }))
    .filter(({ points, mentor }) => points > -Infinity && mentor !== current.assignment[i] && !banned.has(mentor))
    .filter(({ mentor }) => others.filter((p) => p.mentor === mentor).length < capacity[mentor]!)
    .sort((a, b) => b.points - a.points)
    .slice(0, count)
    .map(({ points, mentor }) => {
      const kept = solvePinned(matrix, capacity, [...others, { mentee: i, mentor }], forbid);
      return { mentor, points, loss: current.total - kept.total, unplaced: current.placed - kept.placed };
    });
}
