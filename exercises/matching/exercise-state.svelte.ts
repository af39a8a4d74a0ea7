// State of the learner's matching exercise: which scenario is shown, the learner's choices and reasons per
// scenario, capacities, and the evaluation once checked. The component stays a thin view over it; saving
// goes through the `persist` callback (the tracker), so this file knows nothing of tracking.
import { t } from './strings.ts';
import { reasonText } from './labels.ts';
import { evaluate, type Evaluation } from './result.ts';
import { decodeSaved, emptySaved, encodeSaved, MAX_REASON, type Saved, type Stored } from './saved.ts';
import { choiceIndexes, loads, viewScenario, type ScenarioView } from './scenario-view.ts';
import type { Model, Scenario } from './schema.ts';

export class MatchingExercise {
  readonly views: ScenarioView[];
  /** Index of the scenario shown. */
  current = $state(0);
  /** The learner's work, one record per scenario (same order as `views`). */
  work = $state<Saved[]>([]);
  /** Names of mentees still without a mentor, after a "Sprawdź" that could not score. */
  missing = $state<string[]>([]);
  /** Chosen pairs that break a hard constraint, as "Bartek i Krystyna (why)", after a "Sprawdź" that could not score. */
  impossible = $state<string[]>([]);
  /** Polite announcement for screen readers (choices and capacity). */
  announcement = $state('');

  get view(): ScenarioView {
    return this.views[this.current]!;
  }
  readonly saved = $derived(this.work[this.current] ?? emptySaved());
  /** Mentor index per mentee of the shown scenario (-1: none). */
  readonly choices = $derived(choiceIndexes(this.view.scenario, this.saved.choices));
  /** Mentees per mentor of the shown scenario. */
  readonly load = $derived(loads(this.choices, this.view.scenario.mentors.length));
  readonly placed = $derived(this.choices.filter((j) => j >= 0).length);
  readonly evaluation: Evaluation | undefined = $derived(
    this.saved.checked ? evaluate(this.choices, this.view.matrix, this.view.capacity, this.view.optimum) : undefined,
  );

  readonly model: Model;
  private readonly persist: (scenarioId: string, stored: Stored) => void;

  constructor(scenarios: Scenario[], model: Model, persist: (scenarioId: string, stored: Stored) => void = () => {}) {
    this.model = model;
    this.persist = persist;
    this.views = scenarios.map((s) => viewScenario(s, model));
    this.work = scenarios.map(() => emptySaved());
  }

  /** Puts back saved work (from the tracker) for every scenario. */
  restore(read: (scenarioId: string) => { state: string | undefined; reasons: string | undefined }): void {
    this.work = this.views.map(({ scenario }) => {
      const { state, reasons } = read(scenario.id);
      return decodeSaved(state, reasons, scenario);
    });
  }

  /** Shows a scenario by id; returns whether it exists. */
  show(scenarioId: string): boolean {
    const index = this.views.findIndex((v) => v.scenario.id === scenarioId);
    if (index < 0) return false;
    this.current = index;
    this.missing = [];
    this.impossible = [];
    return true;
  }

  /** Whether mentor `j` can take mentee `i` now (has a place, or already has this mentee). */
  canTake(i: number, j: number): boolean {
    return this.choices[i] === j || this.load[j]! < this.view.capacity[j]!;
  }

  /** Names of the mentees mentor `j` has now. */
  assigned(j: number): string[] {
    return this.view.scenario.mentees.filter((_, i) => this.choices[i] === j).map((m) => m.name);
  }

  /** A mentor's entry in a mentee's list: name and how full the pair or group is. */
  optionText(j: number): string {
    const { scenario, capacity } = this.view;
    const name = scenario.mentors[j]!.name;
    const used = this.load[j]!;
    if (scenario.mode === 'pairs') {
      return used === 0
        ? t('matching.optionPairFree', { name })
        : t('matching.optionPairTaken', { name, names: this.assigned(j).join(', ') });
    }
    if (used >= capacity[j]!) return t('matching.optionGroupFull', { name });
    return t('matching.optionGroupFree', { name, free: capacity[j]! - used, capacity: capacity[j]! });
  }

  /** Gives mentee `menteeId` the mentor `mentorId` ('' = none), within capacity. */
  choose(menteeId: string, mentorId: string): void {
    const { scenario } = this.view;
    const i = scenario.mentees.findIndex((m) => m.id === menteeId);
    const j = scenario.mentors.findIndex((m) => m.id === mentorId);
    if (i < 0 || this.saved.checked || (j >= 0 && !this.canTake(i, j))) return;
    const mentee = scenario.mentees[i]!;
    if (j < 0) {
      delete this.saved.choices[menteeId];
      this.announcement = t('matching.announceCleared', { mentee: mentee.name });
    } else {
      this.saved.choices[menteeId] = mentorId;
      this.announcement = t('matching.announceChoice', {
        mentee: mentee.name,
        mentor: scenario.mentors[j]!.name,
        used: this.load[j]!,
        capacity: this.view.capacity[j]!,
      });
    }
    this.missing = this.missing.filter((name) => name !== mentee.name);
    this.impossible = [];
    this.save();
  }

  setReason(menteeId: string, text: string): void {
    if (this.saved.checked) return;
    this.saved.reasons[menteeId] = text.slice(0, MAX_REASON);
    this.save();
  }

  /**
   * Scores the shown scenario. Undefined while a mentee has no mentor (`missing`) or a chosen pair breaks a
   * hard constraint (`impossible`): such an assignment is not one the optimum could be compared with (it
   * would leave someone without a real mentor), so the learner fixes it first.
   */
  check(): Evaluation | undefined {
    const { mentees, mentors } = this.view.scenario;
    this.missing = mentees.filter((_, i) => this.choices[i]! < 0).map((m) => m.name);
    this.impossible = mentees.flatMap((mentee, i) => {
      const j = this.choices[i]!;
      const scored = j >= 0 ? this.view.pairs[i]![j]! : undefined;
      if (!scored?.forbidden) return [];
      const pair = t('matching.pair', { mentee: mentee.name, mentor: mentors[j]!.name });
      return [`${pair} (${scored.forbidden.map((r) => reasonText(r, this.model, scored.people)).join('; ')})`];
    });
    if (this.missing.length > 0 || this.impossible.length > 0) return undefined;
    this.saved.checked = true;
    this.save();
    return this.evaluation;
  }

  /** Back to editing after a check (choices and reasons kept). */
  edit(): void {
    this.saved.checked = false;
    this.save();
  }

  /** Clears the shown scenario's choices and reasons. */
  reset(): void {
    this.work[this.current] = emptySaved();
    this.missing = [];
    this.impossible = [];
    this.announcement = '';
    this.save();
  }

  private save(): void {
    this.persist(this.view.scenario.id, encodeSaved(this.saved, this.view.scenario));
  }
}
