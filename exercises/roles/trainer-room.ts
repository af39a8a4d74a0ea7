// The roles exercise in trainer mode: the statements one at a time, each team's choice per statement
// (recorded by the trainer), the answer with its reason when revealed. Plain data for the shared room.
import type { RoomSpec, StepInfo } from '../../src/trainer/room.ts';
import { MAX_TEAMS } from '../../src/trainer/room.ts';
import { shortLabel } from '../../src/trainer/text.ts';
import { normalizeRoles, type Placements } from './placements.ts';
import { ROLE_IDS, type RoleId } from './role-ids.ts';
import type { Statement } from './schema.ts';
import { emptyTeams, toggleTeamRole } from './team-round.ts';

/** The room's entries: per team (always MAX_TEAMS), the roles chosen per statement id. */
export interface RolesRoom {
  choices: Placements[];
}

/** Reads saved choices: unknown statements and roles are dropped, missing teams start empty. */
export function restoreChoices(raw: unknown, statements: readonly Statement[]): Placements[] {
  const ids = new Set(statements.map((s) => s.id));
  const teams = Array.isArray(raw) ? raw : [];
  return emptyTeams(MAX_TEAMS).map((_, i) => {
    const team: unknown = teams[i];
    if (typeof team !== 'object' || team === null) return {};
    const out: Record<string, RoleId[]> = {};
    for (const [id, roles] of Object.entries(team)) {
      if (!ids.has(id) || !Array.isArray(roles)) continue;
      const valid = normalizeRoles(roles.filter((r): r is RoleId => (ROLE_IDS as readonly unknown[]).includes(r)));
      if (valid.length > 0) out[id] = valid;
    }
    return out;
  });
}

/** The room description of the roles exercise. */
export function rolesRoom(statements: readonly Statement[], steps: StepInfo[]): RoomSpec<RolesRoom> {
  return {
    exercise: 'roles',
    steps,
    views: ['task', 'item', 'results'],
    fresh: () => ({ choices: emptyTeams(MAX_TEAMS) }),
    restore: (raw) => ({ choices: restoreChoices((raw as { choices?: unknown } | null)?.choices, statements) }),
    items: () => statements.map((s) => ({ id: s.id, label: shortLabel(s.text) })),
  };
}

/** Records or withdraws one role in one team's choice. */
export function toggleChoice(room: RolesRoom, team: number, id: string, role: RoleId): RolesRoom {
  return { choices: toggleTeamRole(room.choices, team, id, role) };
}
