import { z } from 'astro/zod';
import { stableId } from './ids.ts';

/** One learning outcome of the module; its id becomes a SCORM objective id. */
export const outcomeSchema = z.object({
  /** Stable id, e.g. `lo1`; never renamed once published. */
  id: stableId,
  /** Short title shown in lists and progress. */
  title: z.string().min(3),
  /** The full outcome statement. */
  description: z.string().min(10),
});

/** The course configuration (`content/course/course.yaml`). */
export const courseSchema = z.object({
  /** Stable course id, used for the SCORM manifest and storage keys. */
  id: stableId,
  /** Full title of the module. */
  title: z.string().min(3),
  /** Short title for the header. */
  shortTitle: z.string().min(3),
  /** One-paragraph description (home page, manifest). */
  description: z.string().min(10),
  /** BCP 47 language tag of the content. */
  language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/),
  /** Version of the content, semantic versioning. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'use semantic versioning, e.g. 1.0.0'),
  /** Percentage the final assessment must reach to pass. */
  masteryScore: z.number().int().min(0).max(100).default(80),
  /** The final assessment. */
  assessment: z
    .object({
      /** Questions drawn from each learning outcome's bank. */
      questionsPerOutcome: z.number().int().min(1).default(4),
      /** Attempts allowed; 0 means unlimited. The best attempt counts. */
      attempts: z.number().int().min(0).default(0),
    })
    .default({ questionsPerOutcome: 4, attempts: 0 }),
  /** What counts as completed. */
  completion: z
    .object({
      /** Every required lesson must be read to its end. */
      requireAllLessons: z.boolean().default(true),
      /** Every exercise must be attempted. */
      requireAllExercises: z.boolean().default(true),
      /**
       * When the LMS hears a terminal status: `hold` (not before the learner has
       * nothing left to do for credit; Moodle reviews attempts with a terminal
       * status) or `immediate` (as soon as earned). See src/tracking/course-rules.ts.
       */
      terminalStatus: z.enum(['hold', 'immediate']).default('hold'),
    })
    .default({ requireAllLessons: true, requireAllExercises: true, terminalStatus: 'hold' }),
  /** Who publishes the course; named in the accessibility statement. */
  publisher: z.object({
    /** Organisation responsible for the course. */
    name: z.string().min(2),
    /** Contact address for accessibility requests. */
    email: z.email(),
    /** Date the accessibility statement was prepared (YYYY-MM-DD). */
    statementDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  }),
  /** The learning outcomes, in the order they are presented. */
  outcomes: z.array(outcomeSchema).min(1),
});

export type Course = z.output<typeof courseSchema>;
export type Outcome = z.output<typeof outcomeSchema>;
