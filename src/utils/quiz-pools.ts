import type { Pool, QuizBank } from '../schemas/quiz.ts';

/**
 * The bank with only one pool's questions: the practice page gets the
 * practice items and the final test the final items, so no final item (nor
 * its key) is ever in a practice page's HTML.
 */
export function poolOf(bank: QuizBank, pool: Pool): QuizBank {
  return { ...bank, questions: bank.questions.filter((q) => q.pool === pool) };
}
