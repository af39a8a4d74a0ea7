import { getCollection } from 'astro:content';
import type { Course } from '../schemas/course.ts';
import { studyTime } from './reading-time.ts';

/** The course configuration (exactly one entry, checked at build). */
export async function getCourse(): Promise<Course> {
  const [entry] = await getCollection('course');
  if (!entry) throw new Error('content/course/course.yaml: (file): missing');
  return entry.data;
}

/** Lessons in module order, each with its study time (`data.minutes`) computed from its text. */
export async function getLessons() {
  const lessons = await getCollection('lessons');
  return lessons
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry) => ({ ...entry, data: { ...entry.data, minutes: studyTime(entry.body ?? '').total } }));
}

/** Glossary terms sorted by headword, Polish collation. */
export async function getGlossary() {
  const terms = await getCollection('glossary');
  return terms.sort((a, b) => a.data.term.localeCompare(b.data.term, 'pl'));
}

/** Question banks in learning-outcome order. */
export async function getQuizBanks() {
  const course = await getCourse();
  const order = course.outcomes.map((o) => o.id);
  const banks = await getCollection('quizzes');
  return banks.map((b) => b.data).sort((a, b) => order.indexOf(a.outcome) - order.indexOf(b.outcome));
}
