import { expect, test } from '@playwright/test';
import { lessonsInOrder } from './support/course.ts';

const lessons = lessonsInOrder();

test('a learner reaches every lesson in order with "next", and the contents mark where they are', async ({ page }) => {
  await page.goto('index.html');
  await page.getByRole('link', { name: 'Zacznij od pierwszej lekcji' }).click();
  for (const [i, lesson] of lessons.entries()) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
    await expect(page).toHaveURL(new RegExp(`lekcje/${lesson.id}\\.html$`));
    const current = page.locator('.lesson-sidebar a[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toContainText(lesson.title);
    await expect(page.locator('main').getByText(`Lekcja ${i + 1} z ${lessons.length}`)).toBeVisible();
    const next = page.getByRole('link', { name: /Następna lekcja/ });
    if (i === lessons.length - 1) await expect(next).toHaveCount(0);
    else await next.click();
  }
});

test('the home page offers to continue at the last lesson opened and not yet read', async ({ page }) => {
  const target = lessons[Math.min(2, lessons.length - 1)]!;
  await page.goto(`lekcje/${target.id}.html`);
  await expect(page.locator('.lesson-sidebar li[data-visited]')).toHaveCount(1);
  await page.goto('index.html');
  const resume = page.locator('#next-step');
  await expect(resume).toBeVisible();
  await expect(resume).toHaveText(`Czytaj dalej: ${target.title}`);
  await resume.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.title);
});

test('the lesson contents and previous/next links work by keyboard', async ({ page }) => {
  const second = lessons[1]!;
  await page.goto(`lekcje/${second.id}.html`);
  await page.getByRole('link', { name: /Poprzednia lekcja/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessons[0]!.title);
});

test('a missing page answers with the course 404 page when served by the dev server', async ({ page }) => {
  await page.goto('404.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nie ma takiej strony');
});
