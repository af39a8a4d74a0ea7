import { describe, expect, test } from 'vitest';
import { agree, partText, points, reasonText, years } from '../../../../exercises/matching/labels.ts';
import { scoreScenario, type People } from '../../../../exercises/matching/model.ts';
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
            const text = partText(part, model, pair.people);
            expect(text, text).not.toMatch(/[{}[\]|]|undefined|matching\./);
          }
          for (const reason of pair.forbidden ?? [])
            expect(reasonText(reason, model, pair.people)).not.toMatch(/[{}[\]|]|undefined/);
        }
      }
    }
  });

  const people: People = { mentee: { name: 'Ola', grammar: 'f' }, mentor: { name: 'Tomasz', grammar: 'm' } };

  test('returns labels from the vocabulary, not tags', () => {
    const { model } = loadMatching();
    expect(reasonText({ code: 'industrySame', tags: ['rowery', 'rowery'] }, model, people)).toBe(
      'ta sama branża: naprawa i sprzedaż rowerów',
    );
    expect(reasonText({ code: 'availabilityOne', tags: ['weekend'] }, model, people)).toBe(
      'tylko jedna wspólna pora spotkań: weekend',
    );
  });

  test("names the people and makes the words agree with each one's grammatical form", () => {
    const { model } = loadMatching();
    expect(reasonText({ code: 'ageFar', n: 25 }, model, people)).toBe(
      'Ola wolała kogoś w podobnym wieku (różnica: 25 lat)',
    );
    const he: People = { mentee: { name: 'Kuba', grammar: 'm' }, mentor: { name: 'Ewa', grammar: 'f' } };
    expect(reasonText({ code: 'ageFar', n: 25 }, model, he)).toBe(
      'Kuba wolał kogoś w podobnym wieku (różnica: 25 lat)',
    );
    expect(reasonText({ code: 'ageExperienced', n: 16 }, model, he)).toBe(
      'Ewa jest starsza i doświadczona, jak chciał Kuba',
    );
  });

  test('never says "podopieczny wolał" about a woman in any scenario', () => {
    const { model, scenarios } = loadMatching();
    for (const scenario of scenarios) {
      for (const row of scoreScenario(scenario, model)) {
        for (const pair of row) {
          const texts = pair.parts.map((part) => partText(part, model, pair.people)).join(' ');
          expect(texts).not.toMatch(/podopieczn/);
          if (pair.people.mentee.grammar === 'f')
            expect(texts).not.toMatch(
              new RegExp(`${pair.people.mentee.name} (wolał|chciał|wpisał|przyszedł)(?![a-ząćęłńóśźż])`),
            );
        }
      }
    }
  });
});

describe('agree', () => {
  test('leaves a name that looks like a placeholder as it is', () => {
    const odd: People = { mentee: { name: '{mentor}', grammar: 'm' }, mentor: { name: 'Ewa', grammar: 'f' } };
    expect(agree('{mentee} i {mentor}', odd)).toBe('{mentor} i Ewa');
  });
});
