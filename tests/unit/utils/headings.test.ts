import { describe, expect, test } from 'vitest';
import { explicitHeadingIds, headingIds } from '../../../src/utils/headings.ts';

describe('headingIds', () => {
  test('returns the slugs of Markdown headings and the explicit ids of HTML headings', () => {
    const body =
      '## Poufność w e-mentoringu\n\ntekst\n\n<h2 id="granice-zawodowe">Granice zawodowe</h2>\n\n### Kodeks w praktyce\n';
    expect([...headingIds(body)].sort()).toEqual(['granice-zawodowe', 'kodeks-w-praktyce', 'poufność-w-e-mentoringu']);
  });

  test('keeps an explicit id when the heading text changes', () => {
    expect(explicitHeadingIds('<h2 id="granice-zawodowe">Granice w pracy z młodzieżą</h2>')).toEqual([
      'granice-zawodowe',
    ]);
  });
});
