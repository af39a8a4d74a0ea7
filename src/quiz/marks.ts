import type { Question } from '../schemas/quiz.ts';
import type { ChoiceQuestion } from './choice.ts';

// What a checked question shows beside each option, item or pair: always an
// icon and words, never colour alone (WCAG 1.4.1).

/** Chosen and right, chosen and wrong, right but not chosen, or nothing to say. */
export type Mark = 'right' | 'wrong' | 'missed' | 'none';

/** The mark of one option of a choice question. */
export function choiceMark(chosen: boolean, correct: boolean): Mark {
  if (chosen) return correct ? 'right' : 'wrong';
  return correct ? 'missed' : 'none';
}

/** The right option ids (true-false: `t` / `f`). */
export function correctIds(question: ChoiceQuestion): string[] {
  if (question.type === 'true-false') return [question.answer ? 't' : 'f'];
  return question.options.filter((o) => o.correct).map((o) => o.id);
}

/** Each ordering item as placed by the learner: its right position (1-based) and whether it is there. */
export function placements(
  question: Extract<Question, { type: 'ordering' }>,
  order: readonly string[],
): Array<{ id: string; text: string; place: number; right: boolean }> {
  return order.map((id, index) => {
    const place = question.items.findIndex((i) => i.id === id) + 1;
    return { id, text: question.items[place - 1]?.text ?? '', place, right: place === index + 1 };
  });
}
