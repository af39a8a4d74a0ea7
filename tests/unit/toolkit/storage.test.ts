import { describe, expect, test } from 'vitest';
import { clearToolkit, keyOf, loadCopies, saveCopies } from '../../../src/toolkit/storage.ts';
import type { Copy } from '../../../src/toolkit/values.ts';

/** An in-memory Storage with a quota, to test "full". */
class MemoryStorage implements Storage {
  map = new Map<string, string>();
  constructor(private quota = Infinity) {}
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    const used = [...this.map].reduce((s, [key, val]) => s + (key === k ? 0 : key.length + val.length), 0);
    if (used + k.length + v.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  clear() {
    this.map.clear();
  }
}

const copy = (id: string, text = 'x'): Copy => ({
  id,
  name: id,
  created: '2026-11-01T00:00:00.000Z',
  updated: '2026-11-01T00:00:00.000Z',
  values: { a: text },
});

describe('toolkit storage', () => {
  test('returns the saved copies after a save, under one key per template', () => {
    const storage = new MemoryStorage();
    expect(saveCopies(storage, { 'plan-sesji': [copy('a1')] })).toBe('ok');
    expect(JSON.parse(storage.getItem(keyOf('plan-sesji'))!)).toMatchObject({ format: 'lse-toolkit', version: 2 });
    expect(loadCopies(storage, 'plan-sesji')).toEqual({ copies: [copy('a1')], status: 'ok' });
  });

  test('returns "full" and keeps every earlier value when one write of several does not fit', () => {
    const storage = new MemoryStorage(600);
    saveCopies(storage, { 'plan-sesji': [copy('a1')] });
    const before = storage.getItem(keyOf('plan-sesji'));
    expect(
      saveCopies(storage, { 'plan-sesji': [copy('a1'), copy('a2')], 'cele-osobiste': [copy('b1', 'y'.repeat(600))] }),
    ).toBe('full');
    expect(storage.getItem(keyOf('plan-sesji'))).toBe(before);
    expect(storage.getItem(keyOf('cele-osobiste'))).toBeNull();
  });

  test('returns "unavailable" without storage and "unreadable" for a broken value, kept aside', () => {
    expect(loadCopies(undefined, 'plan-sesji').status).toBe('unavailable');
    expect(saveCopies(undefined, {})).toBe('unavailable');
    const storage = new MemoryStorage();
    storage.setItem(keyOf('plan-sesji'), '{broken');
    expect(loadCopies(storage, 'plan-sesji')).toEqual({ copies: [], status: 'unreadable' });
    expect(storage.getItem(`${keyOf('plan-sesji')}:unreadable`)).toBe('{broken');
  });

  test("deletes only the toolkit's keys", () => {
    const storage = new MemoryStorage();
    storage.setItem('lse-m1:progress', 'kept');
    saveCopies(storage, { 'plan-sesji': [copy('a1')] });
    storage.setItem('lse-toolkit:dobor-par', '{}');
    expect(clearToolkit(storage)).toBe('ok');
    expect([...storage.map.keys()]).toEqual(['lse-m1:progress']);
  });
});
