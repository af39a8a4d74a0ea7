// The room's work in trainer mode as one plain object: the step the session is on, what the projector
// shows, which answers are revealed, the teams, each step's timer and the exercise's own entries. Every
// change is a pure function from room to room, so the presenter and projector windows can apply, save
// and exchange it as data. Nothing here is tracked or sent anywhere.
import { addMinute, newTimer, pauseTimer, resetTimer, restoreTimer, startTimer, type TimerState } from './timer.ts';

/** What the projected stage shows. Each exercise offers some of these (see its trainer adapter). */
export const VIEW_IDS = ['task', 'item', 'results', 'criteria', 'class-code'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** Team round sizes on offer: 0 is "no team round". */
export const TEAM_COUNTS = [0, 2, 3, 4] as const;
export const MAX_TEAMS = 4;
export const MAX_TEAM_NAME = 40;

/** A session step as the projector may show it (the trainer's own notes are kept apart). */
export interface StepInfo {
  title: string;
  /** Suggested minutes: the step's timer starts from them. */
  minutes: number;
  /** What the participants do, projected during the step (optional). */
  task?: string | undefined;
  /** The stage view the step opens with (the trainer can switch). */
  view?: ViewId | undefined;
}

/** Something the room goes through one at a time (a statement, a mentee, a topic). */
export interface TrainerItem {
  id: string;
  /** Short label for the presenter's list. */
  label: string;
}

/** Saved-format version; an older or unknown one starts afresh. */
export const ROOM_VERSION = 1;

export interface Room<D> {
  v: typeof ROOM_VERSION;
  /** When the room last changed (epoch ms): the newer room wins between windows. */
  updated: number;
  step: number;
  view: ViewId;
  /** Index of the item on the stage. */
  item: number;
  /** Ids of the items whose answer is shown. */
  revealed: string[];
  /** 0 (no team round) or 2-4. */
  teamCount: number;
  /** Names the trainer typed (empty: "Zespół n"), always MAX_TEAMS long. */
  teamNames: string[];
  /** Per step index: its countdown (created when first used). */
  timers: Record<string, TimerState>;
  /** The exercise's entries (the teams' choices, codes...). */
  data: D;
}

/** What a room needs to know about its exercise. */
export interface RoomSpec<D> {
  /** Storage key and channel filter: the exercise id. */
  exercise: string;
  steps: StepInfo[];
  /** Views this exercise offers, in the order of their buttons and shortcuts. */
  views: ViewId[];
  fresh(): D;
  /** Reads saved entries; must not throw and must return valid entries. */
  restore(raw: unknown): D;
  /** The items of the current entries (they may depend on them, e.g. the scenario). */
  items(data: D): TrainerItem[];
}

const clamp = (n: number, min: number, max: number) => Math.min(Math.max(n, min), max);

/** The view a step opens with. */
export function stepView<D>(spec: RoomSpec<D>, step: number): ViewId {
  const wanted = spec.steps[step]?.view;
  return wanted && spec.views.includes(wanted) ? wanted : spec.views[0]!;
}

export function freshRoom<D>(spec: RoomSpec<D>, teamCount = 2): Room<D> {
  return {
    v: ROOM_VERSION,
    updated: 0,
    step: 0,
    view: stepView(spec, 0),
    item: 0,
    revealed: [],
    teamCount,
    teamNames: Array.from({ length: MAX_TEAMS }, () => ''),
    timers: {},
    data: spec.fresh(),
  };
}

/** Reads a saved room; anything malformed is replaced by a fresh value, never thrown. */
export function restoreRoom<D>(raw: unknown, spec: RoomSpec<D>): Room<D> {
  const fresh = freshRoom(spec);
  if (typeof raw !== 'object' || raw === null) return fresh;
  const r = raw as Record<string, unknown>;
  if (r['v'] !== ROOM_VERSION) return fresh;
  const int = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isInteger(v) ? v : fallback);
  const data = spec.restore(r['data']);
  const items = spec.items(data);
  const ids = new Set(items.map((i) => i.id));
  const timers: Record<string, TimerState> = {};
  if (typeof r['timers'] === 'object' && r['timers'] !== null) {
    for (const [key, value] of Object.entries(r['timers'])) {
      const timer = restoreTimer(value);
      if (timer && /^\d+$/.test(key) && Number(key) < spec.steps.length) timers[key] = timer;
    }
  }
  const names = Array.isArray(r['teamNames']) ? r['teamNames'] : [];
  const view = spec.views.includes(r['view'] as ViewId) ? (r['view'] as ViewId) : fresh.view;
  const teamCount = int(r['teamCount'], fresh.teamCount);
  return {
    v: ROOM_VERSION,
    updated: Math.max(0, int(r['updated'], 0)),
    step: clamp(int(r['step'], 0), 0, spec.steps.length - 1),
    view,
    item: clamp(int(r['item'], 0), 0, Math.max(0, items.length - 1)),
    revealed: Array.isArray(r['revealed'])
      ? [...new Set(r['revealed'].filter((id): id is string => typeof id === 'string' && ids.has(id)))]
      : [],
    teamCount: (TEAM_COUNTS as readonly number[]).includes(teamCount) ? teamCount : fresh.teamCount,
    teamNames: fresh.teamNames.map((_, i) => (typeof names[i] === 'string' ? names[i].slice(0, MAX_TEAM_NAME) : '')),
    timers,
    data,
  };
}

