import { describe, expect, test } from 'vitest';
import { decodeSaved, emptySaved, encodeSaved, MAX_REASON } from '../../../../exercises/matching/saved.ts';
import type { Scenario } from '../../../../exercises/matching/schema.ts';
import { mentee, mentor } from './people.ts';

const scenario = {
  id: 'pary',
  mentees: [mentee({ id: 'kuba' }), mentee({ id: 'ola' })],
  mentors: [mentor({ id: 'tomasz' }), mentor({ id: 'ewa' })],
} as Scenario;

describe('encodeSaved / decodeSaved', () => {
  test('returns the same work after a round trip', () => {
    const saved = {
      choices: { kuba: 'tomasz', ola: 'ewa' },
      reasons: { ola: 'Ta sama branża, „sklep” online.' },
      checked: true,
    };
    const encoded = encodeSaved(saved);
    expect(encoded).toBe('{"v":1,"c":"kuba.tomasz,ola.ewa","r":{"ola":"Ta sama branża, „sklep” online."},"k":1}');
    expect(decodeSaved(encoded, scenario)).toEqual(saved);
  });

  test('returns an empty string when there is nothing to keep', () => {
    expect(encodeSaved(emptySaved())).toBe('');
    expect(encodeSaved({ choices: {}, reasons: { kuba: '   ' }, checked: true })).toBe('');
  });

  test('cuts reasons to the maximum length', () => {
    const long = 'a'.repeat(MAX_REASON + 50);
    expect(
      decodeSaved(encodeSaved({ choices: {}, reasons: { kuba: long }, checked: false }), scenario).reasons['kuba'],
    ).toHaveLength(MAX_REASON);
  });

  test('drops choices and reasons naming people no longer in the scenario', () => {
    const value = '{"v":1,"c":"kuba.tomasz,ola.nikt,ktos.ewa","r":{"ktos":"x","kuba":"y"},"k":1}';
    expect(decodeSaved(value, scenario)).toEqual({
      choices: { kuba: 'tomasz' },
      reasons: { kuba: 'y' },
      checked: true,
    });
  });

  test('returns empty work when the saved value is unreadable or of another version', () => {
    for (const value of [undefined, '', 'not json', '[1,2]', '{"v":2,"c":"kuba.tomasz"}', '{"v":1,"c":5,"r":"x"}']) {
      expect(decodeSaved(value, scenario)).toEqual(emptySaved());
    }
  });
});
