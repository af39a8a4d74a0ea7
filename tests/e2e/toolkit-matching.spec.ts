import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadMatching } from '../../exercises/matching/data.ts';
import { scoreMatrix } from '../../exercises/matching/model.ts';
import { scoreScenario } from '../../exercises/matching/model.ts';
import { solveMatching } from '../../exercises/matching/solve.ts';
import { points } from '../../exercises/matching/labels.ts';

// The matching helper with the example files (the "grupy" scenario as CSV): the same optimum as the exercise,
// pin and forbid by keyboard, a refused file with line and column, export, reload, axe.
const PAGE = 'narzedzia/dobor-par.html';
const { model, scenarios } = loadMatching();
const groups = scenarios.find((s) => s.id === 'grupy')!;
const matrix = scoreMatrix(scoreScenario(groups, model));
const best = solveMatching(
  matrix,
  groups.mentors.map(() => groups.capacity),
);
/** A mentee with more than one allowed mentor (Zuza, for one, can only meet Agnieszka). */
const flexible = groups.mentees.find(
  (m, i) => m.id !== 'oskar' && matrix[i]!.filter((s) => s > -Infinity).length > 1,
)!.id;

async function loadExamples(page: Page) {
  await page.getByLabel('Podopieczni (plik CSV)').setInputFiles('public/narzedzia/przyklad-podopieczni.csv');
  await page.getByLabel('Mentorzy (plik CSV)').setInputFiles('public/narzedzia/przyklad-mentorzy.csv');
  await expect(page.locator('.summary')).toBeVisible();
}

async function press(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).focus();
  await page.keyboard.press('Enter');
}

test("the example cohort gets the exercise's optimum; pin, forbid and re-solve by keyboard; reload keeps it", async ({
  page,
}) => {
  await page.goto(PAGE);
  await loadExamples(page);
  await expect(page.locator('.summary')).toHaveText(
    `Przydzieleni: ${groups.mentees.length} z ${groups.mentees.length}. Suma punktów całej grupy: ${points(best.total)}\u00a0pkt.`,
  );
  for (const [i, j] of best.assignment.entries()) {
    const group = page.locator('.group').nth(j);
    await expect(group.locator(`[data-mentee="${groups.mentees[i]!.id}"]`)).toHaveCount(1);
  }

  // Zuza can meet only one mentor: no alternative. Another mentee: why, and what the alternatives cost.
  await page.locator('[data-mentee="zuza"] summary').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-mentee="zuza"]')).toContainText('Co wzmacnia to dopasowanie');
  await page
    .locator('[data-mentee="zuza"]')
    .getByRole('button', { name: 'Pokaż, ile kosztowałyby inne wybory' })
    .press('Enter');
  await expect(page.locator('[data-mentee="zuza"]')).toContainText('Nie ma innego mentora z wolnym miejscem');
  await page.locator(`[data-mentee="${flexible}"] summary`).focus();
  await page.keyboard.press('Enter');
  await page
    .locator(`[data-mentee="${flexible}"]`)
    .getByRole('button', { name: 'Pokaż, ile kosztowałyby inne wybory' })
    .press('Enter');
  await expect(page.locator(`[data-mentee="${flexible}"] .alternatives li`).first()).toContainText('suma całej grupy');
  // Pin the first alternative: the mentee moves to that mentor and is marked pinned.
  const pinButton = page.locator(`[data-mentee="${flexible}"] .alternatives li`).first().getByRole('button');
  const target = (await pinButton.textContent())!.split(' i ').pop()!.trim();
  await pinButton.press('Enter');
  const moved = page.locator(`[data-mentee="${flexible}"]`).locator('xpath=ancestor::li[contains(@class,"group")]//h3');
  await expect(moved).toContainText(target);
  await expect(page.locator(`[data-mentee="${flexible}"] summary`)).toContainText('przypięta');

  // Forbid Oskar's pair: he moves, the total does not rise.
  await page.locator('[data-mentee="oskar"] summary').focus();
  await page.keyboard.press('Enter');
  const before = page.locator('[data-mentee="oskar"]').locator('xpath=ancestor::li[contains(@class,"group")]//h3');
  const mentorBefore = (await before.textContent())!.split(' (')[0]!;
  await page.locator('[data-mentee="oskar"]').getByRole('button', { name: 'Wyklucz tę parę' }).press('Enter');
  await expect(page.getByText(`Oskar i ${mentorBefore}`).first()).toBeVisible();
  const after = page.locator('[data-mentee="oskar"]').locator('xpath=ancestor::li[contains(@class,"group")]//h3');
  await expect(after).not.toContainText(mentorBefore);

  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'Eksportuj wynik (CSV)')]);
  const csv = readFileSync(await download.path(), 'utf8').split('\r\n');
  expect(csv[0]).toBe('mentor_id,mentor,podopieczny_id,podopieczny,punkty,przypieta');
  expect(csv.filter(Boolean)).toHaveLength(groups.mentees.length + 1);

  await page.reload();
  await expect(page.locator('.summary')).toBeVisible();
  await expect(page.getByText(`Oskar i ${mentorBefore}`).first()).toBeVisible();
});

test('a malformed CSV is refused whole, with line, column and reason', async ({ page }) => {
  await page.goto(PAGE);
  const text = readFileSync('public/narzedzia/przyklad-podopieczni.csv', 'utf8').replace(',21,', ',dwadzieścia jeden,');
  await page
    .getByLabel('Podopieczni (plik CSV)')
    .setInputFiles({ name: 'zle.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Nie wczytano pliku zle.csv: 1.');
  await expect(alert).toContainText(
    'wiersz 2, kolumna 3 (wiek): „dwadzieścia jeden” to nie jest liczba całkowita od 15 do 90',
  );
  await expect(page.locator('.summary')).toHaveCount(0);
  await expect(page.getByText(/^Wczytano: podopieczni/)).toHaveCount(0);
});
