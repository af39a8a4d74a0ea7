import { describe, expect, test } from 'vitest';
import { countOf, pluralForm } from '../../../src/i18n/plural.ts';

const questions = { one: 'pytanie', few: 'pytania', many: 'pytań', other: 'pytania' };

describe('pluralForm', () => {
  test('returns the Polish form for one, few and many', () => {
    expect([1, 2, 4, 5, 12, 22, 24, 25, 112].map((n) => countOf(n, questions))).toEqual([
      '1 pytanie',
      '2 pytania',
      '4 pytania',
      '5 pytań',
      '12 pytań',
      '22 pytania',
      '24 pytania',
      '25 pytań',
      '112 pytań',
    ]);
  });

  test('returns "other" for fractions and "many" for zero', () => {
    expect(pluralForm(1.5, questions)).toBe('pytania');
    expect(pluralForm(0, questions)).toBe('pytań');
  });
});
