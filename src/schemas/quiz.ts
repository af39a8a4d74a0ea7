import { z } from 'astro/zod';
import { stableId } from './ids.ts';

const text = z.string().min(1);

/** The two pools of every bank: practice items never reach the final test, and the reverse. */
export const POOLS = ['practice', 'final'] as const;
export type Pool = (typeof POOLS)[number];

/** The fewest items a bank's pool may hold (a retake of the final test should draw other items). */
export const POOL_MINIMUM: Record<Pool, number> = { practice: 10, final: 8 };

/** Fields every question has. */
const base = {
  /** Stable ASCII id, e.g. `q-lo2-04`: the SCORM interaction id. */
  id: stableId,
  /** Which pool: `practice` (shown with feedback on the practice page) or `final` (only in the final test). */
  pool: z.enum(POOLS),
  /** True for a short youth-work scenario in which the learner decides (at least half of each final pool). */
  scenario: z.boolean().optional(),
  /** Lesson id the question draws on. */
  lesson: stableId,
  /** Optional heading id in that lesson (the link goes to the section). */
  anchor: z
    .string()
    .regex(/^[\p{Ll}\p{N}-]+$/u, 'a heading id: lower case, hyphens')
    .optional(),
  /** The question as the learner reads it. */
  prompt: text,
  /** Why the right answer is right; shown after answering and in the review. */
  explanation: text,
};

/** An answer option with its own feedback. */
const option = z.object({
  /** Short ASCII id, e.g. `a`: the SCORM response token. */
  id: z.string().regex(/^[a-z0-9]{1,8}$/),
  text,
  correct: z.boolean().default(false),
  /** Feedback when the learner picks this option. */
  feedback: text,
});

export const questionSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('single'), options: z.array(option).min(2) }),
  z.object({ ...base, type: z.literal('multiple'), options: z.array(option).min(3) }),
  z.object({
    ...base,
    type: z.literal('true-false'),
    /** The correct answer. */
    answer: z.boolean(),
    /** Feedback for each answer the learner may give. */
    feedback: z.object({ true: text, false: text }),
  }),
  z.object({
    ...base,
    type: z.literal('ordering'),
    /** Items in the correct order (shown shuffled). */
    items: z.array(z.object({ id: z.string().regex(/^[a-z0-9]{1,8}$/), text })).min(3),
  }),
  z.object({
    ...base,
    type: z.literal('matching'),
    /** Correct pairs (the right-hand side is shown shuffled). */
    pairs: z.array(z.object({ id: z.string().regex(/^[a-z0-9]{1,8}$/), left: text, right: text })).min(3),
  }),
  z.object({
    ...base,
    type: z.literal('short'),
    /** Accepted answers; compared ignoring case, spacing and Polish diacritics. */
    accepted: z.array(text).min(1),
  }),
]);

/** A question bank for one learning outcome (`content/quizzes/<outcome>.yaml`). */
export const quizBankSchema = z.object({
  /** The learning outcome id the bank assesses (from course.yaml). */
  outcome: stableId,
  /** Title of the practice quiz. */
  title: text,
  /** Practice and final items together (each names its `pool`; the content check counts both pools). */
  questions: z.array(questionSchema).min(1),
});

export type Question = z.output<typeof questionSchema>;
export type QuizBank = z.output<typeof quizBankSchema>;
