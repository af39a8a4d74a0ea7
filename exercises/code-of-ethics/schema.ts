import { z } from 'astro/zod';
import { stableId } from '../../src/schemas/ids.ts';
import { trainerStepSchema } from '../../src/trainer/schema.ts';

const text = z.string().trim().min(1);

// One alternative: words matched at the start of the learner's words, in a row,
// after lower-casing and folding diacritics ("poufn" finds "poufności");
// a word ending in `$` must match a whole word ("mentor$" is not "mentoringu").
// An alternative counts only when affirmed ("poufn": not "Nie zachowujemy
// poufności"); one starting with "nie" names a forbidden behaviour and counts
// only when negated ("nie plotkuj": "Nikt nie plotkuje", "Zero plotek"); one
// starting with "~" is context and counts either way ("~nikomu").
const WORD = /^[\p{L}\p{N}]+\$?$/u;

/** Alternatives separated by `|`, e.g. `poufn | tajemnic | nie ujawnia | ~między nami`. */
export const alternatives = z
  .string()
  .min(1)
  .refine(
    (value) =>
      value.split('|').every((alt) =>
        alt
          .trim()
          .replace(/^~/, '')
          .split(/\s+/)
          .every((word) => WORD.test(word)),
      ),
    'alternatives separated by "|", each one or more words (letters, digits, an optional "$" at the end), "~" before a context cue',
  );

/** A rule: a principle matches when every slot has one of its alternatives (and nothing from `unless`). */
export const ruleSchema = z.object({
  /** Every slot must be present, in any order. */
  all: z.array(alternatives).min(1),
  /** When one of these holds (with its sense, as in `all`), the rule does not apply. */
  unless: alternatives.optional(),
});

/** A finer point of a topic, suggested (not scored) when the topic is covered without it. */
export const detailSchema = z.object({
  id: stableId,
  /** Tip shown when the principles covering the topic lack this point. */
  missing: text,
  /** The point is made when one rule matches. */
  match: z.array(ruleSchema).min(1),
});

/** One thing a code of ethics must hold (the sources' key points). */
export const topicSchema = z.object({
  /** Stable id: saved and reported, never renamed. */
  id: stableId,
  /** Short name, e.g. "Poufność". */
  label: text,
  /** Feedback when no principle covers the topic: what to add. */
  missing: text,
  /** Why a code needs it (answer key, trainer's reveal). */
  why: text,
  /** The topic is covered when one principle matches one rule. */
  match: z.array(ruleSchema).min(1),
  details: z.array(detailSchema).default([]),
  /** Reworded principles that must count for this topic (checked at build). */
  examples: z.array(text).min(1),
  /** Principles that must not count for this topic (checked at build). */
  notExamples: z.array(text).default([]),
});

/** A principle offered to the learner. */
export const suggestionSchema = z.object({
  /** Stable id, saved in the learner's draft. */
  id: z.string().regex(/^s[0-9]{1,2}$/, 'use s1, s2, ...'),
  text,
  /** Topics the principle covers (checked against the keyword model at build); [] for an extra. */
  covers: z.array(stableId),
});

/** exercises/code-of-ethics/data/principles.yaml */
export const principlesFileSchema = z.object({
  topics: z.array(topicSchema).min(1),
  suggestions: z.array(suggestionSchema).min(1),
});

/** exercises/code-of-ethics/data/trainer.yaml */
export const trainerFileSchema = z.object({
  /** Group size, materials, aim: one paragraph for the trainer. */
  intro: text,
  steps: z.array(trainerStepSchema).min(1),
  /** Questions for the closing discussion. */
  debrief: z.array(text).min(1),
});

export type Rule = z.output<typeof ruleSchema>;
export type Topic = z.output<typeof topicSchema>;
export type Suggestion = z.output<typeof suggestionSchema>;
export type PrinciplesFile = z.output<typeof principlesFileSchema>;
export type TrainerFile = z.output<typeof trainerFileSchema>;
