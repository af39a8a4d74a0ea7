import { describe, expect, test } from 'vitest';
import { otherNames } from '../../../src/utils/term-names.ts';

describe('otherNames', () => {
  test('returns each synonym once, never the headword, and forms not already shown', () => {
    const names = otherNames({
      term: 'podopieczny',
      synonyms: ['mentee', 'podopieczna', 'Mentee', 'podopieczny'],
      forms: ['podopiecznego', 'podopieczna', 'podopiecznego'],
    });
    expect(names.synonyms).toEqual(['mentee', 'podopieczna']);
    expect(names.forms).toEqual(['podopiecznego']);
  });
});
