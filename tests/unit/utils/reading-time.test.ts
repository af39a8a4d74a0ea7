import { describe, expect, test } from 'vitest';
import { REFLECTION_MINUTES, WORDS_PER_MINUTE, activityMinutes, studyTime } from '../../../src/utils/reading-time.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `słowo${i}`).join(' ');

describe('studyTime', () => {
  test('returns the reading time of the words, rounded up, when a lesson has no activities', () => {
    expect(studyTime(words(WORDS_PER_MINUTE * 4 + 1))).toEqual({
      words: WORDS_PER_MINUTE * 4 + 1,
      reading: 5,
      activities: 0,
      total: 5,
    });
  });

  test('adds 3 minutes per reflection prompt and the minutes other components declare', () => {
    const body = [
      words(WORDS_PER_MINUTE),
      '<Reflection n="1">Pierwsze?</Reflection>',
      '<Reflection n="2" minutes="5">Drugie?</Reflection>',
      '<Practice minutes={4}>',
      '',
      '1. Krok.',
      '',
      '</Practice>',
    ].join('\n');
    expect(activityMinutes(body)).toBe(REFLECTION_MINUTES + 5 + 4);
    expect(studyTime(body).total).toBe(2 + REFLECTION_MINUTES + 5 + 4);
  });

  test('counts words of text only: not tags, attributes other than titles, link targets or markup', () => {
    const body =
      '## Nagłówek\n\n<Term id="mentor">mentora</Term> i [link](../x.html) **tu**.\n\n<Example title="Dwa słowa">\n\nJeden.\n\n</Example>';
    expect(studyTime(body).words).toBe(1 + 4 + 2 + 1);
  });
});
