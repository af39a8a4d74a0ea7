import type { Question } from '../schemas/quiz.ts';

/** What a learner answered, per question type. */
export type Answer =
  | { type: 'single'; choice: string | null }
  | { type: 'multiple'; choices: string[] }
  | { type: 'true-false'; value: boolean | null }
  /** Item ids in the learner's order; empty until the learner first moves an item. */
  | { type: 'ordering'; order: string[] }
  /** left pair id -> chosen right pair id */
  | { type: 'matching'; matches: Record<string, string> }
  | { type: 'short'; text: string };

/**
 * An unanswered answer for a question. An ordering question starts with no
 * order at all (the items show in their shuffled order): leaving the shuffle
 * as it is must not count as an answer.
 */
export function emptyAnswer(question: Question): Answer {
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: null };
    case 'multiple':
      return { type: 'multiple', choices: [] };
    case 'true-false':
      return { type: 'true-false', value: null };
    case 'ordering':
      return { type: 'ordering', order: [] };
    case 'matching':
      return { type: 'matching', matches: {} };
    case 'short':
      return { type: 'short', text: '' };
  }
}

/** Whether the learner has given an answer that can be checked. */
export function isAnswered(answer: Answer, question: Question): boolean {
  switch (answer.type) {
    case 'single':
      return answer.choice !== null;
    case 'multiple':
      return answer.choices.length > 0;
    case 'true-false':
      return answer.value !== null;
    case 'ordering':
      return question.type === 'ordering' && answer.order.length === question.items.length;
    case 'matching':
      return question.type === 'matching' && question.pairs.every((p) => Boolean(answer.matches[p.id]));
    case 'short':
      return answer.text.trim() !== '';
  }
}

// Compact string forms, for suspend data (SCORM 1.2 allows 4096 characters in all).

/** Encodes an answer compactly: `b`, `a,c`, `t`, `s3,s1,s2`, `p1=p2,p2=p1`, or the text. */
export function encodeAnswer(answer: Answer): string {
  switch (answer.type) {
    case 'single':
      return answer.choice ?? '';
    case 'multiple':
      return answer.choices.join(',');
    case 'true-false':
      return answer.value === null ? '' : answer.value ? 't' : 'f';
    case 'ordering':
      return answer.order.join(',');
    case 'matching':
      return Object.entries(answer.matches)
        .map(([l, r]) => `${l}=${r}`)
        .join(',');
    case 'short':
      return answer.text;
  }
}

/** Decodes a stored answer for a question; anything unreadable gives an empty answer. */
export function decodeAnswer(question: Question, stored: string | undefined): Answer {
  if (stored === undefined) return emptyAnswer(question);
  const list = stored ? stored.split(',') : [];
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: question.options.some((o) => o.id === stored) ? stored : null };
    case 'multiple':
      return { type: 'multiple', choices: list.filter((id) => question.options.some((o) => o.id === id)) };
    case 'true-false':
      return { type: 'true-false', value: stored === 't' ? true : stored === 'f' ? false : null };
    case 'ordering': {
      const ids = question.items.map((i) => i.id);
      const valid = list.length === ids.length && ids.every((id) => list.includes(id));
      return { type: 'ordering', order: valid ? list : [] };
    }
    case 'matching':
      return {
        type: 'matching',
        matches: Object.fromEntries(list.map((pair) => pair.split('=')).filter((p) => p.length === 2)),
      };
    case 'short':
      return { type: 'short', text: stored };
  }
}
