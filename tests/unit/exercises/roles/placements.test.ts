import { describe, expect, test } from 'vitest';
import {
  addRole,
  decodePlacements,
  decodeRound,
  encodePlacements,
  gradeAll,
  gradeStatement,
  moveRole,
  normalizeRoles,
  numbering,
  roundOrder,
  setRoles,
  toggleRole,
  unplaced,
} from '../../../../exercises/roles/placements.ts';
import type { Statement } from '../../../../exercises/roles/schema.ts';

const statement = (id: string, roles: Statement['roles']): Statement => ({
  id,
  text: `Zadanie ${id}`,
  roles,
  reason: 'Bo tak.',
  lesson: 'roles',
});
const ids = Array.from({ length: 26 }, (_, i) => `s${String(i + 1).padStart(2, '0')}`);

describe('normalizeRoles', () => {
  test('returns each role once in kierownik, mentor, podopieczny order when given any order', () => {
    expect(normalizeRoles(['podopieczny', 'kierownik', 'podopieczny'])).toEqual(['kierownik', 'podopieczny']);
  });
});

describe('role changes', () => {
  test('returns the role added, then removed, when a role button is pressed twice', () => {
    const once = toggleRole({}, 's01', 'mentor');
    expect(once).toEqual({ s01: ['mentor'] });
    expect(toggleRole(once, 's01', 'mentor')).toEqual({});
  });

  test('returns several roles in canonical order when roles are added one by one', () => {
    expect(toggleRole(toggleRole({}, 's01', 'podopieczny'), 's01', 'kierownik')).toEqual({
      s01: ['kierownik', 'podopieczny'],
    });
  });

  test('returns the same placements when a drop adds a role the statement already has', () => {
    expect(addRole({ s01: ['mentor'] }, 's01', 'mentor')).toEqual({ s01: ['mentor'] });
  });

  test('returns the role replaced when a statement is dragged from one role to another', () => {
    expect(moveRole({ s01: ['kierownik', 'mentor'] }, 's01', 'kierownik', 'podopieczny')).toEqual({
      s01: ['mentor', 'podopieczny'],
    });
  });

  test('returns placements without the statement when its last role is removed', () => {
    expect(setRoles({ s01: ['mentor'], s02: ['kierownik'] }, 's01', [])).toEqual({ s02: ['kierownik'] });
  });

  test('does not change the placements it was given', () => {
    const before = { s01: ['mentor'] } as const;
    toggleRole(before, 's01', 'kierownik');
    expect(before).toEqual({ s01: ['mentor'] });
  });
});

describe('saved placements', () => {
  test('returns one character per statement in the data order (version 2)', () => {
    const three = ['s01', 's02', 's03'];
    expect(encodePlacements({ s02: ['kierownik', 'mentor'], s01: ['podopieczny'] }, three)).toBe('2pa.');
    expect(encodePlacements({}, three)).toBe('');
  });

  test('returns the same placements when encoded text is decoded, every combination of roles', () => {
    const placements = {
      s01: ['kierownik', 'mentor', 'podopieczny'],
      s02: ['kierownik', 'podopieczny'],
      s03: ['mentor', 'podopieczny'],
      s07: ['mentor'],
    } as const;
    expect(decodePlacements(encodePlacements(placements, ids), ids)).toEqual(placements);
    expect(decodePlacements('2dxz', ids)).toEqual({ s01: ['kierownik', 'mentor', 'podopieczny'] });
  });

  test('reads version 1, keeping only what it understands when saved text is corrupted or names unknown statements', () => {
    expect(decodePlacements('s01=k,s99=m,garbage,s02=xz,s03=pk,=k,s04=', ids)).toEqual({
      s01: ['kierownik'],
      s03: ['kierownik', 'podopieczny'],
    });
    expect(decodePlacements(undefined, ids)).toEqual({});
  });

  test('returns round 1 when the saved round is missing or not a positive integer', () => {
    expect(decodeRound(undefined)).toBe(1);
    expect(decodeRound('0')).toBe(1);
    expect(decodeRound('2.5')).toBe(1);
    expect(decodeRound('x')).toBe(1);
    expect(decodeRound('3')).toBe(3);
  });
});

describe('roundOrder', () => {
  test('returns every statement once, in the same order for the same round', () => {
    const order = roundOrder(ids, 1);
    expect([...order].sort()).toEqual(ids);
    expect(roundOrder(ids, 1)).toEqual(order);
  });

  test('returns a new order when the learner retries (next round)', () => {
    expect(roundOrder(ids, 2)).not.toEqual(roundOrder(ids, 1));
    expect(roundOrder(ids, 1)).not.toEqual(ids);
  });
});

describe('grading', () => {
  const key = [
    statement('s01', ['kierownik']),
    statement('s02', ['kierownik', 'mentor']),
    statement('s03', ['podopieczny']),
  ];

  test('returns exact only when all the right roles and no other are chosen', () => {
    expect(gradeStatement(key[1]!, ['mentor', 'kierownik']).exact).toBe(true);
    expect(gradeStatement(key[1]!, ['kierownik']).exact).toBe(false);
    expect(gradeStatement(key[0]!, ['kierownik', 'mentor']).exact).toBe(false);
    expect(gradeStatement(key[0]!, undefined)).toEqual({
      id: 's01',
      chosen: [],
      correct: ['kierownik'],
      exact: false,
    });
  });

  test('returns the number of statements sorted exactly right as the score, out of all statements', () => {
    const graded = gradeAll(key, { s01: ['kierownik'], s02: ['kierownik'], s03: ['podopieczny'] });
    expect(graded.score).toBe(2);
    expect(graded.max).toBe(3);
    expect(graded.results.map((r) => r.exact)).toEqual([true, false, true]);
  });

  test('returns 1-based shown numbers when statements are numbered in shown order', () => {
    expect([...numbering(['s03', 's01'])]).toEqual([
      ['s03', 1],
      ['s01', 2],
    ]);
  });

  test('returns the statements without a role, in shown order', () => {
    expect(unplaced(['s03', 's01', 's02'], { s01: ['mentor'] })).toEqual(['s03', 's02']);
  });
});
