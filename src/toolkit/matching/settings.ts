// The matching helper's settings (a small module: the page loads the scoring engine only with a cohort).
import type { CriterionId, Model } from '../../../exercises/matching/schema.ts';

/** The manager's choices. */
export interface Settings {
  /** Points per criterion (0-50), as in the model file. */
  weights: Record<CriterionId, number>;
  /** Which hard constraints apply: no shared time to meet, forms that cannot meet. */
  hard: { availability: boolean; form: boolean };
  /** Pairs (one mentee per mentor) or groups. */
  mode: 'pairs' | 'groups';
  /** Largest group (lesson 6: at most 4-5); a mentor's own `miejsca` may be lower. */
  groupSize: number;
}

export function defaultSettings(model: Model): Settings {
  return {
    weights: Object.fromEntries(model.criteria.map((c) => [c.id, c.weight])) as Settings['weights'],
    hard: { availability: true, form: true },
    mode: 'groups',
    groupSize: 5,
  };
}
