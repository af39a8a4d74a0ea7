import { describe, expect, test } from 'vitest';
import {
  freshRoom,
  goToItem,
  goToStep,
  hideAll,
  renameTeam,
  resetRoom,
  restoreRoom,
  revealAll,
  setTeamCount,
  setView,
  stepTimer,
  teamName,
  timerAction,
  toggleReveal,
  type RoomSpec,
} from '../../../src/trainer/room.ts';
import { MINUTE, remaining } from '../../../src/trainer/timer.ts';

interface Data {
  notes: string[];
}
const spec: RoomSpec<Data> = {
  exercise: 'test',
  steps: [
    { title: 'Wstęp', minutes: 5, view: 'task' },
    { title: 'Po kolei', minutes: 10, view: 'item' },
    { title: 'Wyniki', minutes: 3, view: 'results' },
  ],
  views: ['task', 'item', 'results'],
  fresh: () => ({ notes: [] }),
  restore: (raw) => ({
    notes: Array.isArray((raw as Data | null)?.notes) ? (raw as Data).notes.filter((n) => typeof n === 'string') : [],
  }),
  items: () => [
    { id: 'a', label: 'A' },
    { id: 'b', label: 'B' },
    { id: 'c', label: 'C' },
  ],
};

describe('room', () => {
  test('returns the step view when the trainer moves between steps', () => {
    const room = goToStep(freshRoom(spec), spec, 1);
    expect(room.step).toBe(1);
    expect(room.view).toBe('item');
    expect(goToStep(room, spec, 9).step).toBe(2);
    expect(goToStep(room, spec, -1).step).toBe(0);
  });

  test('returns the item on stage within bounds, switching the stage to the item view', () => {
    const room = goToItem(freshRoom(spec), spec, 5);
    expect(room.item).toBe(2);
    expect(room.view).toBe('item');
    expect(setView(room, spec, 'results').view).toBe('results');
    expect(setView(room, spec, 'criteria')).toBe(room);
  });

  test('returns revealed answers one by one, all, or none', () => {
    let room = toggleReveal(freshRoom(spec), 'b');
    expect(room.revealed).toEqual(['b']);
    room = toggleReveal(room, 'b');
    expect(room.revealed).toEqual([]);
    expect(revealAll(room, spec).revealed).toEqual(['a', 'b', 'c']);
    expect(hideAll(revealAll(room, spec)).revealed).toEqual([]);
  });

  test('returns team names as typed or the numbered default, and only the offered team counts', () => {
    const room = renameTeam(freshRoom(spec), 1, 'Sowy');
    expect(teamName(room, 1, (n) => `Zespół ${n}`)).toBe('Sowy');
    expect(teamName(room, 0, (n) => `Zespół ${n}`)).toBe('Zespół 1');
    expect(setTeamCount(room, 3).teamCount).toBe(3);
    expect(setTeamCount(room, 7)).toBe(room);
  });

  test('returns a timer per step: starting step 2 leaves step 1 untouched', () => {
    let room = goToStep(freshRoom(spec), spec, 1);
    room = timerAction(room, spec, 'start', 0);
    expect(remaining(stepTimer(room, spec), 60_000)).toBe(9 * MINUTE);
    expect(stepTimer(room, spec, 0).endsAt).toBeNull();
    room = timerAction(room, spec, 'add', 60_000);
    expect(remaining(stepTimer(room, spec), 60_000)).toBe(10 * MINUTE);
    room = timerAction(room, spec, 'reset', 60_000);
    expect(stepTimer(room, spec)).toEqual({ total: 10 * MINUTE, left: 10 * MINUTE, endsAt: null });
  });

  test('returns everything fresh after a reset, keeping the number of teams', () => {
    let room = setTeamCount(freshRoom(spec), 4);
    room = { ...renameTeam(toggleReveal(goToStep(room, spec, 2), 'a'), 0, 'Sowy'), data: { notes: ['x'] } };
    const reset = resetRoom(room, spec);
    expect(reset).toMatchObject({ step: 0, revealed: [], teamCount: 4, data: { notes: [] }, timers: {} });
    expect(reset.teamNames).toEqual(['', '', '', '']);
  });

  test('returns a saved room as it was, and a fresh one for anything malformed', () => {
    let room = goToStep(setTeamCount(freshRoom(spec), 3), spec, 1);
    room = { ...timerAction(toggleReveal(renameTeam(room, 2, 'Lisy'), 'c'), spec, 'start', 5), data: { notes: ['n'] } };
    expect(restoreRoom(JSON.parse(JSON.stringify(room)), spec)).toEqual(room);
    expect(restoreRoom(null, spec)).toEqual(freshRoom(spec));
    expect(restoreRoom({ v: 99, step: 2 }, spec)).toEqual(freshRoom(spec));
    expect(restoreRoom('garbage', spec)).toEqual(freshRoom(spec));
  });

  test('returns a saved room with out-of-range or unknown parts corrected, never thrown', () => {
    const restored = restoreRoom(
      {
        v: 1,
        step: 40,
        item: -3,
        view: 'nope',
        revealed: ['a', 'zz', 7, 'a'],
        teamCount: 9,
        teamNames: ['x'.repeat(100), 5],
        timers: { '1': { total: 1, left: 1, endsAt: null }, '9': { total: 1, left: 1, endsAt: null }, '0': 'bad' },
        data: { notes: ['ok', 3] },
      },
      spec,
    );
    expect(restored).toMatchObject({ step: 2, item: 0, view: 'task', revealed: ['a'], teamCount: 2 });
    expect(restored.teamNames[0]).toHaveLength(40);
    expect(restored.teamNames[1]).toBe('');
    expect(Object.keys(restored.timers)).toEqual(['1']);
    expect(restored.data).toEqual({ notes: ['ok'] });
  });
});
