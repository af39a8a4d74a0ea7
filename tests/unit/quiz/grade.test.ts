import { describe, expect, test } from 'vitest';
import { decodeAnswer, emptyAnswer, encodeAnswer, isAnswered, type Answer } from '../../../src/quiz/answers.ts';
import { drawAssessment, seededRandom, shownOrder } from '../../../src/quiz/draw.ts';
import { grade, normalizeShort, scaledScore } from '../../../src/quiz/grade.ts';
import { toInteraction } from '../../../src/quiz/interaction.ts';
import type { Question, QuizBank } from '../../../src/schemas/quiz.ts';
import { scorm12InteractionFields, scorm2004InteractionFields } from '../../../scorm/format/interactions.ts';

const common = { pool: 'practice' as const, lesson: 'roles', prompt: 'Pytanie?', explanation: 'Bo tak.' };
const single: Question = {
  ...common,
  id: 'q-lo2-01',
  type: 'single',
  options: [
    { id: 'a', text: 'Kierownik', correct: true, feedback: 'Tak, kierownik.' },
    { id: 'b', text: 'Mentor', correct: false, feedback: 'Nie, mentor nie wybiera.' },
  ],
};
const multiple: Question = {
  ...common,
  id: 'q-lo2-02',
  type: 'multiple',
  options: [
    { id: 'a', text: 'A', correct: true, feedback: 'fa' },
    { id: 'b', text: 'B', correct: true, feedback: 'fb' },
    { id: 'c', text: 'C', correct: false, feedback: 'fc' },
  ],
};
const trueFalse: Question = {
  ...common,
  id: 'q-lo1-03',
  type: 'true-false',
  answer: false,
  feedback: { true: 'ft', false: 'ff' },
};
const ordering: Question = {
  ...common,
  id: 'q-lo5-04',
  type: 'ordering',
  items: [
    { id: 's1', text: 'Wybór' },
    { id: 's2', text: 'Szkolenie' },
    { id: 's3', text: 'Dopasowanie' },
  ],
};
const matching: Question = {
  ...common,
  id: 'q-lo1-05',
  type: 'matching',
  pairs: [
    { id: 'p1', left: 'mentor', right: 'wspiera' },
    { id: 'p2', left: 'podopieczny', right: 'rozwija się' },
    { id: 'p3', left: 'kierownik', right: 'organizuje' },
  ],
};
const short: Question = { ...common, id: 'q-lo6-06', type: 'short', accepted: ['dwa dni', '2'] };

describe('grade', () => {
  test('returns correct with the chosen option feedback for single choice', () => {
    expect(grade(single, { type: 'single', choice: 'a' })).toEqual({ correct: true, feedback: ['Tak, kierownik.'] });
    expect(grade(single, { type: 'single', choice: 'b' })).toEqual({
      correct: false,
      feedback: ['Nie, mentor nie wybiera.'],
    });
  });

  test('returns correct for multiple choice only with exactly the right set', () => {
    expect(grade(multiple, { type: 'multiple', choices: ['b', 'a'] }).correct).toBe(true);
    expect(grade(multiple, { type: 'multiple', choices: ['a'] }).correct).toBe(false);
    expect(grade(multiple, { type: 'multiple', choices: ['a', 'b', 'c'] }).feedback).toEqual(['fa', 'fb', 'fc']);
  });

  test('returns the feedback of the value given for true/false', () => {
    expect(grade(trueFalse, { type: 'true-false', value: false })).toEqual({ correct: true, feedback: ['ff'] });
    expect(grade(trueFalse, { type: 'true-false', value: true })).toEqual({ correct: false, feedback: ['ft'] });
  });

  test('returns correct for ordering and matching only when all in place', () => {
    expect(grade(ordering, { type: 'ordering', order: ['s1', 's2', 's3'] }).correct).toBe(true);
    expect(grade(ordering, { type: 'ordering', order: ['s2', 's1', 's3'] }).correct).toBe(false);
    expect(grade(matching, { type: 'matching', matches: { p1: 'p1', p2: 'p2', p3: 'p3' } }).correct).toBe(true);
    expect(grade(matching, { type: 'matching', matches: { p1: 'p2', p2: 'p1', p3: 'p3' } }).correct).toBe(false);
  });

  test('accepts short answers ignoring case, spacing and Polish diacritics', () => {
    for (const text of ['Dwa dni', '  dwa   DNI. ', 'dwa dni', '2']) {
      expect(grade(short, { type: 'short', text }).correct, text).toBe(true);
    }
    expect(grade(short, { type: 'short', text: 'trzy dni' }).correct).toBe(false);
    expect(normalizeShort('Źródło  Ł')).toBe('zrodlo l');
    expect(normalizeShort('4 - 10')).toBe('4-10');
  });
});

