import { t } from './strings.ts';
import type { Interaction } from '../../src/tracking/interaction.ts';
import { ACTIVITY_ID, toInteractions } from './interactions.ts';
import { roleWord } from './labels.ts';
import {
  addRole,
  decodePlacements,
  decodeRound,
  encodePlacements,
  gradeAll,
  moveRole,
  numbering,
  roundOrder,
  setRoles,
  toggleRole,
  unplaced,
  type Placements,
  type StatementResult,
} from './placements.ts';
import type { RoleId, Statement } from './schema.ts';

/** Saved answer keys (SCORM suspend data: keep them short). */
export const KEYS = {
  /** Placements, e.g. `s01=k,s02=km`. */
  placements: `${ACTIVITY_ID}:p`,
  /** Round number: seeds the shown order; a retry starts the next round. */
  round: `${ACTIVITY_ID}:r`,
  /** `1` once the learner has checked this round. */
  checked: `${ACTIVITY_ID}:c`,
} as const;

/** What a check produced, for the tracker. */
export interface CheckOutcome {
  score: number;
  max: number;
  interactions: Interaction[];
}

/** A statement being dragged, and the role area it was dragged from (none: from the list). */
export interface Dragging {
  id: string;
  from?: RoleId;
}

/**
 * The learner's sorting: placements, round (shown order), checked state,
 * screen-reader announcements. Knows nothing of the tracker: it calls `save`.
 */
export class RolesSort {
  readonly statements: readonly Statement[];
  placements = $state<Placements>({});
  round = $state(1);
  checked = $state(false);
  /** Text for the polite live region. */
  announcement = $state('');
  /** Unplaced count after a premature check (0: no warning). */
  warning = $state(0);
  dragging = $state<Dragging | undefined>(undefined);

  readonly order: string[] = $derived(roundOrder(this.ids(), this.round));
  readonly numbers: ReadonlyMap<string, number> = $derived(numbering(this.order));
  readonly placed: number = $derived(this.order.length - unplaced(this.order, this.placements).length);
  readonly results: ReadonlyMap<string, StatementResult> | undefined = $derived(
    this.checked ? this.grade().byId : undefined,
  );
  readonly score: number = $derived(this.results ? [...this.results.values()].filter((r) => r.exact).length : 0);

  private save: (key: string, value: string) => void = () => {};
  private startedAt = Date.now();
  // When each statement was last changed (latency for the LMS); not rendered, so not reactive.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private changedAt = new Map<string, number>();

  constructor(statements: readonly Statement[]) {
    this.statements = statements;
  }

  private ids(): string[] {
    return this.statements.map((s) => s.id);
  }

  private grade() {
    return gradeAll(this.statements, this.placements);
  }

  /** Restores saved answers and starts saving every change through `save`. */
  connect(saved: Readonly<Record<string, string>>, save: (key: string, value: string) => void): void {
    this.placements = decodePlacements(saved[KEYS.placements], this.ids());
    this.round = decodeRound(saved[KEYS.round]);
    this.checked = saved[KEYS.checked] === '1' && unplaced(this.order, this.placements).length === 0;
    this.save = save;
    this.startedAt = Date.now();
  }

  statement(id: string): Statement | undefined {
    return this.statements.find((s) => s.id === id);
  }

  private update(id: string, next: Placements, message: string): void {
    if (this.checked) return;
    this.placements = next;
    this.warning = 0;
    this.changedAt.set(id, Date.now());
    this.announcement = message;
    this.save(KEYS.placements, encodePlacements(next, this.ids()));
  }

  /** The non-drag path: a role button of a statement. */
  toggle(id: string, role: RoleId): void {
    const had = this.placements[id]?.includes(role) ?? false;
    const n = this.numbers.get(id) ?? 0;
    this.update(
      id,
      toggleRole(this.placements, id, role),
      t(had ? 'roles.removed' : 'roles.added', { n, role: roleWord(role) }),
    );
  }

  /** A drop on a role's area: adds the role, or moves it when dragged from another role's area. */
  dropOn(role: RoleId): void {
    const drag = this.dragging;
    this.dragging = undefined;
    if (!drag || drag.from === role) return;
    const n = this.numbers.get(drag.id) ?? 0;
    if (drag.from) {
      const message = t('roles.moved', { n, from: roleWord(drag.from), to: roleWord(role) });
      this.update(drag.id, moveRole(this.placements, drag.id, drag.from, role), message);
    } else if (!this.placements[drag.id]?.includes(role)) {
      this.update(drag.id, addRole(this.placements, drag.id, role), t('roles.added', { n, role: roleWord(role) }));
    }
  }

  /** A drop back on the list: removes the role the statement was dragged from. */
  dropOnList(): void {
    const drag = this.dragging;
    this.dragging = undefined;
    if (!drag?.from) return;
    const roles = (this.placements[drag.id] ?? []).filter((r) => r !== drag.from);
    const n = this.numbers.get(drag.id) ?? 0;
    this.update(
      drag.id,
      setRoles(this.placements, drag.id, roles),
      t('roles.removed', { n, role: roleWord(drag.from) }),
    );
  }

  /** Grades the round; undefined (and a warning) while some statement has no role. */
  check(): CheckOutcome | undefined {
    const missing = unplaced(this.order, this.placements).length;
    if (missing > 0) {
      this.warning = missing;
      return undefined;
    }
    const { results, score, max } = this.grade();
    this.checked = true;
    this.warning = 0;
    this.save(KEYS.checked, '1');
    const now = Date.now();
    const latency = (id: string) => (this.changedAt.get(id) ?? now) - this.startedAt;
    return { score, max, interactions: toInteractions(this.statements, results, latency, now) };
  }

  /** Clears every placement and starts the next round (a new order). */
  restart(): void {
    this.round += 1;
    this.placements = {};
    this.checked = false;
    this.warning = 0;
    this.changedAt.clear();
    this.startedAt = Date.now();
    this.announcement = t('roles.restarted');
    this.save(KEYS.placements, '');
    this.save(KEYS.checked, '');
    this.save(KEYS.round, String(this.round));
  }
}
