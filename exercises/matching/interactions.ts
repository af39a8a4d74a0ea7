// What the LMS receives when the learner checks a scenario: one choice interaction per mentee (learner's
// mentor vs the optimal one) and, where the learner wrote one, their reason as a long-fill-in.
//
// Result per mentee: `correct` when the chosen mentor is in some optimal assignment (result.ts), `incorrect`
// when the pair is impossible or no mentor was chosen, and `neutral` for any other allowed pair. Matching is
// a judgement call: a pair below the optimum is not wrong the way a false fact is, and the learner's reason
// may well justify it, so the LMS is not told it is wrong. The activity score (the learner's total against
// the optimum) carries the quality of the whole assignment.
import type { Interaction } from '../../src/tracking/interaction.ts';
import type { Evaluation, Optimum } from './result.ts';
import type { Scenario } from './schema.ts';

/** The learning outcome the exercise serves (lo5: organising the process, including matching). */
export const OBJECTIVE = 'lo5';

/** Stable interaction id of one mentee's placement, e.g. `ex-matching-pary-kuba`. */
export const interactionId = (activityId: string, scenarioId: string, menteeId: string) =>
  `${activityId}-${scenarioId}-${menteeId}`;

export interface InteractionInput {
  activityId: string;
  scenario: Scenario;
  evaluation: Evaluation;
  optimum: Optimum;
  /** Mentee id -> reason text. */
  reasons: Record<string, string>;
  latencyMs: number;
  timestamp: Date;
}

/** One interaction per mentee, plus one per written reason. */
export function toInteractions(input: InteractionInput): Interaction[] {
  const { activityId, scenario, evaluation, optimum, reasons, latencyMs, timestamp } = input;
  return scenario.mentees.flatMap((mentee, i): Interaction[] => {
    const row = evaluation.rows[i]!;
    const id = interactionId(activityId, scenario.id, mentee.id);
    const best = scenario.mentors[optimum.assignment[i] ?? -1];
    const description = `${mentee.name}: ${mentee.business}`;
    const placement: Interaction = {
      id,
      objective: OBJECTIVE,
      description,
      response: { kind: 'choice', ids: row.chosen >= 0 ? [scenario.mentors[row.chosen]!.id] : [] },
      ...(best ? { correct: { kind: 'choice', ids: [best.id] } } : {}),
      result: row.status === 'best' ? 'correct' : row.status === 'other' ? 'neutral' : 'incorrect',
      weighting: 1,
      latencyMs,
      timestamp,
    };
    const reason = reasons[mentee.id]?.trim();
    if (!reason) return [placement];
    return [
      placement,
      {
        id: `${id}-why`,
        objective: OBJECTIVE,
        description,
        response: { kind: 'long-fill-in', text: reason },
        result: 'neutral',
        weighting: 0,
        latencyMs,
        timestamp,
      },
    ];
  });
}
