// The course in the preview LMS's Moodle 4.5 profile (scorm/preview/moodle.ts):
// what a learner does in a real Moodle, and what reaches Moodle's tables.
import { expect, test, type Page } from '@playwright/test';
import { EXERCISES } from '../../exercises/registry.ts';
import { emptyProgress, type Progress } from '../../src/tracking/progress.ts';
import { lessonsInOrder } from './support/course.ts';
import { course, openInCourse, shell, type Standard } from './support/lms.ts';
import {
  launchMode,
  leave,
  moodleLaunch,
  moodleLog,
  readLesson,
  seedMoodle,
  stored,
  suspendedAttempt,
  trackerProgress,
} from './support/moodle.ts';
import { answerByKeyboard, openAssessment, questionByPrompt } from './support/quiz.ts';
import { hydrated } from './support/hydration.ts';

const lessons = lessonsInOrder();

/** Lessons read and exercises attempted: everything but the final test. */
function courseworkDone(): Progress {
  const p = emptyProgress();
  p.visited = lessons.map((l) => l.id);
  p.read = lessons.map((l) => l.id);
  p.location = lessons.at(-1)!.id;
  for (const e of EXERCISES) p.activities[e.activityId] = { score: 8, max: 10, attempts: 1 };
  return p;
}

/** Takes the final test in the course frame: the first `right` answers right, the rest wrong. */
async function takeFinal(page: Page, right: number): Promise<void> {
  await openInCourse(page, 'test-koncowy.html', 'Test końcowy');
  await hydrated(course(page));
  const again = course(page).getByRole('button', { name: 'Rozwiąż test ponownie' });
  const intro = course(page).getByRole('button', { name: /^(Rozpocznij test|Wróć do testu)$/ });
  // Whichever view the restored attempt shows: its result, the intro, or its questions.
  await expect(again.or(intro).or(course(page).locator('.assessment')).first()).toBeVisible();
  if (await again.isVisible()) {
    await again.click();
    await expect(course(page).getByRole('heading', { name: 'Pytania', exact: true })).toBeFocused();
  }
  await openAssessment(page, course(page));
  const items = course(page).locator('.assessment > li');
  await expect(items.first()).toBeVisible();
  const count = await items.count();
  for (let i = 0; i < count; i += 1) {
    const item = items.nth(i);
    const prompt = (await item.locator('legend .prompt').textContent()) ?? '';
    await answerByKeyboard(page, item, questionByPrompt(prompt), i < right);
  }
  await course(page).getByRole('button', { name: 'Wyślij odpowiedzi' }).click();
  await expect(course(page).getByRole('heading', { name: 'Twój wynik' })).toBeFocused();
}

