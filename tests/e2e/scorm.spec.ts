import { expect, test, type Page } from '@playwright/test';
import { lessonsInOrder } from './support/course.ts';
import { cmi, course, freshLaunch, log, openInCourse, shell } from './support/lms.ts';

const lessons = lessonsInOrder();
import { answerAssessment, quizBanks } from './support/quiz.ts';

/** Waits until the lesson shown in the course frame is recorded as visited (its contents entry is ticked). */
async function lessonRecorded(page: Page) {
  await expect(course(page).locator('.lesson-sidebar li:has(a[aria-current="page"])')).toHaveAttribute(
    'data-visited',
    '',
  );
}

/** Ends the attempt as an LMS does when the learner leaves: the SCO window goes away. */
async function closeSco(page: Page) {
  await page.getByRole('button', { name: 'Zakończ (zamknij SCO)' }).click();
  await expect.poll(async () => (await log(page)).terminate).toBe(1);
}

for (const standard of ['1.2', '2004'] as const) {
  const status = async (page: Page) => {
    const data = await cmi(page);
    return standard === '1.2' ? data['core'].lesson_status : data['completion_status'];
  };
  const location = async (page: Page) => {
    const data = await cmi(page);
    return standard === '1.2' ? data['core'].lesson_location : data['location'];
  };

  test.describe(`SCORM ${standard} in the preview LMS`, () => {
    test.describe.configure({ mode: 'serial' });

    test('one session across every lesson, a refresh and a missing page; suspend, bookmark, then resume', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await freshLaunch(page, standard);
      const frame = course(page);
      await frame.getByRole('link', { name: 'Zacznij od pierwszej lekcji' }).click();
      // Every lesson but the last, with "next": the module stays incomplete.
      const bookmark = lessons.at(-2)!;
      for (const lesson of lessons.slice(0, -1)) {
        await expect(frame.locator('h1')).toHaveText(lesson.title);
        await lessonRecorded(page);
        if (lesson !== bookmark) await frame.getByRole('link', { name: /Następna lekcja/ }).click();
      }
      // A refresh of the lesson frame and a link to a missing file keep the session.
      await page
        .frameLocator('#sco')
        .locator('#course-frame')
        .evaluate((f: HTMLIFrameElement) => f.contentWindow!.location.reload());
      await expect(frame.locator('h1')).toHaveText(bookmark.title);
      const inner = page.frameLocator('#sco').locator('#course-frame');
      await inner.evaluate((f: HTMLIFrameElement) => (f.contentWindow!.location.href = 'nie-ma-takiego-pliku.pdf'));
      await expect(frame.locator('body')).toContainText('404');
      await inner.evaluate((f: HTMLIFrameElement) => f.contentWindow!.history.back());
      await expect(frame.locator('h1')).toHaveText(bookmark.title);
      expect((await log(page)).initialize).toBe(1);
      expect((await log(page)).terminate).toBe(0);
      await closeSco(page);

      const first = await log(page);
      expect(first).toMatchObject({ initialize: 1, terminate: 1, rejections: [] });
      expect(await status(page)).toBe('incomplete');
      expect(await location(page)).toBe(bookmark.id);
      const data = await cmi(page);
      expect(standard === '1.2' ? data['core'].exit : data['exit']).toBe('suspend');
      expect(String(data['suspend_data']).length).toBeGreaterThan(0);

      // Relaunch: resumes on the bookmark with the visits kept.
      await page.getByRole('button', { name: 'Uruchom ponownie (wznów)' }).click();
      await expect(course(page).locator('h1')).toHaveText(bookmark.title);
      const visited = course(page).locator('.lesson-sidebar li[data-visited]');
      await expect(visited).toHaveCount(lessons.length - 1);
      await expect.poll(async () => (await log(page)).initialize).toBe(1);
      expect(standard === '1.2' ? (await cmi(page))['core'].entry : (await cmi(page))['entry']).toBe('resume');
    });

    test('refused commits: the learner is warned, nothing is lost once the LMS recovers', async ({ page }) => {
      test.setTimeout(60_000);
      await freshLaunch(page, standard);
      await page.evaluate(() =>
        (window as unknown as { previewLms: { failNextCommits(n: number): void } }).previewLms.failNextCommits(3),
      );
      // Passing the final assessment changes the status: that commits at once, and is refused.
      await openInCourse(page, 'test-koncowy.html', 'Test końcowy');
      await answerAssessment(page, course(page), true);
      await course(page).getByRole('button', { name: 'Wyślij odpowiedzi' }).click();
      await expect(course(page).getByRole('heading', { name: 'Twój wynik' })).toBeFocused();
      const warning = shell(page).getByRole('status');
      await expect(warning).toContainText('chwilowo nie przyjmuje zapisu', { timeout: 15_000 });
      await expect(warning).toBeHidden({ timeout: 15_000 });
      const recovered = await log(page);
      expect(recovered.refusedCommits).toBe(3);
      expect(recovered.rejections).toEqual([]);
      const data = await cmi(page);
      // Lessons and exercises are still to do: 1.2 stays incomplete (a terminal status would lock the attempt in Moodle).
      expect(standard === '1.2' ? data['core'].lesson_status : data['success_status']).toBe(
        standard === '1.2' ? 'incomplete' : 'passed',
      );
      expect(standard === '1.2' ? data['core'].score.raw : data['score'].raw).toBe('100');
      expect(Object.keys(data['interactions'] as object).length).toBe(quizBanks().length * 4);
      await closeSco(page);
      expect((await log(page)).terminate).toBe(1);
      // Passed, but lessons and exercises are still to do: the attempt stays resumable.
      const after = await cmi(page);
      expect(standard === '1.2' ? after['core'].exit : after['exit']).toBe('suspend');
    });

    for (const right of [true, false]) {
      test(`the final assessment ${right ? 'passed' : 'failed'} by keyboard reaches the LMS: status, score, objectives, interactions`, async ({
        page,
      }) => {
        test.setTimeout(120_000);
        await freshLaunch(page, standard);
        await openInCourse(page, 'test-koncowy.html', 'Test końcowy');
        const count = await answerAssessment(page, course(page), right);
        await course(page).getByRole('button', { name: 'Wyślij odpowiedzi' }).click();
        await expect(course(page).getByRole('heading', { name: 'Twój wynik' })).toBeFocused();
        await expect.poll(async () => (await log(page)).commits).toBeGreaterThan(0);
        const data = await cmi(page);
        const outcomes = quizBanks().map((b) => b.outcome);
        const objectives = Object.values(data['objectives'] as Record<string, any>); // eslint-disable-line @typescript-eslint/no-explicit-any -- scorm-again's JSON
        expect(objectives.map((o) => o.id)).toEqual(outcomes);
        const interactions = Object.values(data['interactions'] as Record<string, any>); // eslint-disable-line @typescript-eslint/no-explicit-any -- scorm-again's JSON
        expect(interactions).toHaveLength(count);
        const expected = right ? 'correct' : standard === '1.2' ? 'wrong' : 'incorrect';
        expect(new Set(interactions.map((i) => i.result))).toEqual(new Set([expected]));
        if (standard === '1.2') {
          // Lessons and exercises still to do: no terminal status yet (course.yaml terminalStatus: hold).
          expect(data['core'].lesson_status).toBe('incomplete');
          expect(data['core'].score.raw).toBe(right ? '100' : '0');
          for (const o of objectives) expect(o.status).toBe(right ? 'passed' : 'failed');
        } else {
          expect(data['success_status']).toBe(right ? 'passed' : 'failed');
          expect(Number(data['score'].scaled)).toBe(right ? 1 : 0);
          for (const o of objectives) expect(o.success_status).toBe(right ? 'passed' : 'failed');
        }
        expect((await log(page)).rejections).toEqual([]);
      });
    }

    test('browse mode: the learner is told, nothing is scored', async ({ page }) => {
      await freshLaunch(page, standard, '&mode=browse');
      await expect(shell(page).getByRole('status')).toContainText('Tryb przeglądania');
      await course(page).getByRole('link', { name: 'Zacznij od pierwszej lekcji' }).click();
      await expect(course(page).locator('h1')).toHaveText(lessons[0]!.title);
      await closeSco(page);
      // The LMS's own value stays: scorm-again marks a 1.2 browse launch "browsed"; the course wrote no status.
      expect(await status(page)).toBe(standard === '1.2' ? 'browsed' : 'unknown');
      expect((await log(page)).rejections).toEqual([]);
    });
  });
}
