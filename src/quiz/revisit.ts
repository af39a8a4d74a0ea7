import type { Question } from '../schemas/quiz.ts';
import { lessonLink, type LessonLink, type Lessons, type Sections } from './links.ts';

/** A lesson section to read again, and the numbers (1-based) of the questions that point there. */
export interface Revisit {
  link: LessonLink;
  numbers: number[];
}

/** The sections behind wrongly answered questions, each once, in question order. */
export function revisitList(
  questions: readonly Question[],
  wrong: (id: string) => boolean,
  lessons: Lessons,
  sections: Sections = {},
): Revisit[] {
  const byHref = new Map<string, Revisit>();
  questions.forEach((question, index) => {
    if (!wrong(question.id)) return;
    const link = lessonLink(question, lessons, sections);
    if (!link) return;
    const entry = byHref.get(link.href);
    if (entry) entry.numbers.push(index + 1);
    else byHref.set(link.href, { link, numbers: [index + 1] });
  });
  return [...byHref.values()];
}
