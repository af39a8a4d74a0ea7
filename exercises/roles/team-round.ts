import { gradeStatement, toggleRole, type Placements } from './placements.ts';
import type { RoleId, Statement } from './schema.ts';

/** What one team chose for one statement, compared with the key. */
export type TeamVerdict = 'right' | 'wrong' | 'none';

/** Empty choices for `count` teams. */
export function emptyTeams(count: number): Placements[] {
  return Array.from({ length: count }, () => ({}));
}

/** Toggles a role in one team's choice for one statement. */
export function toggleTeamRole(teams: readonly Placements[], team: number, id: string, role: RoleId): Placements[] {
  return teams.map((choices, i) => (i === team ? toggleRole(choices, id, role) : choices));
}

/** A team's choice against the key: none when the team chose nothing for the statement. */
export function teamVerdict(statement: Statement, choices: Placements): TeamVerdict {
  const chosen = choices[statement.id];
  if (!chosen || chosen.length === 0) return 'none';
  return gradeStatement(statement, chosen).exact ? 'right' : 'wrong';
}

/** A team's score over the revealed statements only (what the room has seen so far). */
export function teamScore(statements: readonly Statement[], choices: Placements, revealed: ReadonlySet<string>) {
  const shown = statements.filter((s) => revealed.has(s.id));
  return { right: shown.filter((s) => teamVerdict(s, choices) === 'right').length, of: shown.length };
}
