// A step's countdown, as plain data so that it can be saved and sent to the projector window: while it
// runs, only the moment it ends is stored (`endsAt`), so every window shows the same time without
// per-second messages and a reload does not stop it. Times are milliseconds; `now` is passed in (testable).

/** One timed step's countdown. */
export interface TimerState {
  /** Length the timer was set to (the step's minutes plus any added minutes). */
  total: number;
  /** Time left while paused (equals `total` before the first start). */
  left: number;
  /** When it reaches zero (epoch ms) while running; null while paused. */
  endsAt: number | null;
}

export const MINUTE = 60_000;
/** Longest a timer may be set to (added minutes included): a whole session. */
export const MAX_TIMER = 180 * MINUTE;

/** A stopped timer set to `minutes`. */
export function newTimer(minutes: number): TimerState {
  const total = Math.min(Math.max(0, minutes) * MINUTE, MAX_TIMER);
  return { total, left: total, endsAt: null };
}

export const isRunning = (timer: TimerState): boolean => timer.endsAt !== null;

/** Time left at `now`, never below zero. */
export function remaining(timer: TimerState, now: number): number {
  return Math.max(0, timer.endsAt === null ? timer.left : timer.endsAt - now);
}

/** Whether the countdown has reached zero. */
export const isDone = (timer: TimerState, now: number): boolean => remaining(timer, now) === 0;

/** Starts (or resumes) the countdown; a finished timer stays as it is. */
export function startTimer(timer: TimerState, now: number): TimerState {
  if (isRunning(timer) || timer.left <= 0) return timer;
  return { ...timer, endsAt: now + timer.left };
}

/** Pauses the countdown, keeping the time left. */
export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (!isRunning(timer)) return timer;
  return { ...timer, left: remaining(timer, now), endsAt: null };
}

/** Adds a minute to the time left (a finished timer gets a minute more and keeps its state). */
export function addMinute(timer: TimerState, now: number): TimerState {
  const left = remaining(timer, now);
  if (left + MINUTE > MAX_TIMER) return timer;
  const total = Math.min(timer.total + MINUTE, MAX_TIMER);
  return isRunning(timer)
    ? { total, left: left + MINUTE, endsAt: now + left + MINUTE }
    : { ...timer, total, left: left + MINUTE };
}

/** Back to the step's own length, stopped. */
export function resetTimer(minutes: number): TimerState {
  return newTimer(minutes);
}

/** "mm:ss" (minutes may exceed 59), rounding seconds up so a timer shows 00:00 only when it is done. */
export function clock(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  const mm = Math.floor(seconds / 60);
  const ss = seconds % 60;
  return `${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}`;
}

/** A moment worth a polite announcement, crossed between two readings of the time left. */
export type TimerCrossing = 'minute-left' | 'ended';

/** What happened between `before` and `after` (time left): announced once, never every second. */
export function crossing(before: number, after: number): TimerCrossing | null {
  if (before > 0 && after === 0) return 'ended';
  if (before > MINUTE && after <= MINUTE && after > 0) return 'minute-left';
  return null;
}

/** Reads a saved timer; anything malformed gives null (the caller starts afresh). */
export function restoreTimer(raw: unknown): TimerState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { total, left, endsAt } = raw as Record<string, unknown>;
  const ms = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  if (!ms(total) || !ms(left) || total > MAX_TIMER || left > MAX_TIMER) return null;
  if (endsAt !== null && !ms(endsAt)) return null;
  return { total, left, endsAt };
}