describe('encodeAnswer / decodeAnswer', () => {
  const cases: Array<[Question, Answer, string]> = [
    [single, { type: 'single', choice: 'b' }, 'b'],
    [multiple, { type: 'multiple', choices: ['a', 'c'] }, 'ac'],
    [trueFalse, { type: 'true-false', value: true }, 't'],
    [ordering, { type: 'ordering', order: ['s3', 's1', 's2'] }, 's3,s1,s2'],
    [matching, { type: 'matching', matches: { p1: 'p2', p2: 'p1' } }, 'p1=p2,p2=p1'],
    [short, { type: 'short', text: 'dwa, dni' }, 'dwa, dni'],
  ];
  test.each(cases)('returns the same answer after a round trip (%#)', (question, answer, encoded) => {
    expect(encodeAnswer(answer)).toBe(encoded);
    expect(decodeAnswer(question, encoded)).toEqual(answer);
  });

  test('returns an empty answer for unreadable stored values', () => {
    expect(decodeAnswer(single, 'zz')).toEqual({ type: 'single', choice: null });
    expect(decodeAnswer(ordering, 's1,s1,s9')).toEqual(emptyAnswer(ordering));
  });

  test('isAnswered requires every pair of a matching question', () => {
    expect(isAnswered({ type: 'matching', matches: { p1: 'p1' } }, matching)).toBe(false);
    expect(isAnswered({ type: 'matching', matches: { p1: 'p1', p2: 'p2', p3: 'p3' } }, matching)).toBe(true);
  });
});

describe('toInteraction', () => {
  test('returns each type in both standards response formats', () => {
    const rows = [
      [single, { type: 'single', choice: 'b' }, 'choice', 'b', 'b'],
      [multiple, { type: 'multiple', choices: ['c', 'a'] }, 'choice', 'a,c', 'a[,]c'],
      [trueFalse, { type: 'true-false', value: false }, 'true-false', 'f', 'false'],
      [ordering, { type: 'ordering', order: ['s2', 's1', 's3'] }, 'sequencing', 's2,s1,s3', 's2[,]s1[,]s3'],
      [matching, { type: 'matching', matches: { p1: 'p1', p2: 'p3' } }, 'matching', 'p1.p1,p2.p3', 'p1[.]p1[,]p2[.]p3'],
      [short, { type: 'short', text: 'dwa dni' }, 'fill-in', 'dwa dni', 'dwa dni'],
    ] as const;
    for (const [question, answer, type, v12, v2004] of rows) {
      const interaction = toInteraction(question, 'lo2', answer as Answer, false, 1500, 'fa-');
      const f12 = Object.fromEntries(scorm12InteractionFields(interaction));
      const f2004 = Object.fromEntries(scorm2004InteractionFields(interaction));
      expect([f12['type'], f12['student_response'], f12['result']]).toEqual([type, v12, 'wrong']);
      expect([f2004['type'], f2004['learner_response'], f2004['result']]).toEqual([type, v2004, 'incorrect']);
      expect(f2004['id']).toBe(`fa-${question.id}`);
    }
  });
});

describe('drawAssessment', () => {
  const bank = (outcome: string): QuizBank => ({
    outcome,
    title: outcome,
    questions: Array.from({ length: 8 }, (_, i) => ({ ...single, id: `q-${outcome}-${i}` })),
  });
  test('returns perOutcome questions from each bank, the same for the same seed', () => {
    const banks = [bank('lo1'), bank('lo2'), bank('lo3')];
    const draw = drawAssessment(banks, 3, 42);
    expect(draw).toHaveLength(9);
    for (const o of ['lo1', 'lo2', 'lo3']) expect(draw.filter((d) => d.outcome === o)).toHaveLength(3);
    expect(drawAssessment(banks, 3, 42).map((d) => d.question.id)).toEqual(draw.map((d) => d.question.id));
    expect(drawAssessment(banks, 3, 7).map((d) => d.question.id)).not.toEqual(draw.map((d) => d.question.id));
  });

  test('never shows ordering items already in order', () => {
    for (let seed = 0; seed < 50; seed += 1) {
      expect(shownOrder(ordering, seededRandom(seed)).join()).not.toBe('s1,s2,s3');
    }
  });

  test('scaledScore returns the share of correct answers', () => {
    expect(scaledScore([true, false, true, true])).toBe(0.75);
    expect(scaledScore([])).toBe(0);
  });
});
