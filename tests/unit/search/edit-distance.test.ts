import { describe, expect, test } from 'vitest';
import { editDistance } from '../../../src/search/edit-distance.ts';

describe('editDistance', () => {
  test('returns 0 for equal strings and the length of the other for an empty one', () => {
    expect(editDistance('mentor', 'mentor')).toBe(0);
    expect(editDistance('', 'kpi')).toBe(3);
    expect(editDistance('kpi', '')).toBe(3);
  });

  test('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('superwyzja', 'superwizja')).toBe(1);
    expect(editDistance('mentee', 'mentor')).toBe(2);
    expect(editDistance('interwizja', 'intervizja')).toBe(1);
  });

  test('is symmetric and counts a Polish letter as one', () => {
    expect(editDistance('poufność', 'poufnosc')).toBe(2);
    expect(editDistance('poufnosc', 'poufność')).toBe(2);
  });
});
