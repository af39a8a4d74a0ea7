import { z } from 'astro/zod';
import { VIEW_IDS } from './room.ts';

/** One step of running an exercise in class: shared by every exercise's trainer notes (`data/trainer.yaml`). */
export const trainerStepSchema = z.object({
  /** Short name of the step (shown on the projector and in the stepper). */
  title: z.string().trim().min(1, 'must not be empty'),
  /** Suggested time in minutes: the step's timer starts from it. */
  minutes: z.number().int().min(1).max(120),
  /** What the trainer does and says (notes: never projected). */
  text: z.string().trim().min(1, 'must not be empty'),
  /** What the participants do, in a sentence or two: projected during the step. */
  task: z.string().trim().min(1, 'must not be empty').optional(),
  /** What the projector shows when the step starts: task, item (one at a time), results, or the exercise's own. */
  view: z.enum(VIEW_IDS).optional(),
});

export type TrainerStep = z.output<typeof trainerStepSchema>;
