import { describe, expect, test } from 'vitest';
import {
  coverage,
  hasAny,
  matchesRule,
  tokenize,
  topicsOf,
  words,
} from '../../../../exercises/code-of-ethics/coverage.ts';
import { readCodeData } from '../../../../exercises/code-of-ethics/data.ts';

const { topics, suggestions } = readCodeData().principles;
const suggestion = (id: string) => suggestions.find((s) => s.id === id)!.text;

describe('words', () => {
  test('returns lower-case words without diacritics or punctuation', () => {
    expect(words('Zachowujemy POUFNOŚĆ, także po zakończeniu!')).toEqual([
      'zachowujemy',
      'poufnosc',
      'takze',
      'po',
      'zakonczeniu',
    ]);
  });

  test('returns ł folded to l', () => {
    expect(words('Mówimy, co myślimy; ważymy słowa')).toContain('slowa');
  });
});

describe('hasAny', () => {
  test('returns true when a stem starts one of the words', () => {
    expect(hasAny(tokenize('Dochowujemy tajemnicy'), 'poufn | tajemnic')).toBe(true);
  });

  test('returns false when the stem is only inside a word', () => {
    expect(hasAny(tokenize('Nieobecność zgłaszamy'), 'obecn')).toBe(false);
  });

  test('returns true only for consecutive words of a phrase', () => {
    expect(hasAny(tokenize('Kto nie może przyjść'), '~nie moż przyjś')).toBe(true);
    expect(hasAny(tokenize('Nie, kto może przyjść'), '~nie moż przyjś')).toBe(false);
  });

  test('returns true for a whole-word stem only on the whole word', () => {
    expect(hasAny(tokenize('Mentor uprzedza'), 'mentor$')).toBe(true);
    expect(hasAny(tokenize('W trakcie mentoringu'), 'mentor$')).toBe(false);
  });

  test('returns the same for typed diacritics and plain letters', () => {
    expect(hasAny(tokenize('zaleglosci nadrabiamy'), 'zaległ')).toBe(true);
  });

  test('returns false for an affirmed cue that is negated', () => {
    expect(hasAny(tokenize('Zachowujemy poufność'), 'poufn')).toBe(true);
    expect(hasAny(tokenize('Nie zachowujemy poufności'), 'poufn')).toBe(false);
  });

  test('returns true for a forbidden behaviour only when it is negated, in any way', () => {
    for (const text of ['Nie plotkujemy', 'Nikt nie plotkuje', 'Zero plotek', 'Unikamy plotek', 'Plotki są zakazane'])
      expect(hasAny(tokenize(text), 'nie plotk | nie plotek'), text).toBe(true);
    for (const text of ['Plotkujemy', 'Plotki są ok', 'Plotki nie są zakazane'])
      expect(hasAny(tokenize(text), 'nie plotk | nie plotek'), text).toBe(false);
  });

  test('returns true for a context cue whether negated or not', () => {
    expect(hasAny(tokenize('Nie mówimy nikomu'), '~nikomu')).toBe(true);
    expect(hasAny(tokenize('Gdy nie mogę przyjść'), '~nie mog')).toBe(true);
  });
});

describe('matchesRule', () => {
  test('returns false when an unless alternative is present', () => {
    const rule = { all: ['nieobecn', 'zgłasz'], unless: 'mentor$' };
    expect(matchesRule(tokenize('Nieobecność zgłaszamy kierownikowi'), rule)).toBe(true);
    expect(matchesRule(tokenize('Mentor zgłasza nieobecność'), rule)).toBe(false);
  });

  test('returns false when one slot is missing', () => {
    expect(matchesRule(tokenize('Szanujemy opinie'), { all: ['szanuj', 'czas$'] })).toBe(false);
  });
});

