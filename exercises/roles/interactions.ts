import type { Interaction } from '../../src/tracking/interaction.ts';
import type { StatementResult } from './placements.ts';
import type { Statement } from './schema.ts';

/** The tracking id of the exercise (also the prefix of its interaction ids and saved answers). */
export const ACTIVITY_ID = 'ex-roles';
/** The learning outcome the exercise gives evidence for: distinguishing the roles. */
export const OBJECTIVE = 'lo2';

/** One interaction per statement: a choice of role ids against the key's role ids. */
export function toInteractions(
  statements: readonly Statement[],
  results: readonly StatementResult[],
  latencyMs: (id: string) => number,
  at: number,
): Interaction[] {
  const timestamp = new Date(at);
  const text = new Map(statements.map((s) => [s.id, s.text]));
  return results.map((r) => ({
    id: `${ACTIVITY_ID}-${r.id}`,
    objective: OBJECTIVE,
    description: text.get(r.id) ?? r.id,
    response: { kind: 'choice', ids: [...r.chosen] },
    correct: { kind: 'choice', ids: [...r.correct] },
    result: r.exact ? 'correct' : 'incorrect',
    weighting: 1,
    latencyMs: Math.max(0, Math.round(latencyMs(r.id))),
    timestamp,
  }));
}
