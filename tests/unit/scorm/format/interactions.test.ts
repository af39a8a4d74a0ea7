import { describe, expect, test } from 'vitest';
import {
  scorm12InteractionFields,
  scorm12Response,
  scorm2004InteractionFields,
  summaryInteraction,
  scorm2004Response,
  truncate,
} from '../../../../scorm/format/interactions.ts';
import type { Interaction, LearnerResponse } from '../../../../src/tracking/interaction.ts';

const responses: Array<[LearnerResponse, string, string]> = [
  [{ kind: 'choice', ids: ['a', 'c'] }, 'a,c', 'a[,]c'],
  [{ kind: 'true-false', value: true }, 't', 'true'],
  [{ kind: 'true-false', value: false }, 'f', 'false'],
  [{ kind: 'sequencing', ids: ['s1', 's2', 's3'] }, 's1,s2,s3', 's1[,]s2[,]s3'],
  [
    {
      kind: 'matching',
      pairs: [
        ['a', '1'],
        ['b', '2'],
      ],
    },
    'a.1,b.2',
    'a[.]1[,]b[.]2',
  ],
  [{ kind: 'fill-in', text: '  kodeks   etyki ' }, 'kodeks etyki', 'kodeks etyki'],
];

describe('response formats', () => {
  test.each(responses)('returns %j as 1.2 "%s" and 2004 "%s"', (response, v12, v2004) => {
    expect(scorm12Response(response)).toBe(v12);
    expect(scorm2004Response(response)).toBe(v2004);
  });

  test('returns learner text that cannot forge 2004 delimiters', () => {
    expect(scorm2004Response({ kind: 'fill-in', text: 'a[,]b[.]c {x}' })).toBe('a(,)b(.)c {x}');
    expect(scorm2004Response({ kind: 'long-fill-in', text: '{lang=en}tekst' })).toBe('(lang=en}tekst');
  });

  test('returns 1.2 responses cut to 255 characters, 2004 long-fill-in to 4000', () => {
    const long = 'ż'.repeat(5000);
    expect(scorm12Response({ kind: 'long-fill-in', text: long })).toHaveLength(255);
    expect(scorm2004Response({ kind: 'long-fill-in', text: long })).toHaveLength(4000);
  });

  test('truncate never splits a surrogate pair', () => {
    expect(truncate('ab😀c', 3)).toBe('ab😀');
  });
});

const interaction: Interaction = {
  id: 'q-lo2-04',
  objective: 'lo2',
  description: 'Kto wybiera podopiecznych?',
  response: { kind: 'choice', ids: ['b'] },
  correct: { kind: 'choice', ids: ['a'] },
  result: 'incorrect',
  weighting: 1,
  latencyMs: 12_340,
  timestamp: new Date(Date.UTC(2026, 10, 23, 7, 5, 9, 0)),
};

describe('scorm12InteractionFields', () => {
  test('returns 1.2 elements with result "wrong" and a CMITimespan latency', () => {
    const fields = Object.fromEntries(scorm12InteractionFields(interaction));
    expect(fields).toMatchObject({
      id: 'q-lo2-04',
      type: 'choice',
      'objectives.0.id': 'lo2',
      'correct_responses.0.pattern': 'a',
      student_response: 'b',
      result: 'wrong',
      weighting: '1',
      latency: '0000:00:12.34',
    });
    expect(fields['description']).toBeUndefined();
  });

  test('returns long-fill-in as 1.2 fill-in', () => {
    const fields = Object.fromEntries(
      scorm12InteractionFields({ ...interaction, response: { kind: 'long-fill-in', text: 'x' }, result: 'neutral' }),
    );
    expect(fields['type']).toBe('fill-in');
    expect(fields['result']).toBe('neutral');
  });
});

describe('scorm2004InteractionFields', () => {
  test('returns 2004 elements with result "incorrect", ISO latency and timestamp', () => {
    const fields = Object.fromEntries(scorm2004InteractionFields(interaction));
    expect(fields).toMatchObject({
      id: 'q-lo2-04',
      type: 'choice',
      learner_response: 'b',
      result: 'incorrect',
      latency: 'PT12.34S',
      timestamp: '2026-11-23T07:05:09.00Z',
      description: 'Kto wybiera podopiecznych?',
    });
  });
});

describe('scorm2004InteractionFields: sized for whole-model commits', () => {
  test('leaves out weighting 1 (the default) and an empty response, keeps other weights', () => {
    const unanswered = Object.fromEntries(
      scorm2004InteractionFields({ ...interaction, response: { kind: 'choice', ids: [] } }),
    );
    expect(unanswered['weighting']).toBeUndefined();
    expect(unanswered['learner_response']).toBeUndefined();
    expect(unanswered['result']).toBe('incorrect');
    expect(Object.fromEntries(scorm2004InteractionFields({ ...interaction, weighting: 2 }))['weighting']).toBe('2');
  });

  test('returns descriptions and text responses on one line, the description at most 64 characters', () => {
    const fields = Object.fromEntries(
      scorm2004InteractionFields({
        ...interaction,
        description: `Pierwsza linia\n${'długi opis '.repeat(20)}`,
        response: { kind: 'long-fill-in', text: 'Szanujemy czas.\r\nMówimy szczerze.\u2028Koniec.' },
      }),
    );
    expect(fields['description']).not.toMatch(/[\r\n\u2028]/);
    expect([...fields['description']!].length).toBeLessThanOrEqual(64);
    expect(fields['learner_response']).toBe('Szanujemy czas. / Mówimy szczerze. / Koniec.');
  });
});

describe('summaryInteraction', () => {
  test('returns one "other" interaction for an exercise check: item responses and the share of points', () => {
    const items = ['s01', 's02'].map((id, n) => ({
      ...interaction,
      id: `ex-roles-${id}`,
      response: { kind: 'choice' as const, ids: n ? ['mentor', 'mentee'] : ['manager'] },
    }));
    const summary = summaryInteraction('ex-roles', items, { score: 3, max: 4 });
    expect(summary).toMatchObject({ id: 'ex-roles', objective: 'lo2', result: '0.75' });
    expect(summary.response).toEqual({ kind: 'other', text: 's01=manager;s02=mentor+mentee' });
    expect(summary.latencyMs).toBe(2 * interaction.latencyMs);
  });
});
