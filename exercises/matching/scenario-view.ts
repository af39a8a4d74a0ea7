// Everything a view needs about one scenario, computed once: every pair's score and breakdown, the solver's
// matrix and capacities, and the exact optimum. Pure; shared by the learner island, trainer mode and the key.
import { scoreMatrix, scoreScenario, type PairScore } from './model.ts';
import { findOptimum, type Optimum } from './result.ts';
import type { Model, Scenario } from './schema.ts';

export interface ScenarioView {
  scenario: Scenario;
  /** `[mentee][mentor]` */
  pairs: PairScore[][];
  matrix: number[][];
  capacity: number[];
  optimum: Optimum;
}

export function viewScenario(scenario: Scenario, model: Model): ScenarioView {
  const pairs = scoreScenario(scenario, model);
  const matrix = scoreMatrix(pairs);
  const capacity = scenario.mentors.map(() => scenario.capacity);
  return { scenario, pairs, matrix, capacity, optimum: findOptimum(matrix, capacity) };
}

/** Mentor index per mentee from a mentee id -> mentor id record (-1 where none or unknown). */
export function choiceIndexes(scenario: Scenario, choices: Record<string, string>): number[] {
  return scenario.mentees.map((m) => scenario.mentors.findIndex((mentor) => mentor.id === choices[m.id]));
}

/** How many mentees each mentor has in `choices` (indexes as from choiceIndexes). */
export function loads(choices: number[], mentors: number): number[] {
  const load = new Array<number>(mentors).fill(0);
  for (const j of choices) if (j >= 0) load[j] = load[j]! + 1;
  return load;
}

/** Each mentor's name with the names of the mentees an assignment gives them ('—' for none). */
export function groupLines(scenario: Scenario, assignment: number[]): Array<{ mentor: string; names: string }> {
  return scenario.mentors.map((mentor, j) => ({
    mentor: mentor.name,
    names:
      scenario.mentees
        .filter((_, i) => assignment[i] === j)
        .map((m) => m.name)
        .join(', ') || '—',
  }));
}
