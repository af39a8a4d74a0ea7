import type { Question } from '../schemas/quiz.ts';
import type { Pool } from './draw.ts';

// What the final assessment's intro shows, read from the saved progress
// without the test itself: the page loads only this at first and the test's
// code when the learner starts (bundle budget: 30 KB gzip a page).

/** Keys in the learner's progress (suspend data: keep them short). */
export const KEYS = {
  /** Seed of the current attempt: the shown order of options and items. */
  seed: 'fa:seed',
  /** The current attempt's questions, as positions in the pool (see draw.ts). */
  drawn: 'fa:drawn',
  /** `1` once the current attempt is submitted. */
  submitted: 'fa:submitted',
  answer: (questionId: string) => `fa:${questionId}`,
} as const;

/** What the intro offers: start a first attempt, go back to an unfinished one, or see the last result. */
export type Stage = 'fresh' | 'resume' | 'done';

/** The intro's facts. */
export interface Intro {
  stage: Stage;
  /** Questions answered in the unfinished attempt. */
  answered: number;
  /** Questions in an attempt. */
  total: number;
}

/** The seed of the current attempt, or undefined when none was drawn. */
export function savedSeed(saved: Readonly<Record<string, string>>): number | undefined {
  const seed = Number(saved[KEYS.seed]);
  return Number.isInteger(seed) && seed > 0 ? seed : undefined;
}

/** Whether a stored answer (answers.ts's encoding) answers its question. */
function answers(question: Question, stored: string | undefined): boolean {
  if (!stored?.trim()) return false;
  if (question.type !== 'matching') return true;
  return stored.split(',').filter((pair) => pair.includes('=')).length === question.pairs.length;
}

/** How many questions an attempt has: `perOutcome` of each bank, or all of a smaller one. */
export function attemptSize(banks: readonly Pool[], perOutcome: number): number {
  return banks.reduce((sum, b) => sum + Math.min(perOutcome, b.questions.length), 0);
}

/** The intro's facts from the saved progress. */
export function readIntro(saved: Readonly<Record<string, string>>, banks: readonly Pool[], perOutcome: number): Intro {
  const total = attemptSize(banks, perOutcome);
  if (savedSeed(saved) === undefined) return { stage: 'fresh', answered: 0, total };
  if (saved[KEYS.submitted] === '1') return { stage: 'done', answered: total, total };
  // Answers of earlier attempts are cleared on a retake: every stored answer belongs to this one.
  const answered = banks.flatMap((b) => b.questions).filter((q) => answers(q, saved[KEYS.answer(q.id)])).length;
  return { stage: 'resume', answered: Math.min(answered, total), total };
}
