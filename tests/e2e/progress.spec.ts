import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { EXERCISES } from '../../exercises/registry.ts';
import { lessonsInOrder } from './support/course.ts';
import { seedProgress } from './support/progress.ts';
import { quizBanks } from './support/quiz.ts';
import { VIEWPORTS } from './support/viewports.ts';

const lessons = lessonsInOrder();

test('without an LMS, browser storage remembers progress across a reload', async ({ page }) => {
  await page.goto(`lekcje/${lessons[0]!.id}.html`);
  await expect(page.locator('.lesson-sidebar li[data-visited]')).toHaveCount(1);
  await page.goto(`lekcje/${lessons[1]!.id}.html`);
  await expect(page.locator('.lesson-sidebar li[data-visited]')).toHaveCount(2);
  await page.reload();
  await expect(page.locator('.lesson-sidebar li[data-visited]')).toHaveCount(2);
  await page.goto('index.html');
  await expect(page.locator('#next-step')).toHaveText(`Czytaj dalej: ${lessons[1]!.title}`);
  await expect(page.locator('.lesson-list li[data-visited]')).toHaveCount(2);
});

test('"forget my progress" clears everything stored, after a confirmation', async ({ page }) => {
  await page.goto(`lekcje/${lessons[0]!.id}.html`);
  await expect(page.locator('.lesson-sidebar li[data-visited]')).toHaveCount(1);
  await page.goto('index.html');
  await expect(page.locator('#next-step')).toHaveText(/^Czytaj dalej/);
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('button', { name: 'Zapomnij mój postęp' }).click();
  expect(await page.evaluate(() => localStorage.getItem('lse-m1:progress'))).not.toBeNull();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Zapomnij mój postęp' }).click();
  await expect(page.locator('#forget-done')).toHaveText('Postęp został usunięty z tej przeglądarki.');
  expect(await page.evaluate(() => localStorage.getItem('lse-m1:progress'))).toBeNull();
  await page.reload();
  await expect(page.locator('#next-step')).toHaveText('Zacznij od pierwszej lekcji');
});

test('with storage disabled the course still works and says progress will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  await page.goto(`lekcje/${lessons[0]!.id}.html`);
  await expect(page.locator('#progress-notice')).toContainText('nie zostanie zachowany');
  await page.getByRole('link', { name: /Następna lekcja/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessons[1]!.title);
});

test('an older saved record (version 1) is migrated, a corrupted one is replaced with a notice', async ({ page }) => {
  await page.goto('index.html');
  await page.evaluate(
    (id) => localStorage.setItem('lse-m1:progress', JSON.stringify({ version: 1, visited: [id], lastLesson: id })),
    lessons[2]!.id,
  );
  await page.reload();
  // Version 1 knew visits only: a visited lesson counts as read.
  await expect(page.locator(`.lesson-list li[data-lesson="${lessons[2]!.id}"]`)).toHaveAttribute('data-state', 'read');
  await page.evaluate(() => localStorage.setItem('lse-m1:progress', 'zepsute dane'));
  await page.reload();
  await expect(page.locator('#progress-notice')).toContainText('Nie udało się odczytać zapisanego postępu');
  await expect(page.locator('#next-step')).toHaveText('Zacznij od pierwszej lekcji');
});

/** The progress bar's percent for `done` of the required steps (lessons, exercises, the final test as one). */
const expectedPercent = (done: number) => Math.floor((done / (lessons.length + EXERCISES.length + 1)) * 100);

