import { describe, expect, test } from 'vitest';
import {
  addMinute,
  clock,
  crossing,
  isDone,
  MINUTE,
  newTimer,
  pauseTimer,
  remaining,
  resetTimer,
  restoreTimer,
  startTimer,
} from '../../../src/trainer/timer.ts';

const T0 = 1_000_000;

describe('timer', () => {
  test('returns the time left counting down from the start, and keeps it while paused', () => {
    const running = startTimer(newTimer(5), T0);
    expect(remaining(running, T0 + 61_000)).toBe(5 * MINUTE - 61_000);
    const paused = pauseTimer(running, T0 + 61_000);
    expect(paused.endsAt).toBeNull();
    expect(remaining(paused, T0 + 10 * MINUTE)).toBe(5 * MINUTE - 61_000);
    const resumed = startTimer(paused, T0 + 10 * MINUTE);
    expect(remaining(resumed, T0 + 10 * MINUTE + 1000)).toBe(5 * MINUTE - 62_000);
  });

  test('returns zero, never less, once the time is up, and a done timer does not start again', () => {
    const running = startTimer(newTimer(1), T0);
    expect(remaining(running, T0 + 2 * MINUTE)).toBe(0);
    expect(isDone(running, T0 + 2 * MINUTE)).toBe(true);
    const done = pauseTimer(running, T0 + 2 * MINUTE);
    expect(startTimer(done, T0 + 3 * MINUTE)).toBe(done);
  });

  test('returns a minute more when one is added, running or paused, even after the end', () => {
    const running = startTimer(newTimer(2), T0);
    expect(remaining(addMinute(running, T0 + 30_000), T0 + 30_000)).toBe(2 * MINUTE + 30_000);
    expect(remaining(addMinute(newTimer(2), T0), T0)).toBe(3 * MINUTE);
    const over = addMinute(running, T0 + 5 * MINUTE);
    expect(remaining(over, T0 + 5 * MINUTE)).toBe(MINUTE);
  });

  test('returns the step length, stopped, after a reset', () => {
    expect(resetTimer(7)).toEqual({ total: 7 * MINUTE, left: 7 * MINUTE, endsAt: null });
  });

  test('returns mm:ss rounded up, so 00:00 shows only at the end', () => {
    expect(clock(5 * MINUTE)).toBe('05:00');
    expect(clock(59_001)).toBe('01:00');
    expect(clock(999)).toBe('00:01');
    expect(clock(0)).toBe('00:00');
    expect(clock(75 * MINUTE)).toBe('75:00');
  });

  test('returns an announcement only when the last minute starts and at the end, never each second', () => {
    expect(crossing(61_000, 60_000)).toBe('minute-left');
    expect(crossing(60_000, 59_000)).toBeNull();
    expect(crossing(300_000, 299_000)).toBeNull();
    expect(crossing(500, 0)).toBe('ended');
    expect(crossing(0, 0)).toBeNull();
  });

  test('returns null for a malformed saved timer', () => {
    expect(restoreTimer({ total: 60_000, left: 30_000, endsAt: null })).toEqual({
      total: 60_000,
      left: 30_000,
      endsAt: null,
    });
    expect(restoreTimer({ total: -1, left: 0, endsAt: null })).toBeNull();
    expect(restoreTimer({ total: 60_000, left: 'x', endsAt: null })).toBeNull();
    expect(restoreTimer('60')).toBeNull();
  });
});
