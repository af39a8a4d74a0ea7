// Two learners on one computer, one after the other, in the preview LMS (Moodle 4.5 profile):
// what does not fit SCORM 1.2's suspend data stays on the device for its own learner only.
import { expect, test, type Page } from '@playwright/test';
import { course, LMS, loadInCourse, shell } from './support/lms.ts';
import { leave, moodleLaunch, trackerProgress } from './support/moodle.ts';

/** A verbose learner's journal entry (~15,000 characters): compressed, still more than 1.2's 4096 hold. */
const WORDS =
  'grupa mentor podopieczny spotkanie cel zadanie dziennik umowa kodeks zaufanie rozmowa pomysł firma rynek klient czas plan sesja ocena zmiana'.split(
    ' ',
  );
let seed = 7;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const LONG = Array.from(
  { length: 2000 },
  () => `${WORDS[Math.floor(next() * WORDS.length)]}${next() < 0.15 ? ` ${Math.floor(next() * 1000)}.` : ''}`,
).join(' ');

const setJournal = (page: Page, key: string, text: string) =>
  shell(page)
    .locator('body')
    .evaluate(
      (_, [k, t]) =>
        (window as unknown as { __lseTracker: { setAnswer(k: string, t: string): void } }).__lseTracker.setAnswer(k, t),
      [key, text] as const,
    );

test('B never sees A’s text; A gets everything back on the same computer', async ({ page }) => {
  test.setTimeout(120_000);
  // A clean computer and LMS: no attempt for either learner, nothing of the course's on the device.
  await page.goto(new URL('preview.css', LMS).href);
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('lse-m1:') || /^scorm-preview:moodle:1\.2:(anna|bartek)/.test(key))
        localStorage.removeItem(key);
  });
  await moodleLaunch(page, '1.2', '&learner=anna');
  await setJournal(page, 'j.welcome.1', LONG);
  await expect(shell(page).getByRole('status')).toContainText('tylko na tym urządzeniu', { timeout: 10_000 });
  await leave(page);

  await moodleLaunch(page, '1.2', '&learner=bartek');
  expect(Object.keys((await trackerProgress(page)).answers).filter((k) => k.startsWith('j.'))).toEqual([]);
  await loadInCourse(page, 'lekcje/welcome.html');
  await expect(course(page).locator('textarea').first()).toHaveValue('');
  await leave(page);

  await moodleLaunch(page, '1.2', '&learner=anna');
  expect((await trackerProgress(page)).answers['j.welcome.1']).toBe(LONG);
  // What the course keeps on the device is keyed by course and LMS learner; Bartek's copy holds none of Anna's text.
  const kept = await page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('lse-m1:'))
        .map((k) => [k, localStorage.getItem(k)!]),
    ),
  );
  expect(Object.keys(kept).sort()).toEqual([
    'lse-m1:lms:lse-mentoring-module-1:anna',
    'lse-m1:lms:lse-mentoring-module-1:bartek',
  ]);
  expect(kept['lse-m1:lms:lse-mentoring-module-1:bartek']).not.toContain(LONG.slice(0, 40));
});
