// A practice quiz as a paper test: boxes to tick, letters or numbers to write, lines for short answers,
// and a separate key. Options are shuffled with a seed taken from the question id, so the test and its
// key always agree and the right answer is not always first. Only the practice pool is ever printed: a
// bank whose questions carry `pool` prints those marked `practice`; the final test's pool never leaves it.
import type { Question, QuizBank } from '../../schemas/quiz.ts';
import { seededRandom, seedOf, shuffle } from '../../utils/random.ts';

/** Labels of options and of the right-hand column of a matching question. */
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

type Pool = 'practice' | 'final';
const poolOf = (question: Question): Pool | undefined => (question as { pool?: Pool }).pool;

/** The questions a paper test may print: the practice pool when the bank has pools, else every question. */
export function paperQuestions(bank: Pick<QuizBank, 'questions'>): Question[] {
  const pooled = bank.questions.some((q) => poolOf(q) !== undefined);
  return pooled ? bank.questions.filter((q) => poolOf(q) === 'practice') : [...bank.questions];
}

export { seedOf };

/** A seeded shuffle that never returns the original order (for two items or more): no position cue. */
export function paperShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = shuffle(items, seededRandom(seedOf(seed)));
  if (out.length > 1 && out.every((item, i) => item === items[i])) out.push(out.shift()!);
  return out;
}

interface Base {
  id: string;
  prompt: string;
  explanation: string;
  lesson: string;
}

/** A question laid out for paper, with what its key says. */
export type PaperQuestion = Base &
  (
    | { kind: 'single' | 'multiple'; options: Array<{ label: string; text: string; correct: boolean }> }
    | { kind: 'true-false'; answer: boolean }
    /** Items in the printed order; `position` is where each belongs (1-based). */
    | { kind: 'ordering'; items: Array<{ label: string; text: string; position: number }> }
    /** Left column numbered in the bank's order, right column lettered and shuffled; `answer` is the letter. */
    | {
        kind: 'matching';
        left: Array<{ n: number; text: string; answer: string }>;
        right: Array<{ label: string; text: string }>;
      }
    | { kind: 'short'; accepted: string[] }
  );

/** Lays a question out for paper. */
export function paperQuestion(question: Question): PaperQuestion {
  const base = { id: question.id, prompt: question.prompt, explanation: question.explanation, lesson: question.lesson };
  switch (question.type) {
    case 'single':
    case 'multiple':
      return {
        ...base,
        kind: question.type,
        options: paperShuffle(question.options, question.id).map((o, i) => ({
          label: LETTERS[i]!,
          text: o.text,
          correct: o.correct,
        })),
      };
    case 'true-false':
      return { ...base, kind: 'true-false', answer: question.answer };
    case 'ordering':
      return {
        ...base,
        kind: 'ordering',
        items: paperShuffle(question.items, question.id).map((item, i) => ({
          label: LETTERS[i]!,
          text: item.text,
          position: question.items.indexOf(item) + 1,
        })),
      };
    case 'matching': {
      const right = paperShuffle(question.pairs, question.id);
      const letter = (id: string) => LETTERS[right.findIndex((p) => p.id === id)]!;
      return {
        ...base,
        kind: 'matching',
        left: question.pairs.map((p, i) => ({ n: i + 1, text: p.left, answer: letter(p.id) })),
        right: right.map((p, i) => ({ label: LETTERS[i]!, text: p.right })),
      };
    }
    case 'short':
      return { ...base, kind: 'short', accepted: question.accepted };
  }
}

/** The key's answer line: "B", "A, C", "Prawda", "C, A, B" (labels in the right order), "1 – B, 2 – A". */
export function keyAnswer(question: PaperQuestion, words: { true: string; false: string }): string {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return question.options
        .filter((o) => o.correct)
        .map((o) => o.label)
        .join(', ');
    case 'true-false':
      return question.answer ? words.true : words.false;
    case 'ordering':
      return [...question.items]
        .sort((a, b) => a.position - b.position)
        .map((item) => item.label)
        .join(', ');
    case 'matching':
      return question.left.map((l) => `${l.n} – ${l.answer}`).join(', ');
    case 'short':
      return question.accepted.join(' / ');
  }
}
