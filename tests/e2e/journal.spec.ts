import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { reflectionPrompts } from '../../src/journal/prompts.ts';
import { readContentFiles } from '../../src/utils/content-files.ts';

const lessons = readContentFiles('content').lessons.map((file) => {
  const data = file.data as { id: string; order: number; title: string };
  return { ...data, prompts: reflectionPrompts(data.id, file.body ?? '') };
});
const lesson = lessons.find((l) => l.id === 'boundaries-and-safety')!;
const total = lessons.reduce((sum, l) => sum + l.prompts.length, 0);
const first = lesson.prompts[0]!;

test('an answer typed in a lesson is saved as the learner types and comes back after a reload', async ({ page }) => {
  await page.goto(`lekcje/${lesson.id}.html`);
  const field = page.getByRole('textbox', { name: first.text });
  await field.fill('Pożyczka dla Kasi z pracowni: odmówię i poszukamy stypendium.');
  await expect(page.locator(`#zatrzymaj-sie-${first.n} [role="status"]`)).toHaveText('Zapisano w dzienniku.');
  // Saved while the field still has focus: after the pause in typing, not on blur.
  await expect(field).toBeFocused();
  await page.reload();
  await expect(page.getByRole('textbox', { name: first.text })).toHaveValue(
    'Pożyczka dla Kasi z pracowni: odmówię i poszukamy stypendium.',
  );
});

test('the journal lists every prompt by lesson with the answers, as text, and links back to the lesson', async ({
  page,
}) => {
  await page.goto(`lekcje/${lesson.id}.html`);
  const answer = 'Zapytam dyrekcję o standardy.\n<img src=x alt="nie HTML"> zostaje tekstem';
  await page.getByRole('textbox', { name: lesson.prompts[1]!.text }).fill(answer);
  await page.getByRole('link', { name: 'Mój dziennik uczenia się' }).first().click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mój dziennik uczenia się');
  await expect(page.locator('[data-journal-key]')).toHaveCount(total);
  await expect(page.locator('.journal-lesson h2')).toHaveCount(lessons.length);
  await expect(page.locator('#journal-count')).toHaveText(`Odpowiedziano na 1 z ${total} pytań.`);
  const entry = page.locator(`[data-journal-key="${lesson.prompts[1]!.key}"]`);
  await expect(entry.locator('.journal-answer')).toHaveText(answer, { useInnerText: true });
  await expect(entry.locator('img')).toHaveCount(0);
  await expect(page.locator(`[data-journal-key="${first.key}"] .journal-answer`)).toHaveText('Jeszcze bez odpowiedzi.');

  await entry.getByRole('link', { name: /Odpowiedz w lekcji/ }).click();
  await expect(page).toHaveURL(new RegExp(`lekcje/${lesson.id}\\.html#zatrzymaj-sie-2$`));
  await expect(page.getByRole('textbox', { name: lesson.prompts[1]!.text })).toHaveValue(answer);
});

test('the journal downloads as a Markdown file with the prompts and the answers', async ({ page }) => {
  await page.goto(`lekcje/${lesson.id}.html`);
  await page.getByRole('textbox', { name: first.text }).fill('# Moja odpowiedź');
  await page.getByRole('textbox', { name: first.text }).blur();
  await page.goto('dziennik.html');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Pobierz jako plik (Markdown)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('dziennik-uczenia-sie.md');
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text).toMatch(/^# Mój dziennik uczenia się\n/);
  expect(text).toContain(
    `## Lekcja ${lesson.order}. ${lesson.title}\n\n### Zatrzymaj się 1\n\n> ${first.text}\n\n\\# Moja odpowiedź\n`,
  );
  expect(text.match(/^### Zatrzymaj się/gm)).toHaveLength(total);
});

test('the journal prints on paper without the site chrome and the buttons', async ({ page }) => {
  await page.goto('dziennik.html');
  await expect(page.getByRole('button', { name: 'Drukuj dziennik' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Drukuj dziennik' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.journal-entry').first()).toBeVisible();
  await expect(page.locator('.journal-link').first()).toBeHidden();
});
