import { describe, expect, test } from 'vitest';
import { foldL, holdsQuery, queryWords, stemWord, toIndexQuery } from '../../../src/search/polish-query.ts';

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

describe('queryWords', () => {
  test('returns "e mentoring" as the one word "e-mentoring"', () => {
    expect(queryWords('e mentoring')).toEqual(['e-mentoring']);
    expect(queryWords('E-mentoring')).toEqual(['e-mentoring']);
    expect(toIndexQuery('e mentoring')).toBe(toIndexQuery('e-mentoring'));
  });

  test('drops one-letter words when there are others, keeps a lone one', () => {
    expect(queryWords('mentoring w parach')).toEqual(['mentoring', 'parach']);
    expect(queryWords('w')).toEqual(['w']);
  });
});

describe('holdsQuery', () => {
  test('returns false for a page that only shares a short prefix ("wypalenie" is not "wypisz")', () => {
    expect(holdsQuery('Zanim zaczniesz, wypisz kryteria.', 'wypalenie')).toBe(false);
    expect(holdsQuery('Mentor pomaga podopiecznemu.', 'mentee')).toBe(false);
  });

  test('returns true for a page with another form of every query word', () => {
    expect(holdsQuery('Rozmowa z podopiecznymi i mentorem.', 'podopieczni mentorzy')).toBe(true);
    expect(holdsQuery('Poufność w e-mentoringu', 'e mentoring')).toBe(true);
    expect(holdsQuery('Źródła i dalsza lektura', 'zrodlo')).toBe(true);
    expect(holdsQuery('Współpraca z kierownikiem', 'wspolpraca')).toBe(true);
  });

  test('returns false when one of several words is missing', () => {
    expect(holdsQuery('Mentor i podopieczny', 'mentor kierownik')).toBe(false);
  });
});
