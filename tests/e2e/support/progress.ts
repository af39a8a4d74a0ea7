import type { Page } from '@playwright/test';
import { EXERCISES } from '../../../exercises/registry.ts';
import { lessonsInOrder } from './course.ts';
import { quizBanks } from './quiz.ts';

/** The learner states the progress tests start from. */
export type Stage = 'fresh' | 'partway' | 'coursework' | 'failed' | 'done';

/**
 * Saved progress for a stage, in the stored form (suspend data v2 as plain
 * JSON, which the browser-storage adapter reads like its compressed form).
 * - partway: lessons 1-2 read, lesson 3 opened only (the bookmark), the first exercise and quiz done.
 * - coursework: every lesson read and exercise done, final not taken.
 * - failed: as coursework, final taken and failed (best 55%), one outcome met.
 * - done: everything, final passed with 92%, every outcome met but the last (62%).
 */
export function storedProgress(stage: Stage): string {
  const lessons = lessonsInOrder().map((l) => l.id);
  const outcomes = quizBanks().map((b) => b.outcome);
  if (stage === 'fresh') return JSON.stringify({ v: 2, l: [], d: [], a: {}, o: {}, r: {} });
  if (stage === 'partway')
    return JSON.stringify({
      v: 2,
      l: lessons.slice(0, 3),
      d: lessons.slice(0, 2),
      b: lessons[2],
      a: { [EXERCISES[0]!.activityId]: [7, 9, 1], [`quiz-${outcomes[0]}`]: [3, 4, 1] },
      o: {},
      r: {},
    });
  const activities: Record<string, [number, number, number]> = {};
  for (const e of EXERCISES) activities[e.activityId] = [17, 20, 1];
  for (const o of outcomes) activities[`quiz-${o}`] = [4, 4, 1];
  const base = { v: 2, l: lessons, d: lessons, b: lessons.at(-1), a: activities, r: {} };
  if (stage === 'coursework') return JSON.stringify({ ...base, o: {} });
  if (stage === 'failed')
    return JSON.stringify({
      ...base,
      o: Object.fromEntries(outcomes.map((o, i) => [o, i === 0 ? [10000, 1] : [4000, 0]])),
      f: [55, 0, 1],
    });
  return JSON.stringify({
    ...base,
    o: Object.fromEntries(outcomes.map((o, i) => [o, i === outcomes.length - 1 ? [6200, 0] : [10000, 1]])),
    f: [92, 1, 1],
  });
}

/** Puts a stage's progress into browser storage (from a page of the site), as if the learner had got there. */
export async function seedProgress(page: Page, stage: Stage): Promise<void> {
  await page.goto('szukaj.html');
  await page.evaluate((stored) => localStorage.setItem('lse-m1:progress', stored), storedProgress(stage));
}
