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

// Compact string forms, for suspend data (SCORM 1.2 allows 4096 characters in all). Given the
// question, lists become positions: an ordering as item indices ("201"), a complete matching as the
// chosen right ids in the question's pair order ("=p2,p1,p3"); choices of one-character ids join
// without commas ("ac"). The older forms (`s3,s1,s2`, `p1=p2,p2=p1`, `a,c`) are still read.

const index36 = (n: number) => n.toString(36);

/** Encodes an answer compactly: `b`, `ac`, `t`, `201`, `=p2,p1`, or the text. */
export function encodeAnswer(answer: Answer, question?: Question): string {
  switch (answer.type) {
    case 'single':
      return answer.choice ?? '';
    case 'multiple':
      return answer.choices.join(answer.choices.every((id) => id.length === 1) ? '' : ',');
    case 'true-false':
      return answer.value === null ? '' : answer.value ? 't' : 'f';
    case 'ordering': {
      const ids = question?.type === 'ordering' ? question.items.map((i) => i.id) : [];
      const at = answer.order.map((id) => ids.indexOf(id));
      if (ids.length > 0 && ids.length <= 36 && at.length === ids.length && at.every((i) => i >= 0))
        return at.map(index36).join('');
      return answer.order.join(',');
    }
    case 'matching': {
      const lefts = question?.type === 'matching' ? question.pairs.map((p) => p.id) : [];
      if (lefts.length > 0 && lefts.every((id) => answer.matches[id]))
        return `=${lefts.map((id) => answer.matches[id]).join(',')}`;
      return Object.entries(answer.matches)
        .map(([l, r]) => `${l}=${r}`)
        .join(',');
    }
    case 'short':
      return answer.text;
  }
}

/** The chosen ids of a stored multiple-choice answer: "a,c", or "ac" when each id is one character. */
function choiceList(question: Extract<Question, { type: 'multiple' }>, stored: string): string[] {
  const ids = new Set(question.options.map((o) => o.id));
  if (stored.includes(',') || ids.has(stored)) return stored.split(',');
  return [...stored];
}

/** A stored ordering as item ids: indices ("201") or, from older data, ids ("s3,s1,s2"). */
function orderList(question: Extract<Question, { type: 'ordering' }>, stored: string): string[] {
  const ids = question.items.map((i) => i.id);
  if (!stored.includes(',') && stored.length === ids.length) return [...stored].map((c) => ids[parseInt(c, 36)] ?? '');
  return stored ? stored.split(',') : [];
}

/** Decodes a stored answer for a question; anything unreadable gives an empty answer. */
export function decodeAnswer(question: Question, stored: string | undefined): Answer {
  if (stored === undefined) return emptyAnswer(question);
  const list = stored ? stored.split(',') : [];
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: question.options.some((o) => o.id === stored) ? stored : null };
    case 'multiple':
      return {
        type: 'multiple',
        choices: choiceList(question, stored).filter((id) => question.options.some((o) => o.id === id)),
      };
    case 'true-false':
      return { type: 'true-false', value: stored === 't' ? true : stored === 'f' ? false : null };
    case 'ordering': {
      const ids = question.items.map((i) => i.id);
      const order = orderList(question, stored);
      const valid = order.length === ids.length && ids.every((id) => order.includes(id));
      return { type: 'ordering', order: valid ? order : [] };
    }
    case 'matching': {
      if (stored.startsWith('=')) {
        const rights = stored.slice(1).split(',');
        return {
          type: 'matching',
          matches: Object.fromEntries(question.pairs.map((p, i) => [p.id, rights[i] ?? '']).filter(([, r]) => r)),
        };
      }
      return {
        type: 'matching',
        matches: Object.fromEntries(list.map((pair) => pair.split('=')).filter((p) => p.length === 2)),
      };
    }
    case 'short':
      return { type: 'short', text: stored };
  }
}
