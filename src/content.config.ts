import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { courseSchema } from './schemas/course.ts';
import { glossaryTermSchema } from './schemas/glossary-term.ts';
import { lessonSchema } from './schemas/lesson.ts';
import { quizBankSchema } from './schemas/quiz.ts';
import { contentDir } from './utils/content-dir.ts';

// Entries are keyed by their explicit `id` field, never by file name, so that
// renaming a file cannot orphan a learner's saved progress.
const byDataId = ({ data }: { data: Record<string, unknown> }) => String(data['id']);

export const collections = {
  course: defineCollection({
    loader: glob({ pattern: 'course.yaml', base: `${contentDir}/course`, generateId: byDataId }),
    schema: courseSchema,
  }),
  lessons: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${contentDir}/lessons`, generateId: byDataId }),
    schema: lessonSchema,
  }),
  quizzes: defineCollection({
    loader: glob({
      pattern: '*.yaml',
      base: `${contentDir}/quizzes`,
      generateId: ({ data }) => String(data['outcome']),
    }),
    schema: quizBankSchema,
  }),
  glossary: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentDir}/glossary`, generateId: byDataId }),
    schema: glossaryTermSchema,
  }),
};
