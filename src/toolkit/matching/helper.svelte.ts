// State of the matching helper page: the cohort read from two CSV files, the manager's weights and
// constraints, pinned and forbidden pairs, and the exact result, re-solved whenever any of them changes.
// Kept on this device under `lse-toolkit:dobor-par` (the two CSV texts, settings and decisions by person id),
// so a reload finds everything again; the CSV texts are read again through the same checks on load.
import type { Pair } from '../../../exercises/matching/pin.ts';
import type { Model } from '../../../exercises/matching/schema.ts';
import { fill } from '../../i18n/fill.ts';
import { toolkitMatchingPl } from '../../i18n/pl/toolkit-matching.ts';
import { browserStorage, PREFIX } from '../device.ts';
import type { Cohort, ValueTable } from './cohort.ts';
import type { CohortMentor, CsvProblem, Side } from './csv.ts';
import { defaultSettings, type Settings } from './settings.ts';

export const th = (key: keyof typeof toolkitMatchingPl, values?: Record<string, string | number>) =>
  fill(toolkitMatchingPl[key], values);

/** Where the helper keeps its state. */
export const HELPER_KEY = `${PREFIX}dobor-par`;
const FORMAT = 'lse-toolkit-matching';
const VERSION = 1;

/** A decision about a pair, by person id (indexes change when a file is loaded again). */
interface IdPair {
  mentee: string;
  mentor: string;
}

export class MatchingHelper {
  // Not reactive: the cohort (reactive) is set after them, and it is what the derived values follow.
  #table: ValueTable | undefined = undefined;
  #people: Partial<Record<Side, Cohort['mentees'] | CohortMentor[]>> = {};
  /** Scoring and solving, loaded with the first file. */
  engine = $state.raw<typeof import('./engine.ts') | undefined>();
  readonly model: Model;
  settings = $state<Settings>() as Settings;
  cohort = $state.raw<Cohort | undefined>();
  texts: Record<Side, string> = { mentees: '', mentors: '' };
  loaded = $state<Record<Side, number>>({ mentees: 0, mentors: 0 });
  problems = $state<{ file: string; list: CsvProblem[] } | undefined>();
  pins = $state<IdPair[]>([]);
  forbid = $state<IdPair[]>([]);
  message = $state('');
  saveFailed = $state(false);
  constructor(model: Model) {
    this.model = model;
    this.settings = defaultSettings(model);
  }

  readonly matrix = $derived(
    this.cohort && this.#table && this.engine ? this.engine.scoreMatrix(this.#table, this.settings) : [],
  );
  readonly capacity = $derived(this.cohort && this.engine ? this.engine.capacities(this.cohort, this.settings) : []);
  /** Pins that can be kept now, as indexes, and those that cannot. */
  readonly decisions = $derived.by(() => {
    const index = (p: IdPair): Pair | undefined => {
      const mentee = this.cohort?.mentees.findIndex((m) => m.id === p.mentee) ?? -1;
      const mentor = this.cohort?.mentors.findIndex((m) => m.id === p.mentor) ?? -1;
      return mentee >= 0 && mentor >= 0 ? { mentee, mentor } : undefined;
    };
    const pins: Pair[] = [];
    const dropped: IdPair[] = [];
    for (const p of this.pins) {
      const pair = index(p);
      if (pair && this.engine?.pinProblems(this.matrix, this.capacity, [...pins, pair]).length === 0) pins.push(pair);
      else dropped.push(p);
    }
    const forbid = this.forbid.map(index).filter((p): p is Pair => p !== undefined);
    return { pins, forbid, dropped };
  });
  readonly result = $derived(
    this.cohort && this.engine
      ? this.engine.solvePinned(this.matrix, this.capacity, this.decisions.pins, this.decisions.forbid)
      : undefined,
  );

  /** Reads one CSV file; the cohort changes only when the file has no problem at all. */
  async load(side: Side, name: string, text: string): Promise<void> {
    const [{ parse }, { readCohortCsv }, engine] = await Promise.all([
      import('csv-parse/browser/esm/sync'),
      import('./csv.ts'),
      import('./engine.ts'),
    ]);
    this.engine ??= engine;
    const read = readCohortCsv(text, side, this.model, parse);
    if (!read.ok) {
      this.problems = { file: name, list: read.problems };
      this.message = th('helper.refused', { file: name, count: read.problems.length });
      return;
    }
    this.problems = undefined;
    this.texts[side] = text;
    this.#people[side] = read.people as never;
    this.loaded[side] = read.people.length;
    this.#rebuild();
    this.message = this.cohort
      ? th('helper.loaded', { mentees: this.loaded.mentees, mentors: this.loaded.mentors })
      : th('helper.loadedOne', { file: name, count: read.people.length });
    this.save();
  }

