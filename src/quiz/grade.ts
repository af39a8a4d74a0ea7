import type { Question } from '../schemas/quiz.ts';
import { foldDiacritics } from '../search/polish-query.ts';
import type { Answer } from './answers.ts';

/** The outcome of checking one answer. */
export interface Graded {
  correct: boolean;
  /** Feedback for what the learner chose (per option where the question has options). */
  feedback: string[];
}

/** Short answers compare ignoring case, spacing, punctuation at the ends and Polish diacritics. */
export function normalizeShort(text: string): string {
  return foldDiacritics(text.toLocaleLowerCase('pl'))
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/\s*([-–:/])\s*/g, '$1')
    .replace(/^[\s.,;:!?"'„”]+|[\s.,;:!?"'„”]+$/g, '');
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Grades one answer; every question is all-or-nothing. */
export function grade(question: Question, answer: Answer): Graded {
  switch (question.type) {
    case 'single': {
      const chosen = question.options.find((o) => answer.type === 'single' && o.id === answer.choice);
      return { correct: Boolean(chosen?.correct), feedback: chosen ? [chosen.feedback] : [] };
    }
    case 'multiple': {
      const choices = answer.type === 'multiple' ? answer.choices : [];
      const right = question.options.filter((o) => o.correct).map((o) => o.id);
      return {
        correct: sameSet(choices, right),
        feedback: question.options.filter((o) => choices.includes(o.id)).map((o) => o.feedback),
      };
    }
    case 'true-false': {
      const value = answer.type === 'true-false' ? answer.value : null;
      if (value === null) return { correct: false, feedback: [] };
      return { correct: value === question.answer, feedback: [question.feedback[value ? 'true' : 'false']] };
    }
    case 'ordering': {
      const order = answer.type === 'ordering' ? answer.order : [];
      return { correct: order.join() === question.items.map((i) => i.id).join(), feedback: [] };
    }
    case 'matching': {
      const matches = answer.type === 'matching' ? answer.matches : {};
      return { correct: question.pairs.every((p) => matches[p.id] === p.id), feedback: [] };
    }
    case 'short': {
      const text = normalizeShort(answer.type === 'short' ? answer.text : '');
      return { correct: question.accepted.some((a) => normalizeShort(a) === text), feedback: [] };
    }
  }
}

/** Share of correct answers, 0..1 (0 for no questions). */
export function scaledScore(results: boolean[]): number {
  return results.length === 0 ? 0 : results.filter(Boolean).length / results.length;
}
