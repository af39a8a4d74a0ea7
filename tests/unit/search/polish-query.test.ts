import { describe, expect, test } from 'vitest';
import { foldL, stemWord, toIndexQuery } from '../../../src/search/polish-query.ts';

describe('foldL', () => {
  test('returns ł and Ł as l and L, leaving other letters', () => {
    expect(foldL('Łódź współpraca źródło')).toBe('Lódź wspólpraca źródlo');
  });
});

describe('stemWord', () => {
  test('cuts a Polish ending so that other forms share the prefix', () => {
    expect(stemWord('podopieczni')).toBe('podopieczn');
    expect('podopiecznego'.startsWith(stemWord('podopieczni'))).toBe(true);
    expect('mentoringiem'.startsWith(stemWord('mentoringu'))).toBe(true);
  });

  test('returns short words unchanged', () => {
    expect(stemWord('cele')).toBe('cele');
    expect(stemWord('kpi')).toBe('kpi');
  });
});

describe('toIndexQuery', () => {
  test('returns the same query with and without Polish letters, ł included', () => {
    expect(toIndexQuery('Współpraca')).toBe(toIndexQuery('wspolpraca'));
    expect(toIndexQuery('źródło')).toBe('zrodl');
    expect(toIndexQuery('zrodlo')).toBe('zrodl');
  });

  test('splits on punctuation and keeps hyphenated words', () => {
    expect(toIndexQuery('e-mentoring, samozatrudnienie!')).toBe('e-mentoring samozatrudnien');
  });
});
