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

/** Compact saved form: `s01=k,s02=km` (statements without a role are left out), ids sorted. */
export function encodePlacements(placements: Placements): string {
  return Object.keys(placements)
    .sort()
    .flatMap((id) => {
      const codes = normalizeRoles(placements[id] ?? [])
        .map((r) => ROLE_CODES[r])
        .join('');
      return codes ? [`${id}=${codes}`] : [];
    })
    .join(',');
}

const ROLE_BY_CODE = new Map(ROLE_IDS.map((role) => [ROLE_CODES[role], role]));

/** Reads saved placements; unknown statements, unknown codes and malformed parts are dropped, never thrown. */
export function decodePlacements(text: string | undefined, ids: Iterable<string>): Placements {
  const knownIds = new Set(ids);
  const out: Record<string, RoleId[]> = {};
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