describe('topicsOf', () => {
  test('returns the topic of each suggested principle', () => {
    expect(topicsOf(suggestion('s2'), topics)).toEqual(['confidentiality']);
    expect(topicsOf(suggestion('s9'), topics)).toEqual(['mentor-notice']);
  });

  test('returns nothing for the extra suggestions', () => {
    for (const id of ['s10', 's11', 's12']) expect(topicsOf(suggestion(id), topics)).toEqual([]);
  });

  test('returns the topic of a reworded principle', () => {
    expect(topicsOf('To, co usłyszymy w grupie, zostaje w grupie, na zawsze.', topics)).toEqual(['confidentiality']);
    expect(topicsOf('Nie spóźniamy się.', topics)).toEqual(['time']);
    expect(topicsOf('Kazdy ma prawo do wlasnego zdania', topics)).toEqual(['opinions']);
  });

  test('returns two topics for a principle that joins them', () => {
    expect(topicsOf('Jesteśmy szczerzy i otwarci.', topics)).toEqual(['honesty', 'openness']);
  });

  test('returns the absence topic for a podopieczny, not for the mentor', () => {
    expect(topicsOf('Gdy nie mogę przyjść, uprzedzam grupę.', topics)).toEqual(['absence']);
    expect(topicsOf('Mentor, który nie może przyjść, uprzedza grupę.', topics)).toEqual(['mentor-notice']);
  });

  test('returns nothing for negated or permissive principles (issue 10)', () => {
    for (const text of [
      'Nie zachowujemy poufności.',
      'Nie musimy być punktualni.',
      'Mentor może odwołać spotkanie w ostatniej chwili.',
      'Spóźnienia nie są problemem.',
      'Przychodzimy na spotkania wtedy, gdy mamy czas.',
    ])
      expect(topicsOf(text, topics), text).toEqual([]);
  });

  test('returns confidentiality for the usual paraphrases (issue 10)', () => {
    for (const text of [
      'Nie mówimy nikomu, co usłyszymy.',
      'To, co tu powiemy, nie wychodzi z tego pokoju.',
      'Wszystko zostaje między nami.',
      'Nie robimy screenów z czatu.',
    ])
      expect(topicsOf(text, topics), text).toEqual(['confidentiality']);
  });

  test('returns honesty, not forethought, for "Mówimy, co myślimy"', () => {
    expect(topicsOf('Mówimy, co myślimy.', topics)).toEqual(['honesty']);
    expect(topicsOf('Myślimy o tym, co mówimy.', topics)).toEqual(['thinking']);
  });

  test('returns the rule kept by two negations and lost by one', () => {
    expect(topicsOf('Nie łamiemy zasady poufności.', topics)).toEqual(['confidentiality']);
    expect(topicsOf('Zdradzamy tajemnice.', topics)).toEqual([]);
    expect(topicsOf('Mentor nigdy nie odwołuje spotkań bez uprzedzenia.', topics)).toEqual(['mentor-notice']);
    expect(topicsOf('Mentor odwołuje spotkania bez uprzedzenia.', topics)).toEqual([]);
  });

  test('returns nothing for a principle on another subject', () => {
    expect(topicsOf('Na spotkania przynosimy własne kubki.', topics)).toEqual([]);
    expect(topicsOf('', topics)).toEqual([]);
  });
});

describe('coverage', () => {
  test('returns every topic covered by the nine suggested principles', () => {
    const result = coverage(['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9'].map(suggestion), topics);
    expect(result).toMatchObject({ covered: topics.length, max: topics.length, complete: true });
    expect(result.topics.every((r) => r.missingDetails.length === 0)).toBe(true);
  });

  test('returns the missing topics and the positions of the covering principles', () => {
    const result = coverage(['Jesteśmy szczerzy.', 'Na spotkaniach mamy kamery.', 'Jesteśmy otwarci.'], topics);
    expect(result).toMatchObject({ covered: 2, max: 9, complete: false });
    expect(result.topics.find((r) => r.id === 'honesty')).toEqual({
      id: 'honesty',
      covered: true,
      by: [0],
      missingDetails: [],
    });
    expect(result.topics.find((r) => r.id === 'openness')?.by).toEqual([2]);
    expect(result.topics.filter((r) => !r.covered).map((r) => r.id)).toEqual([
      'time',
      'confidentiality',
      'opinions',
      'thinking',
      'attendance',
      'absence',
      'mentor-notice',
    ]);
  });

  test('returns the finer points a covering principle lacks', () => {
    const result = coverage(['Zachowujemy poufność.', 'Mentor odwołuje spotkanie dwa dni wcześniej.'], topics);
    expect(result.topics.find((r) => r.id === 'confidentiality')?.missingDetails).toEqual(['after-end']);
    expect(result.topics.find((r) => r.id === 'mentor-notice')?.missingDetails).toEqual(['new-date']);
  });

  test('returns no finer points for an uncovered topic', () => {
    expect(coverage([], topics).topics.every((r) => !r.covered && r.missingDetails.length === 0)).toBe(true);
  });

  test('returns a complete code for the sample learner of the suspend data budget', () => {
    const sample = [
      'Szanujemy swój czas i przychodzimy punktualnie.',
      'To, co mówimy w grupie, zostaje w grupie, także po zakończeniu procesu.',
      'Szanujemy opinie innych, nawet gdy się z nimi nie zgadzamy.',
      'Zanim coś powiemy lub napiszemy, zastanawiamy się nad tym.',
      'Jesteśmy wobec siebie szczerzy i otwarci.',
      'Bierzemy udział we wszystkich zaplanowanych spotkaniach.',
      'Gdy ktoś nie może przyjść, uprzedza pozostałych i nadrabia zaległości.',
      'Mentor uprzedza o nieobecności co najmniej dwa dni wcześniej.',
    ];
    expect(coverage(sample, topics).complete).toBe(true);
  });
});

describe('the exercise data, example by example', () => {
  const cases = topics.flatMap((topic) => [
    ...topic.examples.map((text) => ({ topic: topic.id, text, credited: true })),
    ...topic.notExamples.map((text) => ({ topic: topic.id, text, credited: false })),
  ]);

  test('has at least 107 phrasings: the 47 it had before issue 10 and 60 more', () => {
    expect(cases.length).toBeGreaterThanOrEqual(107);
  });

  test.each(cases)('returns $topic as $credited for "$text"', ({ topic, text, credited }) => {
    expect(topicsOf(text, topics).includes(topic)).toBe(credited);
  });
});
