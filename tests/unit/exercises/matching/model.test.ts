import { describe, expect, test } from 'vitest';
import { RULES, scorePair, strengthsAndWeaknesses } from '../../../../exercises/matching/model.ts';
import { mentee, mentor, model } from './people.ts';

describe('RULES', () => {
  test('returns +1 for wishes when the mentor offers every need, -1 when none, in between for some', () => {
    expect(
      RULES.wishes(mentee({ needs: ['ceny', 'kontakty'] }), mentor({ offers: ['kontakty', 'ceny', 'fach'] })),
    ).toEqual({
      value: 1,
      reason: { code: 'wishesAll', tags: ['ceny', 'kontakty'] },
    });
    expect(RULES.wishes(mentee({ needs: ['ceny'] }), mentor({ offers: ['fach'] })).value).toBe(-1);
    const some = RULES.wishes(mentee({ needs: ['ceny', 'kontakty', 'fach'] }), mentor({ offers: ['ceny'] }));
    expect(some.value).toBeCloseTo(-1 / 3);
    expect(some.reason).toEqual({ code: 'wishesSome', tags: ['ceny'], other: ['kontakty', 'fach'] });
  });

  test('returns -1 for motivation when both sides are lukewarm or the mentor has far too little time', () => {
    expect(RULES.motivation(mentee({ motivation: 1 }), mentor({ commitment: 1 })).value).toBe(-1);
    expect(RULES.motivation(mentee({ motivation: 3 }), mentor({ commitment: 1 })).value).toBe(-1);
    expect(RULES.motivation(mentee({ motivation: 3 }), mentor({ commitment: 2 })).value).toBe(-0.5);
    expect(RULES.motivation(mentee({ motivation: 2 }), mentor({ commitment: 3 })).value).toBe(1);
  });

  test('returns the best interpersonal fit for a shy mentee with a patient mentor and the worst with an impatient one', () => {
    expect(RULES.interaction(mentee({ openness: 1 }), mentor({ skills: 3 })).value).toBe(1);
    expect(RULES.interaction(mentee({ openness: 1 }), mentor({ skills: 1 })).value).toBe(-1);
    expect(RULES.interaction(mentee({ openness: 3 }), mentor({ skills: 1 })).reason.code).toBe('interactionFair');
  });

  test('never takes points for different life experience, but does for no shared values or interests', () => {
    expect(RULES.experience(mentee({ experience: ['wies'] }), mentor({ experience: ['studia'] })).value).toBe(0);
    expect(
      RULES.experience(mentee({ experience: ['wies', 'studia'] }), mentor({ experience: ['studia', 'wies'] })).value,
    ).toBe(1);
    expect(RULES.values(mentee({ values: ['ekologia'] }), mentor({ values: ['stabilnosc'] })).value).toBe(-1);
    expect(RULES.values(mentee({ values: ['ekologia', 'rodzina'] }), mentor({ values: ['rodzina'] })).value).toBe(0.5);
    expect(RULES.interests(mentee({ interests: ['rower'] }), mentor({ interests: [] })).value).toBe(-0.5);
  });

  test('returns 0 for age and gender when the mentee has no wish about them', () => {
    expect(RULES.age(mentee({ age: 19 }), mentor({ age: 70 })).value).toBe(0);
    expect(RULES.gender(mentee(), mentor({ gender: 'k' })).value).toBe(0);
  });

  test('follows the age wish: close in age within 10 years, experienced at least 15 years older', () => {
    const close = mentee({ age: 20, prefers: { gender: 'obojetne', age: 'bliski' } });
    expect(RULES.age(close, mentor({ age: 30 }))).toEqual({ value: 1, reason: { code: 'ageClose', n: 10 } });
    expect(RULES.age(close, mentor({ age: 38 })).value).toBe(-0.5);
    expect(RULES.age(close, mentor({ age: 45 })).value).toBe(-1);
    const experienced = mentee({ age: 20, prefers: { gender: 'obojetne', age: 'doswiadczony' } });
    expect(RULES.age(experienced, mentor({ age: 35 })).value).toBe(1);
    expect(RULES.age(experienced, mentor({ age: 30 })).value).toBe(-0.5);
  });

  test('returns +1 or -1 for gender when the mentee asked for a woman', () => {
    const wish = mentee({ prefers: { gender: 'k', age: 'obojetny' } });
    expect(RULES.gender(wish, mentor({ gender: 'k' })).value).toBe(1);
    expect(RULES.gender(wish, mentor({ gender: 'm' }))).toEqual({
      value: -1,
      reason: { code: 'genderNotWished', tags: ['k'] },
    });
  });

  test('rewards a mentor who shares the family duties of a mentee who has them', () => {
    const parent = mentee({ family: 'dzieci' });
    expect(RULES.family(parent, mentor({ family: 'dzieci' })).value).toBe(1);
    expect(RULES.family(parent, mentor({ family: 'opieka' })).value).toBe(0.5);
    expect(RULES.family(parent, mentor({ family: 'brak' })).value).toBe(-0.5);
    expect(RULES.family(mentee({ family: 'brak' }), mentor({ family: 'dzieci' })).value).toBe(0);
  });

  test("gives the full industry point only for the mentor's own industry", () => {
    expect(RULES.industry(mentee({ industry: 'rowery' }), mentor({ industries: ['rowery'] })).value).toBe(1);
    expect(RULES.industry(mentee({ industry: 'rowery' }), mentor({ industries: ['rzemioslo', 'rowery'] })).value).toBe(
      0.5,
    );
    expect(RULES.industry(mentee({ industry: 'foto' }), mentor({ industries: ['rowery'] })).value).toBe(-0.5);
  });

  test('forbids a pair with no shared time and scores more shared times higher', () => {
    expect(
      RULES.availability(mentee({ availability: ['dni-rano'] }), mentor({ availability: ['weekend'] })).forbidden,
    ).toBe(true);
    expect(RULES.availability(mentee({ availability: ['weekend'] }), mentor({ availability: ['weekend'] })).value).toBe(
      -0.5,
    );
    const all = ['dni-rano', 'dni-popoludnie', 'weekend'] as const;
    expect(RULES.availability(mentee({ availability: [...all] }), mentor({ availability: [...all] })).value).toBe(1);
  });

  test('forbids face to face only with online only, and accepts blended work as a compromise', () => {
    const face = mentee({ form: 'stacjonarnie' });
    const online = mentee({ form: 'online' });
    const blended = mentee({ form: 'mieszany' });
    expect(RULES.form(face, mentor({ forms: ['online'] })).forbidden).toBe(true);
    expect(RULES.form(online, mentor({ forms: ['stacjonarnie'] })).forbidden).toBe(true);
    expect(RULES.form(face, mentor({ forms: ['online', 'mieszany'] })).value).toBe(-0.5);
    expect(RULES.form(blended, mentor({ forms: ['stacjonarnie'] })).value).toBe(-0.5);
    // Blended needs at least three face-to-face sessions: an online-only mentor cannot give it.
    expect(RULES.form(blended, mentor({ forms: ['online'] })).forbidden).toBe(true);
    expect(RULES.form(blended, mentor({ forms: ['stacjonarnie', 'online'] })).value).toBe(1);
  });
});

