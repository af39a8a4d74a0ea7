import type { Question, QuizBank } from '../schemas/quiz.ts';
import { seededRandom, shuffle } from './shuffle.ts';

// The final assessment's draw. The shuffles live in shuffle.ts, which the
// practice quiz loads without this module.
export { seededRandom, shuffle, shownOrder } from './shuffle.ts';

/** A question of the final assessment with the outcome it counts toward. */
export interface Drawn {
  outcome: string;
  question: Question;
}

/** What the draw needs of a bank: its outcome and the questions it may draw (the final pool). */
export type Pool = Pick<QuizBank, 'outcome' | 'questions'>;

/**
 * Draws the final assessment: `perOutcome` questions from every bank, in
 * random order; deterministic for a seed. Questions in `avoid` (the previous
 * attempt's) are drawn only when a bank has too few others.
 */
export function drawAssessment(
  banks: readonly Pool[],
  perOutcome: number,
  seed: number,
  avoid: readonly string[] = [],
): Drawn[] {
  const random = seededRandom(seed);
  const avoided = new Set(avoid);
  const picked = banks.flatMap((bank) => {
    const shuffled = shuffle(bank.questions, random);
    const fresh = shuffled.filter((q) => !avoided.has(q.id));
    const seen = shuffled.filter((q) => avoided.has(q.id));
    return [...fresh, ...seen].slice(0, perOutcome).map((question) => ({ outcome: bank.outcome, question }));
  });
  return shuffle(picked, random);
}

// A drawn attempt is kept in the learner's progress as positions in the pool,
// one character each ("0"-"9", "a"-"z", "A"-"Z", "-", "_": pools up to 64
// questions, 24 characters for a 24-question test; SCORM 1.2 keeps all
// progress in 4096), or dot-separated base 36 for a larger pool, so a resumed
// attempt shows the very same questions and a retake knows what the previous
// attempt drew.

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';

const poolOf = (banks: readonly Pool[]): Drawn[] =>
  banks.flatMap((bank) => bank.questions.map((question) => ({ outcome: bank.outcome, question })));

/** Encodes a draw as positions in the pool. */
export function encodeDraw(banks: readonly Pool[], drawn: readonly Drawn[]): string {
  const ids = poolOf(banks).map((d) => d.question.id);
  const positions = drawn.map((d) => ids.indexOf(d.question.id));
  if (ids.length <= DIGITS.length) return positions.map((p) => DIGITS[p]).join('');
  return positions.map((p) => p.toString(36)).join('.');
}

/** Decodes a stored draw; undefined when it is missing or does not fit the pool (the pool changed). */
export function decodeDraw(banks: readonly Pool[], stored: string | undefined): Drawn[] | undefined {
  if (!stored) return undefined;
  const pool = poolOf(banks);
  const positions =
    pool.length <= DIGITS.length
      ? [...stored].map((c) => DIGITS.indexOf(c))
      : stored.split('.').map((p) => (/^[0-9a-z]+$/.test(p) ? parseInt(p, 36) : -1));
  if (positions.some((p) => p < 0 || p >= pool.length) || new Set(positions).size !== positions.length) {
    return undefined;
  }
  return positions.map((p) => pool[p]!);
}
