import { describe, expect, test } from 'vitest';
import { isNewer, isTrainerMessage } from '../../../src/trainer/channel.ts';

const message = { app: 'lse-m1-trainer', v: 1, exercise: 'roles', from: 'abc', role: 'presenter', type: 'state' };

describe('trainer channel', () => {
  test('returns true only for a well-formed message about the same exercise', () => {
    expect(isTrainerMessage(message, 'roles')).toBe(true);
    expect(isTrainerMessage(message, 'matching')).toBe(false);
    expect(isTrainerMessage({ ...message, v: 2 }, 'roles')).toBe(false);
    expect(isTrainerMessage({ ...message, type: 'shout' }, 'roles')).toBe(false);
    expect(isTrainerMessage({ ...message, role: 'learner' }, 'roles')).toBe(false);
    expect(isTrainerMessage('state', 'roles')).toBe(false);
  });

  test('returns whether an incoming room wins: the later change, a tie to the larger window id', () => {
    expect(isNewer({ updated: 2 }, 'a', { updated: 1 }, 'z')).toBe(true);
    expect(isNewer({ updated: 1 }, 'z', { updated: 2 }, 'a')).toBe(false);
    expect(isNewer({ updated: 5 }, 'b', { updated: 5 }, 'a')).toBe(true);
    expect(isNewer({ updated: 5 }, 'a', { updated: 5 }, 'b')).toBe(false);
  });
});
