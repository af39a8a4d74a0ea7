import { describe, expect, test } from 'vitest';
import { chosenIds, inShownOrder } from '../../../src/quiz/choice.ts';
import { choiceMark, correctIds, placements } from '../../../src/quiz/marks.ts';
import { revisitList } from '../../../src/quiz/revisit.ts';
import { questions } from './fixtures.ts';

describe('marks', () => {
  test('choiceMark returns right, wrong, missed or none', () => {
    expect([
      choiceMark(true, true),
      choiceMark(true, false),
      choiceMark(false, true),
      choiceMark(false, false),
    ]).toEqual(['right', 'wrong', 'missed', 'none']);
  });

  test('chosenIds and correctIds return option ids, t/f for true-false', () => {
    expect(chosenIds({ type: 'true-false', value: false })).toEqual(['f']);
    expect(chosenIds({ type: 'true-false', value: null })).toEqual([]);
    expect(correctIds(questions.trueFalse)).toEqual(['f']);
    expect(correctIds(questions.multiple)).toEqual(['a', 'b']);
  });

  test('placements returns each item with its right place', () => {
    expect(placements(questions.ordering, ['s2', 's1', 's3']).map((p) => [p.id, p.place, p.right])).toEqual([
      ['s2', 2, false],
      ['s1', 1, false],
      ['s3', 3, true],
    ]);
  });

  test('inShownOrder puts items in the shown order, unknown ones last', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(inShownOrder(items, ['c', 'a']).map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('revisitList', () => {
  const lessons = { roles: { title: 'Role', href: '../lekcje/roles.html' }, stages: { title: 'Etapy', href: '../x' } };
  const list = [questions.single, questions.multiple, questions.trueFalse, questions.ordering];

  test('returns each section of a wrong answer once, with the question numbers, in question order', () => {
    const wrong = new Set(['q-s', 'q-m', 'q-tf', 'q-o']);
    const revisit = revisitList(list, (id) => wrong.has(id), lessons, { 'roles#kto-wybiera': 'Kto wybiera' });
    expect(revisit).toEqual([
      { link: { title: 'Role', section: 'Kto wybiera', href: '../lekcje/roles.html#kto-wybiera' }, numbers: [1] },
      { link: { title: 'Role', href: '../lekcje/roles.html' }, numbers: [2] },
      { link: { title: 'Etapy', href: '../x' }, numbers: [3, 4] },
    ]);
  });

  test('returns nothing when every answer is right', () => {
    expect(revisitList(list, () => false, lessons)).toEqual([]);
  });
});
