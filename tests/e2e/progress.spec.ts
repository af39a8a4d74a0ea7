import { expect, test } from '@playwright/test';
import { lessonsInOrder } from './support/course.ts';

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
