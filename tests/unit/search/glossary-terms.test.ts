import { describe, expect, test } from 'vitest';
import {
  headwordNames,
  matchTerms,
  nearestTerms,
  normaliseName,
  type SearchTerm,
} from '../../../src/search/glossary-terms.ts';
import { SEARCH_ALIASES } from '../../../src/search/aliases.ts';
import { searchTerms } from '../../../src/integrations/search-index.ts';
import { glossaryTerms } from '../../e2e/support/course.ts';

const terms = searchTerms();
const ids = (found: SearchTerm[]) => found.map((t) => t.id);

describe('normaliseName', () => {
  test('returns one key for spellings that differ in case, diacritics, hyphens and spaces', () => {
    expect(normaliseName('E-mentoring')).toBe(normaliseName('e mentoring'));
    expect(normaliseName('Poufność')).toBe('poufnosc');
    expect(normaliseName('zasada 70:20:10')).toBe('zasada702010');
  });
});

describe('headwordNames', () => {
  test('returns the parts of a headword with a parenthesis as names too', () => {
    expect(headwordNames('KPI (kluczowe wskaźniki efektywności)')).toEqual([
      'KPI (kluczowe wskaźniki efektywności)',
      'KPI',
      'kluczowe wskaźniki efektywności',
    ]);
    expect(headwordNames('mentor')).toEqual(['mentor']);
  });
});

describe('matchTerms', () => {
  test('returns the Polish term for the English loan words learners type', () => {
    expect(ids(matchTerms('mentee', terms))).toEqual(['podopieczny']);
    expect(ids(matchTerms('coach', terms))).toEqual(['mentor']);
    expect(ids(matchTerms('blended', terms))).toEqual(['mentoring-mieszany']);
    expect(ids(matchTerms('e mentoring', terms))).toEqual(['e-mentoring']);
    expect(ids(matchTerms('Ementoring', terms))).toEqual(['e-mentoring']);
  });

  test('returns a term by an inflected form and nothing for a word that names no term', () => {
    expect(ids(matchTerms('podopiecznego', terms))).toContain('podopieczny');
    expect(ids(matchTerms('wypalenia', terms))).toEqual(['wypalenie-zawodowe']);
    expect(matchTerms('wypisz', terms)).toEqual([]);
    expect(matchTerms('  ', terms)).toEqual([]);
  });
});

describe('nearestTerms', () => {
  test('suggests the terms a typo was meant to be', () => {
    expect(ids(nearestTerms('superwyzja', terms))).toEqual(['superwizja', 'interwizja']);
    expect(ids(nearestTerms('kodex', terms))).toContain('kodeks-etyki');
  });

  test('suggests nothing for a word far from every term', () => {
    expect(nearestTerms('xyzzy', terms)).toEqual([]);
    expect(nearestTerms('wy', terms)).toEqual([]);
  });
});

describe('SEARCH_ALIASES', () => {
  test('names only glossary terms that exist', () => {
    const known = new Set(glossaryTerms().map((t) => t.id));
    for (const [alias, targets] of Object.entries(SEARCH_ALIASES))
      for (const id of targets) expect(known.has(id), `${alias} -> ${id}`).toBe(true);
  });
});