for (const [name, device] of [
  ['phone 390x844 (touch)', VIEWPORTS['phone 390x844 (touch)']],
  ['laptop 1366x768', VIEWPORTS['laptop 1366x768']],
] as const) {
  test.describe(`progress states, ${name}`, () => {
    test.use(device);

    test('fresh: start at lesson 1, nothing counted, the summary says what is left', async ({ page }) => {
      await seedProgress(page, 'fresh');
      await page.goto('index.html');
      await expect(page.locator('#next-step')).toHaveText('Zacznij od pierwszej lekcji');
      await expect(page.locator('#next-step')).toHaveAttribute('href', new RegExp(`lekcje/${lessons[0]!.id}\\.html$`));
      const panel = page.locator('main [data-progress]');
      await expect(panel.locator('[data-progress-percent]')).toHaveText('0% kursu ukończone');
      await expect(panel.locator('[data-progress-lessons]')).toHaveText(
        `Lekcje przeczytane do końca: 0 z ${lessons.length}`,
      );
      await expect(panel.locator('[data-progress-final]')).toHaveText('Test końcowy: jeszcze nie rozwiązany');
      await page.goto('podsumowanie.html');
      await expect(page.locator('#summary-pending')).toBeVisible();
      await expect(page.locator('#summary-done')).toBeHidden();
      await expect(page.locator('.left-list li:visible')).toHaveCount(lessons.length + EXERCISES.length + 1);
    });

    test('partway: read vs started lessons, ticks and scores, continue at the bookmark', async ({ page }) => {
      await seedProgress(page, 'partway');
      await page.goto('index.html');
      await expect(page.locator('#next-step')).toHaveText(`Czytaj dalej: ${lessons[2]!.title}`);
      const panel = page.locator('main [data-progress]');
      await expect(panel.locator('progress')).toHaveJSProperty('value', expectedPercent(3));
      await expect(panel.locator('[data-progress-percent]')).toHaveText(`${expectedPercent(3)}% kursu ukończone`);
      await expect(panel.locator('[data-progress-lessons]')).toHaveText(
        `Lekcje przeczytane do końca: 2 z ${lessons.length} (1 rozpoczęta)`,
      );
      await expect(panel.locator('[data-progress-exercises]')).toHaveText('Ćwiczenia wykonane: 1 z 3');
      const list = page.locator('.lesson-list');
      await expect(list.locator(`[data-lesson="${lessons[0]!.id}"]`)).toContainText('przeczytana');
      await expect(list.locator(`[data-lesson="${lessons[2]!.id}"]`)).toContainText(
        'rozpoczęta, nieprzeczytana do końca',
      );
      await expect(page.locator(`main [data-activity="${EXERCISES[0]!.activityId}"]`)).toContainText(
        'wykonane, wynik 78%',
      );
      await expect(page.locator('main [data-activity="quiz-lo1"]')).toContainText('poprawne odpowiedzi: 3 z 4');
      // The same states beside a lesson, with a shape for each.
      await page.goto(`lekcje/${lessons[3]!.id}.html`);
      const path = page.locator('.course-path');
      await expect(path.locator(`[data-lesson="${lessons[0]!.id}"]`)).toHaveAttribute('data-state', 'read');
      await expect(path.locator(`[data-lesson="${lessons[2]!.id}"]`)).toHaveAttribute('data-state', 'started');
      await expect(path.locator(`[data-lesson="${lessons[4]!.id}"]`)).toHaveAttribute('data-state', 'todo');
      const icon = await path
        .locator(`[data-lesson="${lessons[0]!.id}"] > a`)
        .evaluate((a) => getComputedStyle(a, '::before').content);
      expect(icon).toContain('✓');
      await expect(path.locator(`[data-activity="${EXERCISES[0]!.activityId}"]`)).toContainText('wynik 78%');
    });

    test('coursework done: take the final test; failed: retake, with the best score', async ({ page }) => {
      await seedProgress(page, 'coursework');
      await page.goto('index.html');
      await expect(page.locator('#next-step')).toHaveText('Rozwiąż test końcowy');
      await expect(page.locator('#next-step')).toHaveAttribute('href', /test-koncowy\.html$/);
      await seedProgress(page, 'failed');
      await page.goto('index.html');
      await expect(page.locator('#next-step')).toHaveText('Popraw wynik testu końcowego');
      await expect(page.locator('main [data-progress-final]')).toHaveText(
        'Test końcowy: niezaliczony, najlepszy wynik 55%',
      );
      await expect(page.locator('main [data-final]')).toHaveAttribute('data-state', 'failed');
    });

    test('everything done: 100%, the summary per outcome, what to revisit, a printable certificate', async ({
      page,
    }) => {
      await seedProgress(page, 'done');
      await page.goto('index.html');
      await expect(page.locator('main [data-progress-percent]')).toHaveText('100% kursu ukończone');
      await expect(page.locator('main [data-progress-final]')).toHaveText('Test końcowy: zaliczony, wynik 92%');
      await page.locator('#next-step').click();
      await expect(page).toHaveURL(/podsumowanie\.html$/);
      await expect(page.locator('#summary-result')).toHaveText(
        'Kurs ukończony, test końcowy zaliczony z wynikiem 92%.',
      );
      const outcomes = quizBanks().map((b) => b.outcome);
      const last = outcomes.at(-1)!;
      await expect(page.locator(`[data-outcome="${outcomes[0]}"] [data-outcome-result]`)).toHaveText(
        'osiągnięty (100%)',
      );
      await expect(page.locator(`[data-outcome="${last}"] [data-outcome-result]`)).toHaveText(
        'jeszcze nie osiągnięty (62%)',
      );
      // What to revisit: only the outcome not met, with its lessons and its practice quiz.
      await expect(page.locator('.revisit li:visible')).toHaveCount(1);
      const revisit = page.locator(`[data-revisit="${last}"]`);
      await expect(revisit.getByRole('link').first()).toHaveAttribute('href', /lekcje\/.+\.html$/);
      await expect(revisit.getByRole('link').last()).toHaveAttribute('href', new RegExp(`sprawdz-sie/${last}\\.html$`));
      expect(await violations(page)).toEqual([]);

      // The certificate: the name is asked for, shown, never stored, and printed alone.
      await page.evaluate(() => {
        window.print = () => undefined;
      });
      await page.getByRole('button', { name: 'Drukuj zaświadczenie' }).click();
      await expect(page.getByRole('alert')).toHaveText('Najpierw wpisz imię i nazwisko.');
      await expect(page.getByLabel('Imię i nazwisko')).toBeFocused();
      await page.getByLabel('Imię i nazwisko').fill('Anna Kowalska');
      await expect(page.locator('#certificate-person')).toHaveText('Anna Kowalska');
      await expect(page.locator('#certificate')).toContainText('zaliczony z wynikiem 92%');
      await page.getByRole('button', { name: 'Drukuj zaświadczenie' }).click();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('#certificate')).toBeVisible();
      await expect(page.locator('#outcomes-title')).toBeHidden();
      await expect(page.locator('.site-footer')).toBeHidden();
      const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
      expect(stored).not.toContain('Kowalska');
    });
  });
}

async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
