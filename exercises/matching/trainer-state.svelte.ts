// State of trainer mode: the scenario on the projector, the current step of the session, the teams'
// assignments as the trainer enters them, and whether the optimum is revealed. Nothing is saved or tracked.
import { t } from '../../src/i18n/index.ts';
import { points } from './labels.ts';
import { evaluate, type Evaluation } from './result.ts';
import { choiceIndexes, viewScenario, type ScenarioView } from './scenario-view.ts';
import type { Model, Scenario } from './schema.ts';

export const MIN_TEAMS = 2;
export const MAX_TEAMS = 4;

/** One team's assignment, scored. */
export interface TeamResult {
  evaluation: Evaluation;
  placed: number;
  /** Pairs that break a hard constraint (they score nothing). */
  forbidden: number;
  /** Names of mentors given more mentees than they have places. */
  over: string[];
}

export class MatchingTrainer {
  readonly views: ScenarioView[];
  readonly model: Model;
  current = $state(0);
  /** Index of the session step the trainer is on. */
  step = $state(0);
  teamCount = $state(MIN_TEAMS);
  /** Per team (up to MAX_TEAMS): mentee id -> mentor id. */
  teams = $state<Array<Record<string, string>>>([]);
  revealed = $state(false);
  announcement = $state('');

  get view(): ScenarioView {
    return this.views[this.current]!;
  }
  readonly results: TeamResult[] = $derived(this.teams.slice(0, this.teamCount).map((choices) => this.score(choices)));

  constructor(scenarios: Scenario[], model: Model) {
    this.model = model;
    this.views = scenarios.map((s) => viewScenario(s, model));
    this.teams = emptyTeams();
  }

  /** Shows another scenario: the teams' entries belong to a scenario, so they are cleared. */
  show(scenarioId: string): void {
    const index = this.views.findIndex((v) => v.scenario.id === scenarioId);
    if (index < 0 || index === this.current) return;
    this.current = index;
    this.teams = emptyTeams();
    this.revealed = false;
  }

  goTo(step: number, steps: number): void {
    this.step = Math.min(Math.max(step, 0), steps - 1);
  }

  setTeamCount(count: number): void {
    this.teamCount = Math.min(Math.max(Math.round(count), MIN_TEAMS), MAX_TEAMS);
  }

  choose(team: number, menteeId: string, mentorId: string): void {
    const choices = this.teams[team];
    if (!choices) return;
    if (mentorId) choices[menteeId] = mentorId;
    else delete choices[menteeId];
  }

  reveal(): void {
    this.revealed = true;
    this.announcement = t('matching.trainer.revealed', { points: points(this.view.optimum.total) });
  }

  hide(): void {
    this.revealed = false;
    this.announcement = t('matching.trainer.hidden');
  }

  /** Clears every team's entries and hides the optimum. */
  reset(): void {
    this.teams = emptyTeams();
    this.revealed = false;
    this.announcement = t('matching.trainer.cleared');
  }

  private score(choices: Record<string, string>): TeamResult {
    const { scenario, matrix, capacity, optimum } = this.view;
    const indexes = choiceIndexes(scenario, choices);
    const evaluation = evaluate(indexes, matrix, capacity, optimum);
    return {
      evaluation,
      placed: indexes.filter((j) => j >= 0).length,
      forbidden: evaluation.rows.filter((r) => r.status === 'forbidden').length,
      over: evaluation.overCapacity.map((j) => scenario.mentors[j]!.name),
    };
  }
}

function emptyTeams(): Array<Record<string, string>> {
  return Array.from({ length: MAX_TEAMS }, () => ({}));
}