describe('scorePair', () => {
  test('returns the sum of weight x value per criterion, in tenths, with one part per criterion', () => {
    const pair = scorePair(mentee(), mentor(), model);
    expect(pair.parts.map((p) => p.criterion)).toEqual(model.criteria.map((c) => c.id));
    expect(pair.total).toBe(pair.parts.reduce((sum, p) => sum + p.points, 0));
    for (const part of pair.parts) {
      const weight = model.criteria.find((c) => c.id === part.criterion)!.weight;
      expect(part.points).toBe(Math.round(weight * part.value * 10));
    }
    expect(pair.forbidden).toBeUndefined();
  });

  test('returns at most 100 points for a perfect pair', () => {
    const perfect = scorePair(
      mentee({
        needs: ['ceny'],
        values: ['rodzina', 'ekologia'],
        experience: ['wies', 'studia'],
        interests: ['rower', 'gory'],
      }),
      mentor({
        offers: ['ceny'],
        values: ['rodzina', 'ekologia'],
        experience: ['wies', 'studia'],
        interests: ['rower', 'gory'],
      }),
      model,
    );
    expect(perfect.total).toBeLessThanOrEqual(1000);
  });

  test('returns -Infinity and the broken constraints when the pair cannot meet', () => {
    const pair = scorePair(
      mentee({ availability: ['dni-rano'], form: 'online' }),
      mentor({ availability: ['weekend'] }),
      model,
    );
    expect(pair.total).toBe(-Infinity);
    expect(pair.forbidden?.map((r) => r.code)).toEqual(['availabilityNone', 'formImpossible']);
  });
});

describe('strengthsAndWeaknesses', () => {
  test('returns the largest positive and the most negative parts, two of each', () => {
    const pair = scorePair(
      mentee({ needs: ['ceny'], values: ['ekologia'], interests: ['gry'], prefers: { gender: 'k', age: 'obojetny' } }),
      mentor({ offers: ['ceny'], values: ['stabilnosc'], commitment: 1 }),
      model,
    );
    const { strengths, weaknesses } = strengthsAndWeaknesses(pair);
    expect(strengths.map((p) => p.criterion)).toEqual(['wishes', 'industry']);
    expect(weaknesses.map((p) => p.criterion)).toEqual(['values', 'gender']);
    expect(strengths.every((p) => p.points > 0) && weaknesses.every((p) => p.points < 0)).toBe(true);
  });
});
