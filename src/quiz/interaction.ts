import type { Question } from '../schemas/quiz.ts';
import type { Interaction, LearnerResponse } from '../tracking/interaction.ts';
import type { Answer } from './answers.ts';

/** The learner's answer as a SCORM-neutral response (choice, true-false, sequencing, matching, fill-in). */
export function toResponse(answer: Answer): LearnerResponse {
  switch (answer.type) {
    case 'single':
      return { kind: 'choice', ids: answer.choice ? [answer.choice] : [] };
    case 'multiple':
      return { kind: 'choice', ids: [...answer.choices].sort() };
    case 'true-false':
      return { kind: 'true-false', value: answer.value === true };
    case 'ordering':
      return { kind: 'sequencing', ids: answer.order };
    case 'matching':
      return { kind: 'matching', pairs: Object.entries(answer.matches) };
    case 'short':
      return { kind: 'fill-in', text: answer.text };
  }
}

/** The correct response pattern of a question. */
export function correctResponse(question: Question): LearnerResponse {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return { kind: 'choice', ids: question.options.filter((o) => o.correct).map((o) => o.id) };
    case 'true-false':
      return { kind: 'true-false', value: question.answer };
    case 'ordering':
      return { kind: 'sequencing', ids: question.items.map((i) => i.id) };
    case 'matching':
      return { kind: 'matching', pairs: question.pairs.map((p) => [p.id, p.id]) };
    case 'short':
      return { kind: 'fill-in', text: question.accepted[0]! };
  }
}

/** One answered question as an interaction for the LMS. */
export function toInteraction(
  question: Question,
  outcome: string,
  answer: Answer,
  correct: boolean,
  latencyMs: number,
  idPrefix = '',
): Interaction {
  return {
    id: `${idPrefix}${question.id}`,
    objective: outcome,
    description: question.prompt,
    response: toResponse(answer),
    correct: correctResponse(question),
    result: correct ? 'correct' : 'incorrect',
    weighting: 1,
    latencyMs,
    timestamp: new Date(),
  };
}
