import { describe, expect, test } from 'vitest';
import { toInteractions } from '../../../../exercises/matching/interactions.ts';
import { evaluate, findOptimum } from '../../../../exercises/matching/result.ts';
import type { Scenario } from '../../../../exercises/matching/schema.ts';
import { mentee, mentor } from './people.ts';

const X = -Infinity;
const scenario = {
  id: 'pary',
  mentees: [
    mentee({ id: 'kuba', name: 'Kuba' }),
    mentee({ id: 'ola', name: 'Ola', business: 'Biżuteria' }),
    mentee({ id: 'ewa2' }),
  ],
  mentors: [mentor({ id: 'tomasz' }), mentor({ id: 'ewa' }), mentor({ id: 'piotr' })],
} as Scenario;
const matrix = [
  [50, 10, 0],
  [40, 30, X],
  [0, 0, 20],
];
const capacity = [1, 1, 1];
const optimum = findOptimum(matrix, capacity);

function run(choices: number[], reasons: Record<string, string> = {}) {
  return toInteractions({
    activityId: 'ex-matching',
    scenario,
    evaluation: evaluate(choices, matrix, capacity, optimum),
    optimum,
    reasons,
    latencyMs: 1234,
    timestamp: new Date(0),
  });
}

describe('toInteractions', () => {
  test('returns one choice interaction per mentee with the optimal mentor as the correct response', () => {
    const interactions = run([0, 1, 2]);
    expect(interactions.map((i) => i.id)).toEqual([
      'ex-matching-pary-kuba',
      'ex-matching-pary-ola',
      'ex-matching-pary-ewa2',
    ]);
    expect(interactions[1]).toMatchObject({
      objective: 'lo5',
      description: 'Ola: Biżuteria',
      response: { kind: 'choice', ids: ['ewa'] },
      correct: { kind: 'choice', ids: ['ewa'] },
      result: 'correct',
      weighting: 1,
      latencyMs: 1234,
    });
  });

  test('returns neutral for an allowed but not optimal pair and incorrect for an impossible one', () => {
    const interactions = run([1, 2, 0]);
    expect(interactions.map((i) => i.result)).toEqual(['neutral', 'incorrect', 'neutral']);
  });

  test('adds a long-fill-in interaction for each written reason, weighted 0', () => {
    const interactions = run([0, 1, 2], { ola: '  Sprzedaje w sieci.  ', kuba: ' ' });
    expect(interactions).toHaveLength(4);
    expect(interactions[2]).toMatchObject({
      id: 'ex-matching-pary-ola-why',
      response: { kind: 'long-fill-in', text: 'Sprzedaje w sieci.' },
      result: 'neutral',
      weighting: 0,
    });
  });
});
