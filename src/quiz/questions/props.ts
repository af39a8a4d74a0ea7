import type { Question } from '../../schemas/quiz.ts';
import type { Answer } from '../answers.ts';

/** What every question type's input component takes from the dispatcher (QuestionView). */
export interface QuestionProps<Q extends Question> {
  question: Q;
  answer: Answer;
  /** The order options, items or right-hand sides are shown in. */
  shown: readonly string[];
  /** A unique stem for element ids and the radio group's name. */
  uid: string;
  onchange: (answer: Answer) => void;
}

/** What every question type's checked view (../checked/) takes: no inputs, so no change handler. */
export type MarksProps<Q extends Question> = Pick<QuestionProps<Q>, 'question' | 'answer' | 'shown'>;
