import { z } from 'astro/zod';
import { stableId } from './ids.ts';

/** Frontmatter of a lesson (`content/lessons/NN-slug.mdx`). */
export const lessonSchema = z.object({
  /** Stable id: the lesson's URL and tracking id; never derived from the file name. */
  id: stableId,
  /** Lesson title (the page's h1). */
  title: z.string().min(3),
  /** Position in the module, 1-based; unique. */
  order: z.number().int().positive(),
  /** One sentence for the contents, the home page and search results. */
  summary: z.string().min(10).max(300),
  /** Ids of the learning outcomes this lesson serves (from course.yaml). */
  outcomes: z.array(stableId).min(1),
  /** Whether visiting the lesson counts toward completion. */
  required: z.boolean().default(true),
});

/**
 * A lesson as pages use it: its frontmatter plus the study time in minutes,
 * computed from its words and activities (src/utils/reading-time.ts), never written by hand.
 */
export type LessonData = z.output<typeof lessonSchema> & { minutes: number };
