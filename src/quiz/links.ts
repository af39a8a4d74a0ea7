import type { Question } from '../schemas/quiz.ts';

/** A link to the lesson section a question draws on. */
export interface LessonLink {
  title: string;
  /** The section's heading, when the question names one (`anchor`). */
  section?: string;
  href: string;
}

/** Lesson id -> title and href (relative to the quiz page), from the page. */
export type Lessons = Record<string, { title: string; href: string }>;

/** `lesson#anchor` -> the section's heading text, from the page. */
export type Sections = Record<string, string>;

/** The link "read in the lesson" for a question; undefined for an unknown lesson. */
export function lessonLink(question: Question, lessons: Lessons, sections: Sections = {}): LessonLink | undefined {
  const lesson = lessons[question.lesson];
  if (!lesson) return undefined;
  if (!question.anchor) return { title: lesson.title, href: lesson.href };
  const section = sections[`${question.lesson}#${question.anchor}`];
  return { title: lesson.title, href: `${lesson.href}#${question.anchor}`, ...(section ? { section } : {}) };
}
