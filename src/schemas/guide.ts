import { z } from 'astro/zod';
import { stableId } from './ids.ts';

// A trainer's or kierownik's guide in the toolkit (`content/toolkit/<id>.yaml`): the module's delivery plan
// and the mentor-training outline. Each is a list of sessions with timed items that name the lessons,
// exercises and templates to use, so every reference is checked at build and rendered as a link.

const text = z.string().trim().min(1);

const itemSchema = z.strictObject({
  /** What happens, as the trainer reads it. */
  title: text,
  /** Minutes it takes. */
  minutes: z.number().int().min(1).max(480),
  /** How it is done (one or two sentences). */
  how: text.optional(),
  /** Lesson ids to read or work through. */
  lessons: z.array(stableId).default([]),
  /** Exercise ids (exercises/registry.ts) used here. */
  exercises: z.array(stableId).default([]),
  /** Template ids (content/templates) used here. */
  templates: z.array(stableId).default([]),
});

const sessionSchema = z.strictObject({
  title: text,
  /** When it happens and in what form ("tydzień 1, na żywo"). */
  when: text,
  items: z.array(itemSchema).min(1),
});

const variantSchema = z.strictObject({
  /** Stable id (anchor). */
  id: stableId,
  title: text,
  intro: text,
  sessions: z.array(sessionSchema).min(1),
});

export const guideSchema = z.strictObject({
  /** Stable id: the page name (`narzedzia/<id>.html`). */
  id: stableId,
  title: text,
  summary: text,
  /** Paragraphs before the plan. */
  intro: z.array(text).min(1),
  /** Goals of the whole plan (the training's goals, the module's aims). */
  goals: z.array(text).default([]),
  /** One plan or several (classroom, blended). */
  variants: z.array(variantSchema).min(1),
  /** Closing advice. */
  notes: z.array(text).default([]),
});

export type Guide = z.output<typeof guideSchema>;
export type GuideItem = Guide['variants'][number]['sessions'][number]['items'][number];
