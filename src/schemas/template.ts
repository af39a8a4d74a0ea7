import { z } from 'astro/zod';
import { stableId } from './ids.ts';

// A practitioner's template (`content/templates/<id>.yaml`): one of the nine working forms Module I names,
// as data. The toolkit pages render any template from this description, so an author adds or rewords a
// field here without touching code. Browser code imports only the types (erased), never this schema.

const text = z.string().trim().min(1);

/** A choice offered by a `choice` or `checks` field. */
const option = z.strictObject({
  /** Stable ASCII id: what is saved and exported. */
  id: stableId,
  label: text,
});

/** The open vocabularies of the matching model (exercises/matching/data/model.yaml) a field may offer. */
export const VOCABULARIES = ['industries', 'support', 'values', 'interests', 'experience'] as const;

/** Profile fields the matching helper reads from a profile copy (see src/toolkit/matching/people.ts). */
export const MATCH_KEYS = [
  'role',
  'name',
  'age',
  'gender',
  'grammar',
  'industry',
  'industries',
  'needs',
  'offers',
  'preferGender',
  'preferAge',
  'motivation',
  'openness',
  'commitment',
  'skills',
  'experience',
  'values',
  'interests',
  'family',
  'availability',
  'form',
  'forms',
  'capacity',
] as const;

const base = {
  /** Stable ASCII id, unique in the template: the key of the saved value. Never change it once published. */
  id: stableId,
  /** The question or label as the form shows it. */
  label: text,
  /** A short help line under the label. */
  hint: text.optional(),
  /** Show the field only when another field (by id, in the same template) has this value. */
  when: z.strictObject({ field: stableId, is: z.string() }).optional(),
  /** The field of the paired template this one answers (final questionnaire -> initial one), for comparison. */
  pairs: stableId.optional(),
  /** What the matching helper reads this field as (profile template only). */
  match: z.enum(MATCH_KEYS).optional(),
};

const choices = {
  /** The choices, written out... */
  options: z.array(option).min(2).optional(),
  /** ...or taken from a vocabulary of the matching model (ids are its tags). */
  vocabulary: z.enum(VOCABULARIES).optional(),
};

/** A field of a row (everything but a nested list). */
const simpleField = z.discriminatedUnion('type', [
  z.strictObject({ ...base, type: z.literal('text'), maxLength: z.number().int().min(1).max(500).default(200) }),
  z.strictObject({
    ...base,
    type: z.literal('textarea'),
    /** Visible lines on screen and lines to write on when printed blank. */
    rows: z.number().int().min(1).max(20).default(3),
    maxLength: z.number().int().min(1).max(10000).default(3000),
  }),
  z.strictObject({ ...base, type: z.literal('date') }),
  z.strictObject({
    ...base,
    type: z.literal('number'),
    min: z.number().int().default(0),
    max: z.number().int().default(999),
  }),
  /** One answer (radio buttons). */
  z.strictObject({ ...base, type: z.literal('choice'), ...choices }),
  /** Any number of answers (check boxes). */
  z.strictObject({ ...base, type: z.literal('checks'), ...choices }),
  /** A self-rating on a scale, 4-10 in Module I (lesson 9). */
  z.strictObject({
    ...base,
    type: z.literal('scale'),
    min: z.number().int().min(0).max(10).default(4),
    max: z.number().int().min(1).max(10).default(10),
  }),
]);

/** A list of rows the user adds to (goals, sessions, diary entries), each row with the same fields. */
const rowsField = z.strictObject({
  ...base,
  type: z.literal('rows'),
  /** The name of one row ("Cel", "Sesja", "Wpis"), numbered on screen and on paper. */
  item: text,
  fields: z.array(simpleField).min(1),
  /** Rows a new copy starts with (and rows printed on a blank form). */
  start: z.number().int().min(0).max(12).default(1),
  /** Most rows one copy may hold. */
  max: z.number().int().min(1).max(200).default(40),
});

export const templateFieldSchema = z.union([simpleField, rowsField]);

const sectionSchema = z.strictObject({
  /** Stable ASCII id (anchor on the page). */
  id: stableId,
  title: text,
  /** What the section is for, shown above its fields. */
  intro: text.optional(),
  fields: z.array(templateFieldSchema).min(1),
});

export const templateSchema = z.strictObject({
  /** Stable ASCII id: the page name (`narzedzia/<id>.html`), the storage key and the id in exported files. */
  id: stableId,
  /** Position in the toolkit, 1-9 as Module I lists the templates. */
  order: z.number().int().min(1),
  /** The template's name as Module I gives it. */
  title: text,
  /** One sentence for the toolkit's list. */
  summary: text,
  /** What the template is for and how to use it, as the lessons say. */
  purpose: z.array(text).min(1),
  /** Id of the lesson that introduces the template (where its link belongs). */
  lesson: stableId,
  /** Who fills it in. */
  who: text,
  /** When in the process (which stage or session). */
  when: text,
  /** What one copy is for ("jeden profil na osobę"), and the name a new copy gets ("Profil {n}"). */
  copies: z.strictObject({ hint: text, name: text }),
  /** The personal data the template holds (RODO notice). */
  personalData: text,
  /**
   * `form`: rendered from `sections`. `agreement`: the code-of-ethics exercise's mentoring agreement
   * (exercises/code-of-ethics/agreement.ts and AgreementDocument.svelte) with the group's principles.
   */
  kind: z.enum(['form', 'agreement']).default('form'),
  /** The template this one is compared with, side by side (the final questionnaire names the initial one). */
  pairsWith: stableId.optional(),
  sections: z.array(sectionSchema).default([]),
});

export type TemplateInput = z.input<typeof templateSchema>;
export type Template = z.output<typeof templateSchema>;
export type TemplateField = z.output<typeof templateFieldSchema>;
export type SimpleField = z.output<typeof simpleField>;
export type RowsField = z.output<typeof rowsField>;
export type TemplateSection = Template['sections'][number];
export type MatchKey = (typeof MATCH_KEYS)[number];
export type Vocabulary = (typeof VOCABULARIES)[number];
