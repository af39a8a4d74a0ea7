import { describe, expect, test } from 'vitest';
import { readSaved, removeSaved, roomKey, writeSaved } from '../../../src/trainer/storage.ts';

/** A Storage double: works, refuses every call, or is full. */
function store(mode: 'ok' | 'disabled' | 'full'): Storage {
  const data = new Map<string, string>();
  const fail = (name: string) => {
    const error = new Error(name);
    error.name = name;
    throw error;
  };
  return {
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => (mode === 'disabled' ? fail('SecurityError') : (data.get(k) ?? null)),
    setItem: (k: string, v: string) => {
      if (mode === 'disabled') fail('SecurityError');
      if (mode === 'full') fail('QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => (mode === 'disabled' ? fail('SecurityError') : void data.delete(k)),
    clear: () => data.clear(),
  };
}

describe('trainer storage', () => {
  test('returns the key of an exercise room under the course prefix', () => {
    expect(roomKey('roles')).toBe('lse-m1:trainer:roles');
  });

  test('returns what was saved, and null for nothing or unreadable JSON', () => {
    const s = store('ok');
    expect(writeSaved(s, 'k', { a: 1 })).toBe('saved');
    expect(readSaved(s, 'k')).toEqual({ a: 1 });
    s.setItem('bad', '{');
    expect(readSaved(s, 'bad')).toBeNull();
    removeSaved(s, 'k');
    expect(readSaved(s, 'k')).toBeNull();
  });

  test('returns "full" or "unavailable" instead of throwing when storage refuses', () => {
    expect(writeSaved(store('full'), 'k', 1)).toBe('full');
    expect(writeSaved(store('disabled'), 'k', 1)).toBe('unavailable');
    expect(writeSaved(null, 'k', 1)).toBe('unavailable');
    expect(readSaved(store('disabled'), 'k')).toBeNull();
    expect(() => removeSaved(store('disabled'), 'k')).not.toThrow();
  });
});
