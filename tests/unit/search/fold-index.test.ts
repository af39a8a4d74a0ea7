import { describe, expect, test } from 'vitest';
import { buildSpellingMap, collectWords, foldPageText, restoreSpelling } from '../../../src/search/fold-index.ts';

describe('foldPageText', () => {
  test('folds ł in text only, never in tags or attributes', () => {
    const { html, words } = foldPageText('<p title="Łódź">Współpraca i <b>mały</b> krok</p>');
    expect(html).toBe('<p title="Łódź">Wspólpraca i <b>maly</b> krok</p>');
    expect(words).toEqual(
      new Map([
        ['Wspólpraca', 'Współpraca'],
        ['maly', 'mały'],
      ]),
    );
  });
});

describe('buildSpellingMap', () => {
  test('leaves out a folded form that is a real word elsewhere', () => {
    const real = new Set<string>();
    collectWords('<p>pół pól</p>', real);
    const page = foldPageText('<p>pół pól</p>');
    expect(buildSpellingMap([page], real)).toEqual({});
  });
});

describe('restoreSpelling', () => {
  test('returns excerpt words with their ł back, tags untouched', () => {
    expect(restoreSpelling('<mark>wspólpraca</mark> to maly krok', { wspólpraca: 'współpraca', maly: 'mały' })).toBe(
      '<mark>współpraca</mark> to mały krok',
    );
  });
});
