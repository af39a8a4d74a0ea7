import { describe, expect, test } from 'vitest';
import { scorm12InteractionFields, scorm2004InteractionFields } from '../../../../scorm/format/interactions.ts';
import { toInteractions } from '../../../../exercises/roles/interactions.ts';
import { gradeAll } from '../../../../exercises/roles/placements.ts';
import type { Statement } from '../../../../exercises/roles/schema.ts';

const statements: Statement[] = [
  { id: 's01', text: 'Wybiera podopiecznych.', roles: ['kierownik'], reason: 'r', lesson: 'matching' },
  { id: 's02', text: 'Uzgadnia plan sesji.', roles: ['mentor', 'podopieczny'], reason: 'r', lesson: 'first-session' },
];

describe('roles interactions', () => {
  const { results } = gradeAll(statements, { s01: ['kierownik'], s02: ['mentor'] });
  const at = new Date('2025-03-01T10:00:00Z');
  const interactions = toInteractions(statements, results, (id) => (id === 's01' ? 1500.4 : -3), at.getTime());

  test('returns one choice interaction per statement with the chosen and the right role ids', () => {
    expect(interactions).toEqual([
      {
        id: 'ex-roles-s01',
        objective: 'lo2',
        description: 'Wybiera podopiecznych.',
        response: { kind: 'choice', ids: ['kierownik'] },
        correct: { kind: 'choice', ids: ['kierownik'] },
        result: 'correct',
        weighting: 1,
        latencyMs: 1500,
        timestamp: at,
      },
      expect.objectContaining({
        id: 'ex-roles-s02',
        response: { kind: 'choice', ids: ['mentor'] },
        correct: { kind: 'choice', ids: ['mentor', 'podopieczny'] },
        result: 'incorrect',
        latencyMs: 0,
      }),
    ]);
  });

  test('returns responses in each SCORM format when the adapters write them', () => {
    const f12 = Object.fromEntries(scorm12InteractionFields(interactions[1]!));
    expect(f12['type']).toBe('choice');
    expect(f12['student_response']).toBe('mentor');
    expect(f12['correct_responses.0.pattern']).toBe('mentor,podopieczny');
    expect(f12['result']).toBe('wrong');
    const f2004 = Object.fromEntries(scorm2004InteractionFields(interactions[1]!));
    expect(f2004['correct_responses.0.pattern']).toBe('mentor[,]podopieczny');
  });
});
