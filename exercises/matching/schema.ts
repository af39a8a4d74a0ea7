import { z } from 'astro/zod';
import { stableId } from '../../src/schemas/ids.ts';
import { CRITERIA, FAMILIES, FORMS, GENDERS, GRAMMARS, SLOTS } from './constants.ts';
import { trainerStepSchema } from '../../src/trainer/schema.ts';

// The matching exercise's data: the compatibility model (criteria, weights, vocabularies), the scenarios
// (mentee and mentor profiles) and the trainer notes. Fixed enums are the ones the scoring rules in
// model.ts branch on; open vocabularies (industries, support, values...) are defined in model.yaml.

const text = z.string().trim().min(1);
/** A vocabulary tag or id: ASCII, lower case, hyphens (stable, SCORM-safe). */
const tag = stableId;
/** 1 = low, 2 = medium, 3 = high. */
const level = z.union([z.literal(1), z.literal(2), z.literal(3)]);

// The fixed vocabularies live in constants.ts (no schema library), so browser code can import them
// without loading Zod; they are re-exported here for the schemas and the build-time code.
export * from './constants.ts';

const criterionSchema = z.object({
  /** Which rule of model.ts scores this criterion. */
  id: z.enum(CRITERIA),
  /** Name as learners see it. */
  label: text,
  /** Points a perfect fit on this criterion is worth (a clash costs up to as many). */
  weight: z.number().int().min(0).max(50),
  /** Why the criterion weighs what it does: shown to learners next to the weight. */
  why: text,
});

const vocabulary = z.record(tag, text);

export const modelSchema = z.object({
  /** Every criterion exactly once; weights add up to 100 so a pair's score reads as "out of 100". */
  criteria: z.array(criterionSchema).length(CRITERIA.length),
  /** Hard constraints, as learners read them (the rules themselves are in model.ts). */
  constraints: z.array(text).min(1),
  /** Tag -> label, per open vocabulary. */
  vocabulary: z.object({
    /** Lines of business. */
    industries: vocabulary,
    /** What a mentee needs help with / what a mentor can give. */
    support: vocabulary,
    values: vocabulary,
    interests: vocabulary,
    /** Education and life experience. */
    experience: vocabulary,
  }),
});
export type Model = z.output<typeof modelSchema>;
export type Criterion = Model['criteria'][number];

/** Fields mentees and mentors share. */
const person = {
  /** Stable ASCII id: the SCORM response token (mentors) or interaction id part (mentees). */
  id: tag,
  /** First name as shown. */
  name: text,
  age: z.number().int().min(15).max(90),
  gender: z.enum(GENDERS),
  /**
   * How feedback speaks of the person ("Ola wolała", "Kuba wolał"). Kept apart from `gender`, which the
   * gender criterion compares, because the words a person wants used are theirs to say.
   */
  grammar: z.enum(GRAMMARS),
  /** Two or three sentences that bring the person to life. */
  bio: text,
  experience: z.array(tag),
  values: z.array(tag).min(1),
  interests: z.array(tag),
  family: z.enum(FAMILIES),
  availability: z.array(z.enum(SLOTS)).min(1),
};

export const menteeSchema = z.object({
  ...person,
  /** The lifestyle business idea, one line. */
  business: text,
  industry: tag,
  /** Support tags: what the mentee wants help with. */
  needs: z.array(tag).min(1).max(4),
  /** The wish in the mentee's own words, from the profile. */
  wish: text,
  /** Wishes about the mentor. */
  prefers: z.object({
    gender: z.enum(['k', 'm', 'obojetne']),
    /** `bliski`: close in age; `doswiadczony`: much older and experienced. */
    age: z.enum(['bliski', 'doswiadczony', 'obojetny']),
  }),
  /** How much the mentee wants this and how fast they want to go. */
  motivation: level,
  /** How easily the mentee makes contact with new people. */
  openness: level,
  /** Preferred form of mentoring. */
  form: z.enum(FORMS),
});
export type Mentee = z.output<typeof menteeSchema>;

export const mentorSchema = z.object({
  ...person,
  /** Who the mentor is, one line (entrepreneur, employee, youth worker...). */
  role: text,
  /** Industries the mentor knows: the first is their own, the rest they know well. */
  industries: z.array(tag).min(1),
  /** Support tags: what the mentor can give. */
  offers: z.array(tag).min(1),
  /** Time and energy the mentor can give. */
  commitment: level,
  /** Interpersonal skills: patience, ease of making contact with young people. */
  skills: level,
  /** Forms the mentor can work in. */
  forms: z.array(z.enum(FORMS)).min(1),
});
export type Mentor = z.output<typeof mentorSchema>;

export const scenarioSchema = z.object({
  /** Stable ASCII id: names the saved state (`ex-matching:<id>`) and the interaction ids. */
  id: tag,
  /** Position in the scenario list. */
  order: z.number().int().min(1),
  title: text,
  /** The situation, as the kierownik reads it. */
  intro: text,
  /** Pairs (one mentee per mentor) or groups. */
  mode: z.enum(['pairs', 'groups']),
  /** Mentees per mentor: 1 for pairs; at most 5 for groups (lesson 6: groups of at most 4-5). */
  capacity: z.number().int().min(1).max(5),
  mentees: z.array(menteeSchema).min(2),
  mentors: z.array(mentorSchema).min(2),
});
export type Scenario = z.output<typeof scenarioSchema>;

export const trainerSchema = z.object({
  /** Steps of the classroom session, in order. */
  /** What the exercise is for, how long it takes, what to bring: one paragraph for the trainer. */
  intro: text,
  steps: z.array(trainerStepSchema).min(2),
  /** Questions for the discussion after the reveal. */
  debrief: z.array(text).min(2),
});
export type TrainerNotes = z.output<typeof trainerSchema>;