  #rebuild(): void {
    const mentees = this.#people.mentees as Cohort['mentees'] | undefined;
    const mentors = this.#people.mentors as CohortMentor[] | undefined;
    if (!mentees || !mentors) return;
    const cohort = { mentees, mentors };
    this.#table = this.engine!.valueTable(cohort);
    this.cohort = cohort;
  }

  pin(i: number, j: number): void {
    const { mentees, mentors } = this.cohort!;
    this.pins = [
      ...this.pins.filter((p) => p.mentee !== mentees[i]!.id),
      { mentee: mentees[i]!.id, mentor: mentors[j]!.id },
    ];
    this.save();
  }

  unpin(menteeId: string): void {
    this.pins = this.pins.filter((p) => p.mentee !== menteeId);
    this.save();
  }

  forbidPair(i: number, j: number): void {
    const { mentees, mentors } = this.cohort!;
    const pair = { mentee: mentees[i]!.id, mentor: mentors[j]!.id };
    this.pins = this.pins.filter((p) => !(p.mentee === pair.mentee && p.mentor === pair.mentor));
    this.forbid = [...this.forbid, pair];
    this.save();
  }

  allow(pair: IdPair): void {
    this.forbid = this.forbid.filter((p) => !(p.mentee === pair.mentee && p.mentor === pair.mentor));
    this.save();
  }

  clear(): void {
    this.cohort = undefined;
    this.#table = undefined;
    this.#people = {};
    this.texts = { mentees: '', mentors: '' };
    this.loaded = { mentees: 0, mentors: 0 };
    this.pins = [];
    this.forbid = [];
    this.problems = undefined;
    try {
      browserStorage()?.removeItem(HELPER_KEY);
    } catch {
      // Nothing to remove.
    }
    this.message = th('helper.cleared');
  }

  save(): void {
    const state = {
      format: FORMAT,
      version: VERSION,
      texts: this.texts,
      settings: this.settings,
      pins: this.pins,
      forbid: this.forbid,
    };
    try {
      const storage = browserStorage();
      if (!storage) throw new Error('no storage');
      storage.setItem(HELPER_KEY, JSON.stringify(state));
      this.saveFailed = false;
    } catch {
      this.saveFailed = true;
    }
  }

  /** Puts back what was kept on this device; anything unreadable is ignored (never a crash). */
  async restore(): Promise<void> {
    let state: unknown;
    try {
      state = JSON.parse(browserStorage()?.getItem(HELPER_KEY) ?? 'null');
    } catch {
      return;
    }
    if (typeof state !== 'object' || state === null) return;
    const s = state as {
      format?: unknown;
      version?: unknown;
      texts?: Record<string, unknown>;
      settings?: Partial<Settings>;
      pins?: unknown;
      forbid?: unknown;
    };
    if (s.format !== FORMAT || s.version !== VERSION) return;
    const settings = defaultSettings(this.model);
    const given = s.settings ?? {};
    for (const c of this.model.criteria) {
      const w = given.weights?.[c.id];
      if (typeof w === 'number' && Number.isInteger(w) && w >= 0 && w <= 50) settings.weights[c.id] = w;
    }
    if (typeof given.hard?.availability === 'boolean') settings.hard.availability = given.hard.availability;
    if (typeof given.hard?.form === 'boolean') settings.hard.form = given.hard.form;
    if (given.mode === 'pairs' || given.mode === 'groups') settings.mode = given.mode;
    if (typeof given.groupSize === 'number' && [2, 3, 4, 5].includes(given.groupSize))
      settings.groupSize = given.groupSize;
    this.settings = settings;
    const pairs = (x: unknown): IdPair[] =>
      Array.isArray(x)
        ? x.filter((p): p is IdPair => typeof p?.mentee === 'string' && typeof p?.mentor === 'string')
        : [];
    this.pins = pairs(s.pins);
    this.forbid = pairs(s.forbid);
    for (const side of ['mentees', 'mentors'] as const) {
      const text = s.texts?.[side];
      if (typeof text === 'string' && text) await this.load(side, side, text);
    }
    this.message = '';
  }

  /** The result as CSV: one row per mentee (mentor empty when unplaced). */
  resultCsv(): string {
    const cohort = this.cohort;
    const result = this.result;
    if (!cohort || !result) return '';
    const quote = (v: string | number) =>
      /[",;\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v);
    // A local lookup, built and read once: no reactivity needed.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const pinned = new Set(this.decisions.pins.map((p) => p.mentee));
    const rows = cohort.mentees.map((mentee, i) => {
      const j = result.assignment[i]!;
      const mentor = cohort.mentors[j];
      const points = j >= 0 ? (this.matrix[i]![j]! / 10).toString().replace('.', ',') : '';
      return [mentor?.id ?? '', mentor?.name ?? '', mentee.id, mentee.name, points, pinned.has(i) ? 'tak' : '']
        .map(quote)
        .join(',');
    });
    return `${[th('helper.csvHeader'), ...rows].join('\r\n')}\r\n`;
  }
}
