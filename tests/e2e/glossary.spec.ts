import { expect, test } from '@playwright/test';
import { glossaryTerms, lessonsInOrder } from './support/course.ts';

test('a marked term shows its definition on focus, Escape hides it, Enter opens the glossary entry', async ({
  page,
}) => {
  const lesson = lessonsInOrder().find((l) => l.id === 'what-is-mentoring') ?? lessonsInOrder()[0]!;
  await page.goto(`lekcje/${lesson.id}.html`);
  const firstTerm = page.locator('main .term-link').first();
  const termId = await firstTerm.locator('xpath=..').getAttribute('data-term');

  // Tab from the top of the page until the first term has focus.
  await page.locator('body').focus();
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    if (await firstTerm.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(firstTerm).toBeFocused();
  const tipId = await firstTerm.getAttribute('aria-describedby');
  const tip = page.locator(`#${tipId}`);
  await expect(tip).toBeVisible();
  await expect(tip).toHaveAttribute('role', 'tooltip');
  await expect(firstTerm).toHaveAccessibleDescription(/Definicja: .+/);

  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(firstTerm).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`slowniczek\\.html#${termId}$`));
  await expect(page.locator(`[id="${termId}"]`)).toBeVisible();
});

test('a term definition shows on hover and stays while the pointer moves onto it', async ({ page }) => {
  await page.goto(`lekcje/${lessonsInOrder()[0]!.id}.html`);
  const term = page.locator('main .term').first();
  await term.locator('.term-link').hover();
  const tip = term.locator('.term-tip');
  await expect(tip).toBeVisible();
  await tip.hover();
  await expect(tip).toBeVisible();
});

test('the glossary lists every term A-Z with an anchor each, and the letters jump to their section', async ({
  page,
}) => {
  await page.goto('slowniczek.html');
  const terms = glossaryTerms();
  await expect(page.locator('.term-entry')).toHaveCount(terms.length);
  for (const term of terms) await expect(page.locator(`[id="${term.id}"]`)).toHaveCount(1);
  const letters = page.getByRole('navigation', { name: 'Litery alfabetu' }).getByRole('link');
  const first = letters.first();
  const letter = (await first.textContent())!.trim();
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: letter, exact: true })).toBeInViewport();
});
