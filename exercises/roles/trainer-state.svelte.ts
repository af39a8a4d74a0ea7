import { SvelteSet } from 'svelte/reactivity';
import { t } from '../../src/i18n/index.ts';
import { roleList } from './labels.ts';
import type { Placements } from './placements.ts';
import type { RoleId, Statement } from './schema.ts';
import { nextToReveal, resizeTeams, teamScore, toggleTeamRole } from './team-round.ts';

/**
 * Trainer mode: which answers are revealed and what each team chose. Lives
 * in memory only (trainer mode saves and sends nothing).
 */
export class TrainerRound {
  readonly statements: readonly Statement[];
  /** 0: no team round. */
  teamCount = $state(0);
  teams = $state<Placements[]>([]);
  readonly revealed = new SvelteSet<string>();
  announcement = $state('');

  readonly scores = $derived(this.teams.map((choices) => teamScore(this.statements, choices, this.revealed)));

  constructor(statements: readonly Statement[]) {
    this.statements = statements;
  }

  number(id: string): number {
    return this.statements.findIndex((s) => s.id === id) + 1;
  }

  setTeamCount(count: number): void {
    this.teamCount = count;
    this.teams = resizeTeams(this.teams, count);
  }

  toggle(team: number, id: string, role: RoleId): void {
    this.teams = toggleTeamRole(this.teams, team, id, role);
  }

  private announceAnswer(id: string): void {
    const statement = this.statements.find((s) => s.id === id);
    if (statement)
      this.announcement = t('roles.trainer.revealed', { n: this.number(id), roles: roleList(statement.roles) });
  }

  /** Shows or hides one answer. */
  flip(id: string): void {
    if (this.revealed.delete(id)) return;
    this.revealed.add(id);
    this.announceAnswer(id);
  }

  /** Reveals the first hidden answer in worksheet order; returns its id. */
  revealNext(): string | undefined {
    const id = nextToReveal(this.statements, this.revealed);
    if (id) {
      this.revealed.add(id);
      this.announceAnswer(id);
    }
    return id;
  }

  revealAll(): void {
    for (const s of this.statements) this.revealed.add(s.id);
    this.announcement = t('roles.trainer.allRevealed');
  }

  /** Hides every answer and clears the teams' choices (the number of teams stays). */
  reset(): void {
    this.revealed.clear();
    this.teams = resizeTeams([], this.teamCount);
    this.announcement = t('roles.trainer.resetDone');
  }
}
