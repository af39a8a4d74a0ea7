import type { Question } from '../schemas/quiz.ts';
import type { Answer } from './answers.ts';

// Choice questions (single, multiple, true/false) as one list of options.

/** An option as a choice view shows it. */
export interface ChoiceOption {
  id: string;
  text: string;
}

/** Single, multiple and true-false questions: options to choose from. */
export type ChoiceQuestion = Extract<Question, { type: 'single' | 'multiple' | 'true-false' }>;

/** A choice question's options in the shown order (true-false: `t` and `f`, always in that order). */
export function choiceOptions(
  question: ChoiceQuestion,
  shown: readonly string[],
  labels: { true: string; false: string },
): ChoiceOption[] {
  if (question.type !== 'true-false') return inShownOrder(question.options, shown);
  return [
    { id: 't', text: labels.true },
    { id: 'f', text: labels.false },
  ];
}

/** The answer after the learner picks (or, for checkboxes, unpicks) an option. */
export function pick(question: ChoiceQuestion, answer: Answer, id: string, on: boolean): Answer {
  if (question.type === 'single') return { type: 'single', choice: id };
  if (question.type === 'true-false') return { type: 'true-false', value: id === 't' };
  const others = chosenIds(answer).filter((c) => c !== id);
  return { type: 'multiple', choices: on ? [...others, id] : others };
}

/** Option ids the learner chose (true-false: `t` / `f`). */
export function chosenIds(answer: Answer): string[] {
  switch (answer.type) {
    case 'single':
      return answer.choice ? [answer.choice] : [];
    case 'multiple':
      return answer.choices;
    case 'true-false':
      return answer.value === null ? [] : [answer.value ? 't' : 'f'];
    default:
      return [];
  }
}

/** Items in the order they are shown (ids missing from `shown` go last, in their own order). */
export function inShownOrder<T extends { id: string }>(items: readonly T[], shown: readonly string[]): T[] {
  const rank = (id: string) => (shown.includes(id) ? shown.indexOf(id) : shown.length);
  return [...items].sort((a, b) => rank(a.id) - rank(b.id));
}
