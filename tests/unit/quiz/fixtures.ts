import type { Question } from '../../../src/schemas/quiz.ts';
import type { Pool } from '../../../src/quiz/draw.ts';

const common = { pool: 'practice' as const, lesson: 'roles', prompt: 'Pytanie?', explanation: 'Bo tak.' };

/** One question of each type. */
export const questions = {
  single: {
    ...common,
    id: 'q-s',
    anchor: 'kto-wybiera',
    type: 'single',
    options: [
      { id: 'a', text: 'Kierownik', correct: true, feedback: 'Tak.' },
      { id: 'b', text: 'Mentor', correct: false, feedback: 'Nie.' },
    ],
  },
  multiple: {
    ...common,
    id: 'q-m',
    type: 'multiple',
    options: [
      { id: 'a', text: 'A', correct: true, feedback: 'fa' },
      { id: 'b', text: 'B', correct: true, feedback: 'fb' },
      { id: 'c', text: 'C', correct: false, feedback: 'fc' },
    ],
  },
  trueFalse: {
    ...common,
    id: 'q-tf',
    lesson: 'stages',
    type: 'true-false',
    answer: false,
    feedback: { true: 'ft', false: 'ff' },
  },
  ordering: {
    ...common,
    id: 'q-o',
    lesson: 'stages',
    type: 'ordering',
    items: [
      { id: 's1', text: 'Wybór' },
      { id: 's2', text: 'Szkolenie' },
      { id: 's3', text: 'Dopasowanie' },
    ],
  },
} satisfies Record<string, Question>;

/** A pool of `size` single-choice questions for `outcome` (ids `<outcome>-0`...). */
export function pool(outcome: string, size: number): Pool {
  return {
    outcome,
    questions: Array.from({ length: size }, (_, i) => ({ ...questions.single, id: `${outcome}-${i}` })),
  };
}
