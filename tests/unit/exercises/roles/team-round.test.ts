import { describe, expect, test } from 'vitest';
import type { Statement } from '../../../../exercises/roles/schema.ts';
import { emptyTeams, teamScore, teamVerdict, toggleTeamRole } from '../../../../exercises/roles/team-round.ts';

const statements: Statement[] = [
  { id: 's01', text: 'A', roles: ['kierownik'], reason: 'r', lesson: 'roles' },
  { id: 's02', text: 'B', roles: ['mentor', 'podopieczny'], reason: 'r', lesson: 'roles' },
  { id: 's03', text: 'C', roles: ['podopieczny'], reason: 'r', lesson: 'roles' },
];

describe('team round', () => {
  test('returns one empty choice set per team when a round starts', () => {
    expect(emptyTeams(3)).toEqual([{}, {}, {}]);
  });

  test('returns a change only in the chosen team when the trainer records a role', () => {
    const teams = toggleTeamRole(emptyTeams(2), 0, 's02', 'podopieczny');
    expect(teams).toEqual([{ s02: ['podopieczny'] }, {}]);
  });

  test('returns right, wrong or none when a team choice is compared with the key', () => {
    expect(teamVerdict(statements[1]!, { s02: ['podopieczny', 'mentor'] })).toBe('right');
    expect(teamVerdict(statements[1]!, { s02: ['mentor'] })).toBe('wrong');
    expect(teamVerdict(statements[1]!, {})).toBe('none');
  });

  test('returns a score over the revealed statements only', () => {
    const choices = { s01: ['kierownik'], s02: ['mentor'], s03: ['podopieczny'] } as const;
    expect(teamScore(statements, choices, new Set(['s01', 's02']))).toEqual({ right: 1, of: 2 });
    expect(teamScore(statements, choices, new Set())).toEqual({ right: 0, of: 0 });
  });
});
