import { describe, expect, test } from 'vitest';
import { decodeSaved, emptySaved, encodeSaved, MAX_REASON } from '../../../../exercises/matching/saved.ts';
import type { Scenario } from '../../../../exercises/matching/schema.ts';
import { mentee, mentor } from './people.ts';

const scenario = {
  id: 'pary',
  mentees: [mentee({ id: 'kuba' }), mentee({ id: 'ola' }), mentee({ id: 'marta' })],
  mentors: [mentor({ id: 'tomasz' }), mentor({ id: 'ewa' })],
} as Scenario;

describe('encodeSaved / decodeSaved', () => {
  test('returns the same work after a round trip: choices as indices, reasons under their own key', () => {
    const saved = {
      choices: { kuba: 'tomasz', ola: 'ewa' },
      reasons: { ola: 'Ta sama branża, „sklep” online.' },
      checked: true,
    };
    const stored = encodeSaved(saved, scenario);
    expect(stored).toEqual({ state: '2k01.', reasons: '{"ola":"Ta sama branża, „sklep” online."}' });
    expect(decodeSaved(stored.state, stored.reasons, scenario)).toEqual(saved);
  });

  test('returns empty strings when there is nothing to keep', () => {
    expect(encodeSaved(emptySaved(), scenario)).toEqual({ state: '', reasons: '' });
    expect(encodeSaved({ choices: {}, reasons: { kuba: '   ' }, checked: true }, scenario)).toEqual({
      state: '',
      reasons: '',
    });
  });

  test('cuts reasons to the maximum length', () => {
    const long = 'a'.repeat(MAX_REASON + 50);
    const stored = encodeSaved({ choices: {}, reasons: { kuba: long }, checked: false }, scenario);
    expect(decodeSaved(stored.state, stored.reasons, scenario).reasons['kuba']).toHaveLength(MAX_REASON);
  });

  test('migrates version 1 (one JSON value), dropping people no longer in the scenario', () => {
    const value = '{"v":1,"c":"kuba.tomasz,ola.nikt,ktos.ewa","r":{"ktos":"x","kuba":"y"},"k":1}';
    expect(decodeSaved(value, undefined, scenario)).toEqual({
      choices: { kuba: 'tomasz' },
      reasons: { kuba: 'y' },
      checked: true,
    });
  });

  test('drops choices beyond the scenario and keeps the choices when the reasons are unreadable', () => {
    expect(decodeSaved('2-0z11', 'not json', scenario)).toEqual({
      choices: { kuba: 'tomasz', marta: 'ewa' },
      reasons: {},
      checked: false,
    });
  });

  test('returns empty work when the saved value is unreadable or of another version', () => {
    for (const value of [undefined, '', 'not json', '[1,2]', '{"v":3,"c":"kuba.tomasz"}', '9k01', '2k0/1']) {
      expect(decodeSaved(value, undefined, scenario)).toEqual(emptySaved());
    }
  });
});
