import { describe, expect, test } from 'vitest';
import type { Question } from '../../../src/schemas/quiz.ts';
import { keyAnswer, paperQuestion, paperQuestions, paperShuffle } from '../../../src/trainer/paper/paper-quiz.ts';

const base = { pool: 'practice' as const, lesson: 'roles', prompt: 'P?', explanation: 'E.' };
const single: Question = {
  ...base,
  id: 'q-1',
  type: 'single',
  options: [
    { id: 'a', text: 'Right', correct: true, feedback: 'f' },
    { id: 'b', text: 'Wrong 1', correct: false, feedback: 'f' },
    { id: 'c', text: 'Wrong 2', correct: false, feedback: 'f' },
    { id: 'd', text: 'Wrong 3', correct: false, feedback: 'f' },
  ],
};
const ordering: Question = {
  ...base,
  id: 'q-2',
  type: 'ordering',
  items: [
    { id: 'a', text: 'First' },
    { id: 'b', text: 'Second' },
    { id: 'c', text: 'Third' },
  ],
};
const matching: Question = {
  ...base,
  id: 'q-3',
  type: 'matching',
  pairs: [
    { id: 'p1', left: 'L1', right: 'R1' },
    { id: 'p2', left: 'L2', right: 'R2' },
    { id: 'p3', left: 'L3', right: 'R3' },
  ],
};
// Every question has a pool (src/schemas/quiz.ts): only the practice pool is ever printed.
const pooled = (q: Question, pool: 'practice' | 'final') => ({ ...q, pool }) as unknown as Question;
const words = { true: 'Prawda', false: 'Fałsz' };

describe('paperQuestions', () => {
  test('returns only the practice pool when the bank has pools: the final pool never reaches paper', () => {
    const bank = { questions: [pooled(single, 'practice'), pooled(ordering, 'final'), pooled(matching, 'practice')] };
    expect(paperQuestions(bank).map((q) => q.id)).toEqual(['q-1', 'q-3']);
  });

  test('returns nothing for a bank whose questions are all in the final pool', () => {
    const bank = { questions: [pooled(single, 'final'), pooled(ordering, 'final')] };
    expect(paperQuestions(bank)).toEqual([]);
  });
});

describe('paper layout', () => {
  test('returns the same shuffle for the same question id, never the original order', () => {
    const items = [1, 2, 3, 4];
    expect(paperShuffle(items, 'q-1')).toEqual(paperShuffle(items, 'q-1'));
    for (const id of ['q-1', 'q-2', 'q-3', 'x', 'y', 'z']) expect(paperShuffle(items, id)).not.toEqual(items);
    expect([...paperShuffle(items, 'q-1')].sort()).toEqual(items);
  });

  test('returns lettered options with the right one marked, and the key names its letter', () => {
    const paper = paperQuestion(single);
    if (paper.kind !== 'single') throw new Error('single expected');
    expect(paper.options.map((o) => o.label)).toEqual(['A', 'B', 'C', 'D']);
    const right = paper.options.find((o) => o.correct)!;
    expect(right.text).toBe('Right');
    expect(keyAnswer(paper, words)).toBe(right.label);
  });

  test('returns ordering items with their right position, and the key lists the letters in order', () => {
    const paper = paperQuestion(ordering);
    if (paper.kind !== 'ordering') throw new Error('ordering expected');
    const byText = Object.fromEntries(paper.items.map((i) => [i.text, i]));
    expect(byText['First']!.position).toBe(1);
    expect(keyAnswer(paper, words)).toBe(['First', 'Second', 'Third'].map((t) => byText[t]!.label).join(', '));
  });

  test('returns matching pairs numbered on the left and lettered on the right, the key pairing them', () => {
    const paper = paperQuestion(matching);
    if (paper.kind !== 'matching') throw new Error('matching expected');
    for (const left of paper.left) {
      const right = paper.right.find((r) => r.label === left.answer)!;
      expect(right.text).toBe(left.text.replace('L', 'R'));
    }
    expect(keyAnswer(paper, words)).toMatch(/^1 – [A-C], 2 – [A-C], 3 – [A-C]$/);
  });

  test('returns true/false and short answers in the key as words', () => {
    const tf = paperQuestion({
      ...base,
      id: 'q-4',
      type: 'true-false',
      answer: false,
      feedback: { true: 'a', false: 'b' },
    });
    expect(keyAnswer(tf, words)).toBe('Fałsz');
    const short = paperQuestion({ ...base, id: 'q-5', type: 'short', accepted: ['mentee', 'menti'] });
    expect(keyAnswer(short, words)).toBe('mentee / menti');
  });
});