for (const standard of ['1.2', '2004'] as const satisfies readonly Standard[]) {
  const is12 = standard === '1.2';
  const status = is12 ? 'cmi.core.lesson_status' : 'cmi.completion_status';
  const exit = is12 ? 'cmi.core.exit' : 'cmi.exit';
  const location = is12 ? 'cmi.core.lesson_location' : 'cmi.location';

  test.describe(`SCORM ${standard} in Moodle 4.5 (LMS double)`, () => {
    test.describe.configure({ mode: 'serial' });

    test('full run: lessons read, exercises done, the final passed: status, score, objectives and interactions reach Moodle', async ({
      page,
    }) => {
      test.setTimeout(180_000);
      const progress = courseworkDone();
      const last = lessons.at(-1)!.id;
      progress.read = progress.read.filter((id) => id !== last);
      await seedMoodle(page, standard, suspendedAttempt(standard, progress));
      await moodleLaunch(page, standard);
      await readLesson(page, last);
      await takeFinal(page, 24);
      await expect.poll(async () => (await stored(page))[status]).toBe(is12 ? 'passed' : 'completed');
      // The objectives follow within the 2 s commit delay.
      const objective = is12 ? 'cmi.objectives.5.status' : 'cmi.objectives.5.success_status';
      await expect.poll(async () => (await stored(page))[objective]).toBe('passed');
      const tracks = await stored(page);
      if (!is12) expect(tracks['cmi.success_status']).toBe('passed');
      expect(tracks[is12 ? 'cmi.core.score.raw' : 'cmi.score.raw']).toBe('100');
      expect(Object.keys(tracks).filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k)).length).toBeGreaterThanOrEqual(
        24,
      );
      await leave(page);
      const log = await moodleLog(page);
      expect(log).toMatchObject({ initialize: 1, terminate: 1, rejections: [], refusedBeacons: 0 });
      // Finished: Moodle may now close the attempt (exit normal) and reviews it next time.
      expect((await stored(page))[exit]).toBe(is12 ? '' : 'normal');
      await moodleLaunch(page, standard);
      expect(await launchMode(page)).toBe('review');
    });

    test('exit midway through F5 on the player: nothing read is lost, the bookmark holds', async ({ page }) => {
      test.setTimeout(90_000);
      await seedMoodle(page, standard);
      await moodleLaunch(page, standard);
      for (const lesson of lessons.slice(0, 3)) await readLesson(page, lesson.id);
      // F5 at once: the closing page's beacons land after the new player page has read the tracks.
      await page.getByRole('button', { name: 'Odśwież odtwarzacz (F5)' }).click();
      await expect(course(page).locator('h1')).toHaveText(lessons[2]!.title);
      const progress = await trackerProgress(page);
      expect(progress.read).toEqual(lessons.slice(0, 3).map((l) => l.id));
      expect(await launchMode(page)).toBe('normal');
      await leave(page);
      const tracks = await stored(page);
      expect(tracks[exit]).toBe('suspend');
      expect(tracks[location]).toBe(lessons[2]!.id);
      expect(tracks[status]).toBe('incomplete');
    });

    test('exit midway with "Zakończ" and resume: entry resume, every answer back', async ({ page }) => {
      await seedMoodle(page, standard);
      await moodleLaunch(page, standard);
      await readLesson(page, lessons[0]!.id);
      await readLesson(page, lessons[1]!.id);
      await leave(page);
      expect((await stored(page))[exit]).toBe('suspend');
      await moodleLaunch(page, standard);
      expect(await launchMode(page)).toBe('normal');
      await expect(course(page).locator('h1')).toHaveText(lessons[1]!.title);
      expect((await trackerProgress(page)).read).toEqual([lessons[0]!.id, lessons[1]!.id]);
    });

    test('fail the final, leave, come back and retake it for credit', async ({ page }) => {
      test.setTimeout(120_000);
      await seedMoodle(page, standard, suspendedAttempt(standard, courseworkDone()));
      await moodleLaunch(page, standard);
      await takeFinal(page, 0);
      await leave(page);
      let tracks = await stored(page);
      // Attempts are unlimited: failing is not the end, so Moodle must not review the attempt.
      expect(tracks[status]).toBe('incomplete');
      if (!is12) expect(tracks['cmi.success_status']).toBe('failed');
      await moodleLaunch(page, standard);
      expect(await launchMode(page)).toBe('normal');
      await takeFinal(page, 24);
      await expect.poll(async () => (await stored(page))[status]).toBe(is12 ? 'passed' : 'completed');
      tracks = await stored(page);
      expect(tracks[is12 ? 'cmi.core.score.raw' : 'cmi.score.raw']).toBe('100');
    });

    test('finish lessons and exercises without the final, leave, then take the final for credit', async ({ page }) => {
      test.setTimeout(120_000);
      const progress = courseworkDone();
      const last = lessons.at(-1)!.id;
      progress.read = progress.read.filter((id) => id !== last);
      await seedMoodle(page, standard, suspendedAttempt(standard, progress));
      await moodleLaunch(page, standard);
      await readLesson(page, last);
      await leave(page);
      expect((await stored(page))[status]).toBe('incomplete');
      await moodleLaunch(page, standard);
      expect(await launchMode(page)).toBe('normal');
      await takeFinal(page, 24);
      await expect.poll(async () => (await stored(page))[status]).toBe(is12 ? 'passed' : 'completed');
    });

    test('refused saves while passing the final: the grade, status, objectives and answers still arrive', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await seedMoodle(page, standard, suspendedAttempt(standard, courseworkDone()));
      await moodleLaunch(page, standard);
      await page.evaluate(() =>
        (window as unknown as { previewLms: { failNextCommits(n: number): void } }).previewLms.failNextCommits(3),
      );
      await takeFinal(page, 24);
      await expect(shell(page).getByRole('status')).toContainText('nie przyjmuje zapisu', { timeout: 20_000 });
      await expect
        .poll(async () => (await stored(page))[status], { timeout: 30_000 })
        .toBe(is12 ? 'passed' : 'completed');
      await expect(shell(page).getByRole('status')).toBeHidden({ timeout: 20_000 });
      const tracks = await stored(page);
      expect(tracks[is12 ? 'cmi.core.score.raw' : 'cmi.score.raw']).toMatch(/^100(\.0+1?)?$/);
      for (let n = 0; n < 6; n += 1) expect(tracks[`cmi.objectives.${n}.id`]).toMatch(/^lo[1-6]$/);
      const ids = Object.entries(tracks)
        .filter(([k]) => /^cmi\.interactions\.\d+\.id$/.test(k))
        .map(([, v]) => v);
      expect(ids.length).toBeGreaterThanOrEqual(24);
      expect((await moodleLog(page)).rejections).toEqual([]);
    });

    test('review mode writes nothing', async ({ page }) => {
      const progress = courseworkDone();
      progress.assessment = { percent: 100, passed: true, attempts: 1 };
      const done = suspendedAttempt(standard, progress, {
        [status]: is12 ? 'passed' : 'completed',
        ...(is12 ? {} : { 'cmi.success_status': 'passed' }),
      });
      await seedMoodle(page, standard, done);
      await moodleLaunch(page, standard);
      expect(await launchMode(page)).toBe('review');
      await expect(shell(page).getByRole('status')).toContainText('Tryb przeglądania');
      await readLesson(page, lessons[0]!.id);
      await leave(page);
      expect(await stored(page)).toEqual(done.tracks);
      expect((await moodleLog(page)).sent.flat()).toEqual([]);
    });

    test("the pass mark is the course mastery score (80 %), not Moodle's default", async ({ page }) => {
      test.setTimeout(120_000);
      await seedMoodle(page, standard, suspendedAttempt(standard, courseworkDone()));
      await moodleLaunch(page, standard);
      if (!is12) {
        const passing = await shell(page)
          .locator('body')
          .evaluate(() => (window as unknown as { __lseTracker: { masteryScore: number } }).__lseTracker.masteryScore);
        expect(passing).toBe(80);
      }
      await takeFinal(page, 20); // 20 of 24: 83 %
      await expect(course(page).getByText('Zaliczone. Gratulacje!')).toBeVisible();
      await expect
        .poll(async () => (await stored(page))[is12 ? 'cmi.core.lesson_status' : 'cmi.success_status'])
        .toBe('passed');
    });

    test('free text with line breaks reaches the LMS (no refused response)', async ({ page }) => {
      await seedMoodle(page, standard);
      await moodleLaunch(page, standard);
      await shell(page)
        .locator('body')
        .evaluate(() => {
          const tracker = (window as unknown as { __lseTracker: { recordActivity(...args: unknown[]): void } })
            .__lseTracker;
          tracker.recordActivity('ex-code-of-ethics', { score: 5, max: 7 }, [
            {
              id: 'ex-code-of-ethics-code',
              objective: 'lo6',
              description: 'Kodeks\ngrupy',
              response: { kind: 'long-fill-in', text: 'Dotrzymujemy tajemnicy.\nSzanujemy czas.\r\nMówimy szczerze.' },
              result: 'neutral',
              weighting: 1,
              latencyMs: 1000,
              timestamp: new Date(),
            },
          ]);
        });
      await leave(page);
      expect((await moodleLog(page)).rejections).toEqual([]);
    });
  });
}
