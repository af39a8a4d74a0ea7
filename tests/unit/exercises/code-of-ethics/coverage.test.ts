import { describe, expect, test } from 'vitest';
import { coverage, hasAny, matchesRule, topicsOf, words } from '../../../../exercises/code-of-ethics/coverage.ts';
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
    expect(hasAny(words('Dochowujemy tajemnicy'), 'poufn | tajemnic')).toBe(true);
  });

  test('returns false when the stem is only inside a word', () => {
    expect(hasAny(words('Nieobecność zgłaszamy'), 'obecn')).toBe(false);
  });

  test('returns true only for consecutive words of a phrase', () => {
    expect(hasAny(words('Kto nie może przyjść'), 'nie moż przyjś')).toBe(true);
    expect(hasAny(words('Nie, kto może przyjść'), 'nie moż przyjś')).toBe(false);
  });

  test('returns true for a whole-word stem only on the whole word', () => {
    expect(hasAny(words('Mentor uprzedza'), 'mentor$')).toBe(true);
    expect(hasAny(words('W trakcie mentoringu'), 'mentor$')).toBe(false);
  });

  test('returns the same for typed diacritics and plain letters', () => {
    expect(hasAny(words('zaleglosci nadrabiamy'), 'zaległ')).toBe(true);
  });
});

describe('matchesRule', () => {
  test('returns false when an unless alternative is present', () => {
    const rule = { all: ['nieobecn', 'zgłasz'], unless: 'mentor$' };
    expect(matchesRule(words('Nieobecność zgłaszamy kierownikowi'), rule)).toBe(true);
    expect(matchesRule(words('Mentor zgłasza nieobecność'), rule)).toBe(false);
  });

  test('returns false when one slot is missing', () => {
    expect(matchesRule(words('Szanujemy opinie'), { all: ['szanuj', 'czas$'] })).toBe(false);
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
