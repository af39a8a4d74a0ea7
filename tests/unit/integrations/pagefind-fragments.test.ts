import { describe, expect, test } from 'vitest';
import {
  decodeFragment,
  encodeFragment,
  withRealSpelling,
  type Fragment,
} from '../../../src/integrations/pagefind-fragments.ts';

const fragment = (content: string, title: string): Fragment => ({
  url: '/lekcje/welcome.html',
  content,
  word_count: content.split(' ').length,
  filters: { typ: ['Lekcje'] },
  meta: { title },
  anchors: [{ element: 'h2', id: 'a', text: title, location: 0 }],
});

describe('pagefind fragments', () => {
  test('decode returns what encode wrote', () => {
    const written = fragment('Poza szkołą.', 'Szkoła');
    expect(decodeFragment(encodeFragment(written))).toEqual(written);
  });

  test('withRealSpelling returns the folded fragment with the text as written', () => {
    const folded = fragment('Nie szkolą się poza szkolą.', 'Szkola');
    const real = fragment('Nie szkolą się poza szkołą.', 'Szkoła');
    const fixed = withRealSpelling(folded, real)!;
    expect(fixed.content).toBe('Nie szkolą się poza szkołą.');
    expect(fixed.meta['title']).toBe('Szkoła');
    expect(fixed.anchors?.[0]?.text).toBe('Szkoła');
    expect(fixed['word_count']).toBe(folded['word_count']);
  });

  test('withRealSpelling returns undefined when the texts do not line up', () => {
    expect(withRealSpelling(fragment('inny tekst', 'a'), fragment('Szkoła', 'a'))).toBeUndefined();
  });
});
