import { z } from 'astro/zod';
import { stableId } from '../../src/schemas/ids.ts';
import { trainerStepSchema } from '../../src/trainer/schema.ts';
import { ROLE_IDS } from './role-ids.ts';

const text = z.string().trim().min(1, 'must not be empty');

// The role ids live in a module without Zod, so browser code can import them (role-ids.ts).
export { ROLE_IDS, type RoleId } from './role-ids.ts';
export const roleId = z.enum(ROLE_IDS);

/** One statement of responsibility to sort. */
export const statementSchema = z.object({
  /** Stable ASCII id `s01`, `s02`...: the SCORM interaction id ends with it and saved placements use it. */
  id: z.string().regex(/^s\d{2}$/, 'use "s" and two digits, e.g. s07'),
  /** The statement as learners read it (Polish, a full sentence). */
  text,
  /** Every role the statement belongs to (at least one, each once). */
  roles: z
    .array(roleId)
    .min(1, 'at least one role')
    .refine((roles) => new Set(roles).size === roles.length, 'a role is listed twice'),
  /** Why: shown as feedback after checking and in the answer key. */
  reason: text,
  /** Id of the lesson the fact comes from (linked in the feedback). */
  lesson: stableId,
  /** Optional heading id in that lesson (the link goes to the section). */
  anchor: z
    .string()
    .regex(/^[\p{Ll}\p{N}-]+$/u, 'a heading id: lower case, hyphens')
    .optional(),
});

/** `exercises/roles/data/statements.yaml`. */
export const statementsFileSchema = z.object({
  statements: z.array(statementSchema).min(18, 'at least 18 statements'),
});

/** `exercises/roles/data/trainer.yaml`: facilitator notes. */
export const trainerFileSchema = z.object({
  /** What the exercise is for, in one or two sentences. */
  goal: text,
  /** What to prepare before class. */
  preparation: z.array(text).min(1),
  steps: z.array(trainerStepSchema).min(3),
  /** Questions for the closing discussion. */
  debrief: z.array(text).min(3),
});

export type Statement = z.output<typeof statementSchema>;
export type TrainerNotes = z.output<typeof trainerFileSchema>;
