import { seededRandom, shuffle } from '../../src/quiz/draw.ts';
import { ROLE_IDS, type RoleId } from './role-ids.ts';
import type { Statement } from './schema.ts';

/** Roles chosen per statement id (each list in ROLE_IDS order, never empty). */
export type Placements = Readonly<Record<string, readonly RoleId[]>>;

/** One-letter codes for saved placements (suspend data must stay small). */
export const ROLE_CODES: Readonly<Record<RoleId, string>> = { kierownik: 'k', mentor: 'm', podopieczny: 'p' };

/** The roles as a set in the canonical order, each once. */
export function normalizeRoles(roles: Iterable<RoleId>): RoleId[] {
  const set = new Set(roles);
  return ROLE_IDS.filter((role) => set.has(role));
}

/** Sets a statement's roles (an empty list removes the statement). */
export function setRoles(placements: Placements, id: string, roles: Iterable<RoleId>): Placements {
  const next = { ...placements };
  const normal = normalizeRoles(roles);
  if (normal.length > 0) next[id] = normal;
  else delete next[id];
  return next;
}

/** Adds or removes one role of a statement. */
export function toggleRole(placements: Placements, id: string, role: RoleId): Placements {
  const current = placements[id] ?? [];
  return setRoles(placements, id, current.includes(role) ? current.filter((r) => r !== role) : [...current, role]);
}

/** Adds a role (a drop on a role's area). */
export function addRole(placements: Placements, id: string, role: RoleId): Placements {
  return setRoles(placements, id, [...(placements[id] ?? []), role]);
}

/** Moves a statement from one role to another (a drag from one role's area to another's). */
export function moveRole(placements: Placements, id: string, from: RoleId, to: RoleId): Placements {
  return setRoles(placements, id, [...(placements[id] ?? []).filter((r) => r !== from), to]);
}

// Saved form, version 2: "2" then one character per statement in the data's order (suspend data must
// stay small): "." none, k/m/p one role, a = kierownik+mentor, b = kierownik+podopieczny,
// c = mentor+podopieczny, d = all three. Version 1 (`s01=k,s02=km`) is still read.
const COMBOS: ReadonlyArray<readonly [string, readonly RoleId[]]> = [
  ['k', ['kierownik']],
  ['m', ['mentor']],
  ['p', ['podopieczny']],
  ['a', ['kierownik', 'mentor']],
  ['b', ['kierownik', 'podopieczny']],
  ['c', ['mentor', 'podopieczny']],
  ['d', ['kierownik', 'mentor', 'podopieczny']],
];
const COMBO_OF = new Map(COMBOS.map(([code, roles]) => [roles.join(), code]));
const ROLES_OF = new Map(COMBOS);

/** Encodes placements over the statements' ids in the data's order; '' when nothing is placed. */
export function encodePlacements(placements: Placements, ids: readonly string[]): string {
  const marks = ids.map((id) => COMBO_OF.get(normalizeRoles(placements[id] ?? []).join()) ?? '.');
  return marks.some((m) => m !== '.') ? `2${marks.join('')}` : '';
}

const ROLE_BY_CODE = new Map(ROLE_IDS.map((role) => [ROLE_CODES[role], role]));

/** Reads saved placements (version 2 or 1); unknown statements, codes and malformed parts are dropped, never thrown. */
export function decodePlacements(text: string | undefined, ids: Iterable<string>): Placements {
  const order = [...ids];
  const out: Record<string, RoleId[]> = {};
  if (text?.startsWith('2') && !text.includes('=')) {
    [...text.slice(1)].forEach((mark, i) => {
      const roles = ROLES_OF.get(mark);
      if (roles && order[i]) out[order[i]] = [...roles];
    });
    return out;
  }
  const knownIds = new Set(order);
  for (const part of (text ?? '').split(',')) {
    const match = /^([a-z0-9]+)=([a-z]+)$/.exec(part.trim());
    if (!match || !knownIds.has(match[1]!)) continue;
    const roles = normalizeRoles([...match[2]!].flatMap((c) => ROLE_BY_CODE.get(c) ?? []));
    if (roles.length > 0) out[match[1]!] = roles;
  }
  return out;
}

/** A saved round number (1, 2, ...); anything else is round 1. */
export function decodeRound(text: string | undefined): number {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** The order statements are shown in for a round: shuffled, the same after a reload, new on every retry. */
export function roundOrder(ids: readonly string[], round: number): string[] {
  return shuffle(ids, seededRandom(7919 * round));
}

/** Statement id -> its shown number (1-based) in the given order. */
export function numbering(order: readonly string[]): ReadonlyMap<string, number> {
  return new Map(order.map((id, i) => [id, i + 1]));
}

/** Statement ids without any role yet, in the given order. */
export function unplaced(order: readonly string[], placements: Placements): string[] {
  return order.filter((id) => (placements[id]?.length ?? 0) === 0);
}

/** One statement checked against the key. */
export interface StatementResult {
  id: string;
  chosen: RoleId[];
  correct: RoleId[];
  /** Exactly the right roles: all of them and no other. */
  exact: boolean;
}

/** Grades one statement: right only when the chosen roles are exactly the key's. */
export function gradeStatement(statement: Statement, chosen: readonly RoleId[] | undefined): StatementResult {
  const mine = normalizeRoles(chosen ?? []);
  const correct = normalizeRoles(statement.roles);
  return { id: statement.id, chosen: mine, correct, exact: mine.join() === correct.join() };
}

/** Grades every statement; the score is the number sorted exactly right. */
export function gradeAll(statements: readonly Statement[], placements: Placements) {
  const results = statements.map((s) => gradeStatement(s, placements[s.id]));
  const byId: ReadonlyMap<string, StatementResult> = new Map(results.map((r) => [r.id, r]));
  return { results, byId, score: results.filter((r) => r.exact).length, max: statements.length };
}
