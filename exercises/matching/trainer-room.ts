// The matching exercise in trainer mode: one scenario at a time, the teams' assignments as the trainer
// enters them, the mentees one at a time on the stage with the best mentor revealed per mentee.
import type { RoomSpec, StepInfo } from '../../src/trainer/room.ts';
import { MAX_TEAMS } from '../../src/trainer/room.ts';
import { evaluate, type Evaluation } from './result.ts';
import { choiceIndexes, type ScenarioView } from './scenario-view.ts';

/** The room's entries: the scenario on screen and, per team (always MAX_TEAMS), mentee id -> mentor id. */
export interface MatchingRoom {
  scenario: string;
  choices: Array<Record<string, string>>;
}

const emptyChoices = () => Array.from({ length: MAX_TEAMS }, () => ({}) as Record<string, string>);

/** The scenario the entries belong to (the first one when unknown). */
export function currentView(views: readonly ScenarioView[], room: MatchingRoom): ScenarioView {
  return views.find((v) => v.scenario.id === room.scenario) ?? views[0]!;
}

/** Reads saved entries: an unknown scenario falls back to the first, unknown people are dropped. */
export function restoreMatching(raw: unknown, views: readonly ScenarioView[]): MatchingRoom {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const view = views.find((v) => v.scenario.id === r['scenario']) ?? views[0]!;
  const mentees = new Set(view.scenario.mentees.map((m) => m.id));
  const mentors = new Set(view.scenario.mentors.map((m) => m.id));
  const teams = Array.isArray(r['choices']) ? r['choices'] : [];
  return {
    scenario: view.scenario.id,
    choices: emptyChoices().map((_, i) => {
      const team: unknown = teams[i];
      if (typeof team !== 'object' || team === null) return {};
      return Object.fromEntries(
        Object.entries(team).filter(([mentee, mentor]) => mentees.has(mentee) && mentors.has(mentor as string)),
      ) as Record<string, string>;
    }),
  };
}

export function matchingRoom(views: readonly ScenarioView[], steps: StepInfo[]): RoomSpec<MatchingRoom> {
  return {
    exercise: 'matching',
    steps,
    views: ['task', 'criteria', 'item', 'results'],
    fresh: () => ({ scenario: views[0]!.scenario.id, choices: emptyChoices() }),
    restore: (raw) => restoreMatching(raw, views),
    items: (data) => currentView(views, data).scenario.mentees.map((m) => ({ id: m.id, label: m.name })),
  };
}

/** Records a team's mentor for a mentee ('' clears it). */
export function chooseMentor(room: MatchingRoom, team: number, menteeId: string, mentorId: string): MatchingRoom {
  const choices = room.choices.map((c, i) => {
    if (i !== team) return c;
    const next = { ...c };
    if (mentorId) next[menteeId] = mentorId;
    else delete next[menteeId];
    return next;
  });
  return { ...room, choices };
}

/** Another scenario: the teams' entries belong to a scenario, so they start empty. */
export function switchScenario(room: MatchingRoom, scenario: string): MatchingRoom {
  return room.scenario === scenario ? room : { scenario, choices: emptyChoices() };
}

/** One team's assignment, scored against the optimum. */
export interface TeamResult {
  evaluation: Evaluation;
  placed: number;
  /** Pairs that break a hard constraint (they score nothing). */
  forbidden: number;
  /** Names of mentors given more mentees than they have places. */
  over: string[];
}

export function teamResult(view: ScenarioView, choices: Record<string, string>): TeamResult {
  const { scenario, matrix, capacity, optimum } = view;
  const indexes = choiceIndexes(scenario, choices);
  const evaluation = evaluate(indexes, matrix, capacity, optimum);
  return {
    evaluation,
    placed: indexes.filter((j) => j >= 0).length,
    forbidden: evaluation.rows.filter((r) => r.status === 'forbidden').length,
    over: evaluation.overCapacity.map((j) => scenario.mentors[j]!.name),
  };
}
