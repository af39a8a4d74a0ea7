import { describe, expect, test } from 'vitest';
import { partText, points, reasonText, years } from '../../../../exercises/matching/labels.ts';
import { scoreScenario } from '../../../../exercises/matching/model.ts';
import { loadMatching } from '../../../../exercises/matching/data.ts';

describe('years', () => {
  test('returns the Polish plural of years', () => {
    expect([1, 2, 4, 5, 12, 14, 22, 25, 52].map(years)).toEqual([
      '1 rok',
      '2 lata',
      '4 lata',
      '5 lat',
      '12 lat',
      '14 lat',
      '22 lata',
      '25 lat',
      '52 lata',
    ]);
  });
});

describe('points', () => {
  test('returns tenths as Polish decimals, signed when asked', () => {
    expect(points(125)).toBe('12,5');
    expect(points(720)).toBe('72');
    expect(points(67, true)).toBe('+6,7');
    expect(points(-60, true)).toMatch(/^[-−]6$/);
    expect(points(0, true)).toBe('0');
  });
});

describe('reasonText', () => {
  test('returns a sentence with every placeholder filled for every pair of every scenario', () => {
    const { model, scenarios } = loadMatching();
    for (const scenario of scenarios) {
      for (const row of scoreScenario(scenario, model)) {
        for (const pair of row) {
          for (const part of pair.parts) {
            const text = partText(part, model);
            expect(text, text).not.toMatch(/[{}]|undefined|matching\./);
          }
          for (const reason of pair.forbidden ?? []) expect(reasonText(reason, model)).not.toMatch(/[{}]|undefined/);
        }
      }
    }
  });

  test('returns labels from the vocabulary, not tags', () => {
    const { model } = loadMatching();
    expect(reasonText({ code: 'industrySame', tags: ['rowery', 'rowery'] }, model)).toBe(
      'ta sama branża: naprawa i sprzedaż rowerów',
    );
    expect(reasonText({ code: 'availabilityOne', tags: ['weekend'] }, model)).toBe(
      'tylko jedna wspólna pora spotkań: weekend',
    );
  });
});
