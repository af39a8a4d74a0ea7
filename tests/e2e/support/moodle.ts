import { expect, type Page } from '@playwright/test';
import type { MoodleLog } from '../../../scorm/preview/moodle-lms.ts';
import type { MoodleAttempt } from '../../../scorm/preview/moodle.ts';
import type { Progress } from '../../../src/tracking/progress.ts';
import { encodeProgress } from '../../../src/tracking/suspend-data.ts';
import { layoutFromContent } from '../../../src/utils/state-layout.ts';
import { lessonsInOrder } from './course.ts';
import { course, LMS, loadInCourse, shell, type Standard } from './lms.ts';

/** Launches the course in the preview LMS's Moodle 4.5 profile (resuming what Moodle stored). */
export async function moodleLaunch(page: Page, standard: Standard, query = ''): Promise<void> {
  await page.goto(`${LMS}?standard=${standard}&profile=moodle${query}`);
  await expect(course(page).locator('h1')).toBeVisible();
}

const key = (standard: Standard) => `scorm-preview:moodle:${standard}`;

/**
 * Sets what Moodle has stored before the launch (nothing when `attempt` is
 * undefined), from a page of the LMS that launches nothing.
 */
export async function seedMoodle(page: Page, standard: Standard, attempt?: MoodleAttempt): Promise<void> {
  await page.goto(new URL('preview.css', LMS).href);
  await page.evaluate(
    ([k, value]) => {
      localStorage.removeItem(`${k}:pending`);
      if (value) localStorage.setItem(k, value);
      else localStorage.removeItem(k);
    },
    [key(standard), attempt ? JSON.stringify(attempt) : ''] as const,
  );
}

/** A stored attempt holding `progress` as this course writes it, suspended (resumable). */
export function suspendedAttempt(
  standard: Standard,
  progress: Progress,
  extra: Record<string, string> = {},
): MoodleAttempt {
  const data = encodeProgress(progress, layoutFromContent(), { token: 'seeded', seq: 1 });
  const tracks =
    standard === '1.2'
      ? { 'cmi.core.lesson_status': 'incomplete', 'cmi.core.exit': 'suspend', 'cmi.suspend_data': data }
      : { 'cmi.completion_status': 'incomplete', 'cmi.exit': 'suspend', 'cmi.suspend_data': data };
  return { attempt: 1, tracks: { ...tracks, ...extra } };
}

/** What Moodle's "server" holds for the attempt now. */
export const stored = (page: Page) =>
  page.evaluate(() => (window as unknown as { previewLms: { stored(): Record<string, string> } }).previewLms.stored());

export const moodleLog = (page: Page) =>
  page.evaluate(() => (window as unknown as { previewLms: { log: MoodleLog } }).previewLms.log);

export const launchMode = (page: Page) =>
  page.evaluate(() => (window as unknown as { previewLms: { mode: string } }).previewLms.mode);

/** The learner's progress as the course's tracker holds it (the launch shell's). */
export const trackerProgress = (page: Page) =>
  shell(page)
    .locator('body')
    .evaluate(() => (window as unknown as { __lseTracker: { progress: Progress } }).__lseTracker.progress);

/** Opens a lesson in the course frame and reads it to its end. */
export async function readLesson(page: Page, id: string): Promise<void> {
  const title = lessonsInOrder().find((l) => l.id === id)!.title;
  await loadInCourse(page, `lekcje/${id}.html`);
  await expect(course(page).locator('h1')).toHaveText(title);
  await course(page).locator('[data-lesson-end]').scrollIntoViewIfNeeded();
  await expect.poll(async () => (await trackerProgress(page)).read).toContain(id);
}

/** Leaves the activity as a learner does in Moodle: the player page goes away; waits for Terminate. */
export async function leave(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Zakończ (zamknij SCO)' }).click();
  await expect.poll(async () => (await moodleLog(page)).terminate).toBe(1);
  // The closing page's beacons land a moment later.
  await expect
    .poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith(':pending')).length))
    .toBe(0);
  await page.evaluate(() => (window as unknown as { previewRender?: () => void }).previewRender?.());
}
