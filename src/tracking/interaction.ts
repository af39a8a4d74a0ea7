/** A learner's response, in structured form; each SCORM adapter writes it in its own standard's format. */
export type LearnerResponse =
  | { kind: 'choice'; ids: string[] }
  | { kind: 'true-false'; value: boolean }
  | { kind: 'sequencing'; ids: string[] }
  | { kind: 'matching'; pairs: Array<[string, string]> }
  | { kind: 'fill-in'; text: string }
  | { kind: 'long-fill-in'; text: string }
  /** SCORM 2004 `other`: a free-form summary of several items. */
  | { kind: 'other'; text: string };

/** Where an interaction comes from: each SCORM adapter decides what of it the LMS gets. */
export type InteractionSource = 'assessment' | 'practice' | 'exercise';

/** One answer or exercise result, reported to the LMS as an interaction. */
export interface Interaction {
  /** Set by the tracker: the final assessment, a practice quiz or an exercise. */
  source?: InteractionSource;
  /** Set by the tracker: the activity (exercise or quiz id) the interaction belongs to. */
  activity?: string;
  /** Set by the tracker for the final assessment: the question's position in the attempt (0-based). */
  slot?: number;
  /** Stable ASCII id, e.g. `q-lo2-04` or `ex-roles-s07`. */
  id: string;
  /** Learning outcome (objective) the item assesses. */
  objective?: string;
  /** Short description of the item (2004 only; text the learner saw). */
  description?: string;
  response: LearnerResponse;
  /** The correct response, when the item has one. */
  correct?: LearnerResponse;
  /** The result, or (2004) the share of points as a decimal string such as "0.75". */
  result: 'correct' | 'incorrect' | 'neutral' | 'unanticipated' | `${number}`;
  /** Weight of the item in its activity. */
  weighting: number;
  /** Time from showing the item to the answer. */
  latencyMs: number;
  /** When the learner answered. */
  timestamp: Date;
}
