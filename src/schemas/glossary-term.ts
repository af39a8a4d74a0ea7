import { z } from 'astro/zod';
import { stableId } from './ids.ts';

/** A glossary term (`content/glossary/<id>.yaml`). */
export const glossaryTermSchema = z.object({
  /** Stable id: the anchor and page name of the term; same as the file name. */
  id: stableId,
  /** The headword as displayed. */
  term: z.string().min(1),
  /** A short definition in our own words. */
  definition: z.string().min(20),
  /** Inflected forms as they occur in text; indexed for search. */
  forms: z.array(z.string().min(1)).default([]),
  /** Other names a learner may search for (synonyms, English equivalents). */
  synonyms: z.array(z.string().min(1)).default([]),
  /** Ids of the lessons that explain or use the term. */
  lessons: z.array(stableId).min(1),
  /** Ids of related terms. */
  seeAlso: z.array(stableId).default([]),
});

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
