import type { Page } from '@playwright/test';
import { EXERCISES } from '../../../exercises/registry.ts';
import { lessonsInOrder } from './course.ts';
import { emptyProgress, type Progress } from '../../../src/tracking/progress.ts';
import { encodeProgress } from '../../../src/tracking/suspend-data.ts';
import { layoutFromContent } from '../../../src/utils/state-layout.ts';
import { quizBanks } from './quiz.ts';

/** The learner states the progress tests start from. */
export type Stage = 'fresh' | 'partway' | 'coursework' | 'failed' | 'done';

/**
 * Saved progress for a stage, in the stored form (the course's own encoder).
 * - partway: lessons 1-2 read, lesson 3 opened only (the bookmark), the first exercise and quiz done.
 * - coursework: every lesson read and exercise done, final not taken.
 * - failed: as coursework, final taken and failed (best 55%), one outcome met.
 * - done: everything, final passed with 92%, every outcome met but the last (62%).
 */
export function storedProgress(stage: Stage): string {
  const lessons = lessonsInOrder().map((l) => l.id);
  const outcomes = quizBanks().map((b) => b.outcome);
  const p: Progress = emptyProgress();
  if (stage === 'partway') {
    p.visited = lessons.slice(0, 3);
    p.read = lessons.slice(0, 2);
    p.location = lessons[2]!;
    p.activities = {
      [EXERCISES[0]!.activityId]: { score: 7, max: 9, attempts: 1 },
      [`quiz-${outcomes[0]}`]: { score: 3, max: 4, attempts: 1 },
    };
  } else if (stage !== 'fresh') {
    p.visited = [...lessons];
    p.read = [...lessons];
    p.location = lessons.at(-1)!;
    for (const e of EXERCISES) p.activities[e.activityId] = { score: 17, max: 20, attempts: 1 };
    for (const o of outcomes) p.activities[`quiz-${o}`] = { score: 4, max: 4, attempts: 1 };
    if (stage === 'failed') {
      outcomes.forEach(
        (o, i) => (p.outcomes[o] = i === 0 ? { scaled: 1, passed: true } : { scaled: 0.4, passed: false }),
      );
      p.assessment = { percent: 55, passed: false, attempts: 1 };
    }
    if (stage === 'done') {
      outcomes.forEach(
        (o, i) =>
          (p.outcomes[o] = i === outcomes.length - 1 ? { scaled: 0.62, passed: false } : { scaled: 1, passed: true }),
      );
      p.assessment = { percent: 92, passed: true, attempts: 1 };
    }
  }
  return encodeProgress(p, layoutFromContent());
}

/** Puts a stage's progress into browser storage (from a page of the site), as if the learner had got there. */
export async function seedProgress(page: Page, stage: Stage): Promise<void> {
  await page.goto('szukaj.html');
  await page.evaluate((stored) => localStorage.setItem('lse-m1:progress', stored), storedProgress(stage));
}