/** Goes to a step: its view comes up on the stage. */
export function goToStep<D>(room: Room<D>, spec: RoomSpec<D>, step: number): Room<D> {
  const next = clamp(step, 0, spec.steps.length - 1);
  if (next === room.step) return room;
  return { ...room, step: next, view: stepView(spec, next) };
}

export function setView<D>(room: Room<D>, spec: RoomSpec<D>, view: ViewId): Room<D> {
  return spec.views.includes(view) && view !== room.view ? { ...room, view } : room;
}

/** Puts an item on the stage (and the stage on the item view). */
export function goToItem<D>(room: Room<D>, spec: RoomSpec<D>, item: number): Room<D> {
  const count = spec.items(room.data).length;
  if (count === 0) return room;
  const next = clamp(item, 0, count - 1);
  const view = spec.views.includes('item') ? 'item' : room.view;
  return next === room.item && view === room.view ? room : { ...room, item: next, view };
}

/** Shows or hides one item's answer. */
export function toggleReveal<D>(room: Room<D>, id: string): Room<D> {
  return room.revealed.includes(id)
    ? { ...room, revealed: room.revealed.filter((r) => r !== id) }
    : { ...room, revealed: [...room.revealed, id] };
}

export function revealAll<D>(room: Room<D>, spec: RoomSpec<D>): Room<D> {
  return { ...room, revealed: spec.items(room.data).map((i) => i.id) };
}

export function hideAll<D>(room: Room<D>): Room<D> {
  return room.revealed.length === 0 ? room : { ...room, revealed: [] };
}

/** Changes the number of teams; the teams' names and entries are kept (the exercise trims its own). */
export function setTeamCount<D>(room: Room<D>, count: number): Room<D> {
  return (TEAM_COUNTS as readonly number[]).includes(count) ? { ...room, teamCount: count } : room;
}

export function renameTeam<D>(room: Room<D>, team: number, name: string): Room<D> {
  if (team < 0 || team >= MAX_TEAMS) return room;
  const teamNames = room.teamNames.map((n, i) => (i === team ? name.slice(0, MAX_TEAM_NAME) : n));
  return { ...room, teamNames };
}

/** A team's name as shown: what the trainer typed, else "Zespół n" (the caller gives the fallback). */
export function teamName<D>(room: Room<D>, team: number, fallback: (n: number) => string): string {
  return room.teamNames[team]?.trim() || fallback(team + 1);
}

export type TimerAction = 'start' | 'pause' | 'add' | 'reset';

/** The current step's timer (a stopped one at the step's minutes when never used). */
export function stepTimer<D>(room: Room<D>, spec: RoomSpec<D>, step = room.step): TimerState {
  return room.timers[String(step)] ?? newTimer(spec.steps[step]?.minutes ?? 0);
}

export function timerAction<D>(room: Room<D>, spec: RoomSpec<D>, action: TimerAction, now: number): Room<D> {
  const timer = stepTimer(room, spec);
  const minutes = spec.steps[room.step]?.minutes ?? 0;
  const next =
    action === 'start'
      ? startTimer(timer, now)
      : action === 'pause'
        ? pauseTimer(timer, now)
        : action === 'add'
          ? addMinute(timer, now)
          : resetTimer(minutes);
  return next === timer ? room : { ...room, timers: { ...room.timers, [String(room.step)]: next } };
}

/** Replaces the exercise's entries (the item on stage is kept within the new items). */
export function setData<D>(room: Room<D>, spec: RoomSpec<D>, data: D): Room<D> {
  const count = spec.items(data).length;
  return { ...room, data, item: clamp(room.item, 0, Math.max(0, count - 1)) };
}

/** Everything back to the start: steps, reveals, timers, teams and entries (the team count stays). */
export function resetRoom<D>(room: Room<D>, spec: RoomSpec<D>): Room<D> {
  return { ...freshRoom(spec, room.teamCount), updated: room.updated };
}
