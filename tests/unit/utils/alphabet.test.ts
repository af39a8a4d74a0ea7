import { describe, expect, test } from 'vitest';
import { groupByLetter, indexLetter } from '../../../src/utils/alphabet.ts';

describe('groupByLetter', () => {
  test('orders Polish letters as the alphabet does (Ł after L, Ś after S, digits first)', () => {
    const words = ['superwizja', 'łańcuch', 'start-up', 'śródokres', 'lider', '70:20:10'];
    const groups = groupByLetter(words, (w) => w).map(([letter]) => letter);
    expect(groups).toEqual(['#', 'L', 'Ł', 'S', 'Ś']);
  });

  test('returns the upper-cased first letter as the index letter', () => {
    expect(indexLetter('e-mentoring')).toBe('E');
  });
});
