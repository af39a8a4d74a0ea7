import type { Interaction } from '../../src/tracking/interaction.ts';
import { codeAsText } from './code.ts';
import type { Coverage } from './coverage.ts';

/** The exercise's tracking id (exercises/registry.ts). */
export const ACTIVITY_ID = 'ex-code-of-ethics';

/** Keys of the learner's saved drafts. */
export const KEYS = {
  code: `${ACTIVITY_ID}:code`,
  agreement: `${ACTIVITY_ID}:agreement`,
  /** '1' once the code has been checked (the feedback comes back after a reload). */
  checked: `${ACTIVITY_ID}:checked`,
} as const;

/** Learning outcome the exercise serves: quality and ethics. */
export const OBJECTIVE = 'lo6';

/** The checked code as an LMS interaction: the text itself, neutral unless every topic is covered (no single right code). */
export function codeInteraction(
  texts: string[],
  result: Coverage,
  latencyMs: number,
  description: string,
  now = new Date(),
): Interaction {
  return {
    id: `${ACTIVITY_ID}-code`,
    objective: OBJECTIVE,
    description,
    response: { kind: 'long-fill-in', text: codeAsText(texts) },
    result: result.complete ? 'correct' : 'neutral',
    weighting: 1,
    latencyMs: Math.max(0, Math.round(latencyMs)),
    timestamp: now,
  };
}
