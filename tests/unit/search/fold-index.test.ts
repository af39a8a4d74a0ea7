import { describe, expect, test } from 'vitest';
import { foldPageText } from '../../../src/search/fold-index.ts';

describe('foldPageText', () => {
  test('folds ł in text only, never in tags or attributes', () => {
    expect(foldPageText('<p title="Łódź">Współpraca i <b>mały</b> krok</p>')).toBe(
      '<p title="Łódź">Wspólpraca i <b>maly</b> krok</p>',
    );
  });
});
