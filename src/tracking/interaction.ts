/** A learner's response, in structured form; each SCORM adapter writes it in its own standard's format. */
export type LearnerResponse =
  | { kind: 'choice'; ids: string[] }
  | { kind: 'true-false'; value: boolean }
  | { kind: 'sequencing'; ids: string[] }
  | { kind: 'matching'; pairs: Array<[string, string]> }
  | { kind: 'fill-in'; text: string }
  | { kind: 'long-fill-in'; text: string };

/** One answer or exercise result, reported to the LMS as an interaction. */
export interface Interaction {
  /** Stable ASCII id, e.g. `q-lo2-04` or `ex-roles-s07`. */
  id: string;
  /** Learning outcome (objective) the item assesses. */
  objective?: string;
  /** Short description of the item (2004 only; text the learner saw). */
  description?: string;
  response: LearnerResponse;
  /** The correct response, when the item has one. */
  correct?: LearnerResponse;
  result: 'correct' | 'incorrect' | 'neutral' | 'unanticipated';
  /** Weight of the item in its activity. */
  weighting: number;
  /** Time from showing the item to the answer. */
  latencyMs: number;
  /** When the learner answered. */
  timestamp: Date;
}
