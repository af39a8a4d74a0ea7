import { emptyProgress, type Progress } from './progress.ts';

// Readers shared by every version of the stored progress, and the migrations
// of the versions before 3 (see suspend-data.ts).

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const strings = (value: unknown) =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

const numbers = (value: unknown, length: number): value is number[] =>
  Array.isArray(value) && value.length === length && value.every((n) => typeof n === 'number' && Number.isFinite(n));

/**
 * Version 2 (the first SCORM release): answers by key; lessons visited only
 * (then, opening a lesson was reading it, so every visited lesson counts as read).
 * Version 3 shares its lessons, activities, outcomes and assessment fields.
 */
export function fromV2(s: Record<string, unknown>): Progress {
  const progress = emptyProgress();
  progress.visited = strings(s['l']);
  progress.read = [...progress.visited];
  if (typeof s['b'] === 'string') progress.location = s['b'];
  for (const [id, r] of Object.entries(isRecord(s['a']) ? s['a'] : {})) {
    if (numbers(r, 3)) progress.activities[id] = { score: r[0]!, max: r[1]!, attempts: r[2]! };
  }
  for (const [id, r] of Object.entries(isRecord(s['o']) ? s['o'] : {})) {
    if (numbers(r, 2)) progress.outcomes[id] = { scaled: r[0]! / 10000, passed: r[1] === 1 };
  }
  for (const [id, value] of Object.entries(isRecord(s['r']) ? s['r'] : {})) {
    if (typeof value === 'string') progress.answers[id] = value;
  }
  if (numbers(s['f'], 3)) {
    const [percent, passed, attempts] = s['f'];
    progress.assessment = { percent: percent!, passed: passed === 1, attempts: attempts! };
  }
  return progress;
}

/** Version 1: the lesson-visit record of the first public site (plain JSON in localStorage). */
export function fromV1(s: Record<string, unknown>): Progress {
  const progress = emptyProgress();
  progress.visited = strings(s['visited']);
  progress.read = [...progress.visited];
  if (typeof s['lastLesson'] === 'string') progress.location = s['lastLesson'];
  return progress;
}
