import { describe, expect, test } from 'vitest';
import { fill, translator } from '../../../src/i18n/fill.ts';
import { pluralizer } from '../../../src/i18n/pluralizer.ts';
import { assessmentPl } from '../../../src/i18n/pl/quiz.ts';

describe('fill', () => {
  test('returns the template with known placeholders filled and unknown ones kept', () => {
    expect(fill('{a} z {b}, {c}', { a: 1, b: 'dwóch' })).toBe('1 z dwóch, {c}');
  });
});

describe('translator and pluralizer', () => {
  test('plural returns the Polish form of the count: 1 pytanie, 2-4 pytania, 5+ pytań, 22 pytania', () => {
    const plural = pluralizer(assessmentPl);
    expect([1, 2, 4, 5, 12, 22, 24, 25].map((n) => plural('assessment.questions', n))).toEqual([
      '1 pytanie',
      '2 pytania',
      '4 pytania',
      '5 pytań',
      '12 pytań',
      '22 pytania',
      '24 pytania',
      '25 pytań',
    ]);
  });

  test('confirmMissing reads right for each form', () => {
    const t = translator(assessmentPl);
    const plural = pluralizer(assessmentPl);
    const say = (n: number) =>
      t('assessment.confirmMissing', { count: plural('assessment.questions', n), numbers: '3' });
    expect(say(1)).toBe('Nie odpowiedziano na 1 pytanie (nr 3). Wysłać test mimo to?');
    expect(say(3)).toBe('Nie odpowiedziano na 3 pytania (nr 3). Wysłać test mimo to?');
    expect(say(7)).toBe('Nie odpowiedziano na 7 pytań (nr 3). Wysłać test mimo to?');
  });

  test('plural falls back to the "other" form when a form is missing', () => {
    const plural = pluralizer({ 'x.one': '{n} raz', 'x.other': '{n} razy' });
    expect([1, 2, 5].map((n) => plural('x', n))).toEqual(['1 raz', '2 razy', '5 razy']);
  });
});
