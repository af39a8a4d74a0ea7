import { describe, expect, test } from 'vitest';
import { commandFor, type KeyLike } from '../../../src/trainer/shortcuts.ts';

const key = (k: string, more: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  targetTag: 'BODY',
  targetEditable: false,
  ...more,
});

describe('trainer shortcuts', () => {
  test('returns the command of a key, clicker keys included', () => {
    expect(commandFor(key('PageDown'), 3, true)).toBe('next-item');
    expect(commandFor(key('ArrowLeft'), 3, true)).toBe('prev-item');
    expect(commandFor(key('o'), 3, true)).toBe('reveal');
    expect(commandFor(key('C'), 3, true)).toBe('timer');
    expect(commandFor(key('+'), 3, true)).toBe('timer-add');
    expect(commandFor(key('2'), 3, true)).toBe('view-2');
  });

  test('returns null while typing or choosing in a field, and with a modifier', () => {
    for (const tag of ['INPUT', 'TEXTAREA', 'SELECT'])
      expect(commandFor(key('o', { targetTag: tag }), 3, true)).toBeNull();
    expect(commandFor(key('ArrowRight', { targetTag: 'INPUT' }), 3, true)).toBeNull();
    expect(commandFor(key('o', { targetEditable: true }), 3, true)).toBeNull();
    expect(commandFor(key('c', { ctrlKey: true }), 3, true)).toBeNull();
  });

  test('returns null for letter and number keys once they are switched off (WCAG 2.1.4), arrows still work', () => {
    expect(commandFor(key('o'), 3, false)).toBeNull();
    expect(commandFor(key('1'), 3, false)).toBeNull();
    expect(commandFor(key('PageUp'), 3, false)).toBe('prev-item');
  });

  test('returns null for a view number the exercise does not have', () => {
    expect(commandFor(key('5'), 4, true)).toBeNull();
    expect(commandFor(key('4'), 4, true)).toBe('view-4');
  });
});
