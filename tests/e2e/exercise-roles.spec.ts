import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { RoleId, Statement } from '../../exercises/roles/schema.ts';
import { decodeProgress } from '../../src/tracking/suspend-data.ts';
import { layoutFromContent } from '../../src/utils/state-layout.ts';
import { watchCsp } from './support/crawl.ts';
import { hydrated } from './support/hydration.ts';
import { cmi, course, freshLaunch, openInCourse } from './support/lms.ts';

const PAGE = 'cwiczenia/kto-za-co-odpowiada.html';
const { statements } = parse(readFileSync('exercises/roles/data/statements.yaml', 'utf8')) as {
  statements: Statement[];
};
const ROLES: RoleId[] = ['kierownik', 'mentor', 'podopieczny'];
const LABEL: Record<RoleId, string> = { kierownik: 'Kierownik', mentor: 'Mentor', podopieczny: 'Podopieczny' };
/** The statement the learner gets wrong on purpose, and the wrong answer. */
const WRONG = statements.find((s) => s.roles.join() === 'mentor')!;
const WRONG_ANSWER: RoleId[] = ['kierownik'];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The statement shown on a card (its text without the number). */
async function statementOf(card: Locator): Promise<Statement> {
  const text = ((await card.locator('.text').textContent()) ?? '').replace(/^\s*\d+\.\s*/, '').trim();
  const statement = statements.find((s) => s.text.trim() === text);
  if (!statement) throw new Error(`no statement with text ${text}`);
  return statement;
}

/**
 * Sorts every statement with the keyboard only: Tab from role button to role
 * button through all cards, Space on the wanted ones; then Tab reaches "Sprawdź".
 */
async function sortByKeyboard(page: Page, scope: Page | FrameLocator, wrong?: Statement) {
  const cards = scope.locator('.cards > li');
  await expect(cards).toHaveCount(statements.length);
  await cards.first().getByRole('button', { name: 'Kierownik', exact: true }).focus();
  for (let i = 0; i < statements.length; i += 1) {
    const statement = await statementOf(cards.nth(i));
    const wanted = statement.id === wrong?.id ? WRONG_ANSWER : statement.roles;
    for (const role of ROLES) {
      await expect(cards.nth(i).getByRole('button', { name: LABEL[role], exact: true })).toBeFocused();
      if (wanted.includes(role)) await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
    }
  }
  await expect(scope.getByRole('button', { name: 'Sprawdź', exact: true })).toBeFocused();
}

test.describe('roles exercise: learner page', () => {
  test('sorted by keyboard only, checked: score, feedback with reason and lesson link, saved across reloads', async ({
    page,
  }) => {
    await page.goto(PAGE);
    await hydrated(page);
    await sortByKeyboard(page, page, WRONG);
    await expect(page.locator('.progress')).toHaveText(`Przydzielone: ${statements.length} z ${statements.length}.`);
    await page.keyboard.press('Enter');

    const result = page.getByRole('heading', { name: 'Twój wynik' });
    await expect(result).toBeFocused();
    const score = `Dokładnie dobrze przydzielone: ${statements.length - 1} z ${statements.length}.`;
    await expect(page.locator('.result')).toContainText(score);

    const wrongCard = page.locator('.cards > li').filter({ hasText: WRONG.text });
    await expect(wrongCard).toContainText('Jeszcze nie.');
    await expect(wrongCard).toContainText('Twój wybór: kierownik.');
    await expect(wrongCard).toContainText('Właściwe role: mentor.');
    await expect(wrongCard).toContainText(WRONG.reason.replace(/\s+/g, ' ').trim());
    const link = wrongCard.getByRole('link', { name: /^Przeczytaj w lekcji:/ });
    const target = `lekcje/${WRONG.lesson}.html${WRONG.anchor ? `#${WRONG.anchor}` : ''}`;
    await expect(link).toHaveAttribute('href', new RegExp(`^\\.\\./${escape(target)}$`));
    await expect(wrongCard.getByRole('button', { name: 'Kierownik', exact: true })).toBeDisabled();

    const multi = statements.find((s) => s.roles.length === 3)!;
    const multiCard = page.locator('.cards > li').filter({ hasText: multi.text });
    await expect(multiCard).toContainText('Dobrze.');
    await expect(multiCard).toContainText('Właściwe role: kierownik, mentor i podopieczny.');

    // The tracker recorded the attempt with its score.
    const saved = await page.evaluate(() => localStorage.getItem('lse-m1:progress'));
    const progress = decodeProgress(saved, layoutFromContent()).progress;
    expect(progress.activities['ex-roles']).toEqual({
      score: statements.length - 1,
      max: statements.length,
      attempts: 1,
    });
    // One character per statement in the data's order (exercises/roles/placements.ts, version 2).
    expect(progress.answers['ex-roles:p']).toMatch(new RegExp(`^2[kmpabcd]{${statements.length}}$`));

    await page.reload();
    await hydrated(page);
    await expect(page.locator('.result')).toContainText(score);
    await expect(page.locator('.cards > li').filter({ hasText: WRONG.text })).toContainText('Twój wybór: kierownik.');
  });

  test('a choice made while the saved state is still loading is not lost', async ({ page }) => {
    // A slow network: the tracker (loaded on demand outside an LMS) arrives a second late. The controls
    // stay inert until it has restored the saved state, so the click lands after the restore, not under it.
    await page.route('**/_astro/runtime.*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await page.goto(PAGE);
    const first = page.locator('.cards > li').first().getByRole('button', { name: 'Mentor', exact: true });
    await first.click();
    await expect(first).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.progress')).toHaveText(`Przydzielone: 1 z ${statements.length}.`);
    await page.reload();
    await hydrated(page);
    await expect(
      page.locator('.cards > li').first().getByRole('button', { name: 'Mentor', exact: true }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  test('checking with unsorted statements warns and grades nothing', async ({ page }) => {
    await page.goto(PAGE);
    await hydrated(page);
    const first = page.locator('.cards > li').first();
    await first.getByRole('button', { name: 'Mentor', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(first.getByRole('button', { name: 'Mentor', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Sprawdź', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText(`Nieprzydzielone stwierdzenia: ${statements.length - 1}.`);
    await expect(page.locator('.result')).toHaveCount(0);
  });

  test('role changes are announced; drag and drop adds and moves roles; placements and order survive a reload', async ({
    page,
  }) => {
    // Dragging is where a strict CSP bites (inline styles set by a drag library): none may be blocked.
    const cspViolations = await watchCsp(page);
    await page.goto(PAGE);
    await hydrated(page);
    const cards = page.locator('.cards > li');
    const live = page.locator('[aria-live="polite"]');
    await cards.nth(1).getByRole('button', { name: 'Podopieczny', exact: true }).focus();
    await page.keyboard.press('Space');
    await expect(live).toHaveText('Stwierdzenie 2: dodano rolę podopieczny.');
    await page.keyboard.press('Space');
    await expect(live).toHaveText('Stwierdzenie 2: usunięto rolę podopieczny.');

    const bins = page.locator('.bin');
    await cards.nth(0).dragTo(bins.filter({ hasText: 'Kierownik' }));
    await expect(live).toHaveText('Stwierdzenie 1: dodano rolę kierownik.');
    await expect(cards.nth(0).getByRole('button', { name: 'Kierownik', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await bins
      .filter({ hasText: 'Kierownik' })
      .locator('.chip')
      .first()
      .dragTo(bins.filter({ hasText: 'Mentor' }));
    await expect(live).toHaveText('Stwierdzenie 1: przeniesiono z roli kierownik do roli mentor.');
    await expect(cards.nth(0).getByRole('button', { name: 'Kierownik', exact: true })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(await cspViolations()).toEqual([]);

    const order = await page.locator('.cards .text').allTextContents();
    await page.reload();
    await hydrated(page);
    await expect(page.locator('.cards .text')).toHaveText(order);
    await expect(cards.nth(0).getByRole('button', { name: 'Mentor', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.locator('.progress')).toHaveText(`Przydzielone: 1 z ${statements.length}.`);
  });

  test('retry after checking clears the choices and shuffles the order; the new order is kept on reload', async ({
    page,
  }) => {
    await page.goto(PAGE);
    await hydrated(page);
    await sortByKeyboard(page, page);
    await page.keyboard.press('Enter');
    await expect(page.locator('.result')).toContainText(
      `Dokładnie dobrze przydzielone: ${statements.length} z ${statements.length}.`,
    );
    await expect(page.locator('.result')).toContainText('Brawo');
    const before = await page.locator('.cards .text').allTextContents();
    await page.locator('.result').getByRole('button', { name: 'Spróbuj jeszcze raz' }).click();
    await expect(page.locator('.result')).toHaveCount(0);
    await expect(page.locator('.cards [aria-pressed="true"]')).toHaveCount(0);
    await expect(page.locator('[aria-live="polite"]')).toHaveText(
      'Zaczynasz od nowa. Stwierdzenia są w nowej kolejności.',
    );
    await expect(page.locator('.cards .toggle').first()).toBeFocused();
    const after = await page.locator('.cards .text').allTextContents();
    expect(after).not.toEqual(before);
    const unnumbered = (texts: string[]) => texts.map((text) => text.replace(/^\d+\.\s*/, '')).sort();
    expect(unnumbered(after)).toEqual(unnumbered(before));
    await page.reload();
    await hydrated(page);
    await expect(page.locator('.cards .text')).toHaveText(after);
    // A second check is a second attempt.
    await sortByKeyboard(page, page);
    await page.keyboard.press('Enter');
    const saved = await page.evaluate(() => localStorage.getItem('lse-m1:progress'));
    expect(decodeProgress(saved, layoutFromContent()).progress.activities['ex-roles']?.attempts).toBe(2);
  });
});

test.describe('roles exercise in the preview LMS', () => {
  for (const standard of ['1.2', '2004'] as const) {
    test(`SCORM ${standard}: "Sprawdź" reports ${standard === '1.2' ? 'one choice interaction per statement' : 'one summary interaction'} (objective lo2)`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await freshLaunch(page, standard);
      await openInCourse(page, PAGE, 'Kto za co odpowiada?');
      await sortByKeyboard(page, course(page), WRONG);
      await page.keyboard.press('Enter');
      await expect(course(page).getByRole('heading', { name: 'Twój wynik' })).toBeFocused();
      if (standard === '2004') {
        // 2004: one summary per exercise (Moodle re-sends every interaction on every commit).
        await expect.poll(async () => Object.keys(((await cmi(page))['interactions'] ?? {}) as object).length).toBe(1);
        const [summary] = Object.values((await cmi(page))['interactions'] as Record<string, any>); // eslint-disable-line @typescript-eslint/no-explicit-any -- scorm-again's JSON
        expect(summary).toMatchObject({ id: 'ex-roles', type: 'other' });
        expect(Number(summary.result)).toBeCloseTo((statements.length - 1) / statements.length, 3);
        expect(summary.learner_response).toContain(`${WRONG.id}=`);
        return;
      }
      await expect
        .poll(async () => Object.keys(((await cmi(page))['interactions'] ?? {}) as object).length)
        .toBe(statements.length);
      const interactions = Object.values((await cmi(page))['interactions'] as Record<string, any>); // eslint-disable-line @typescript-eslint/no-explicit-any -- scorm-again's JSON
      expect(interactions.map((i) => i.id).sort()).toEqual(statements.map((s) => `ex-roles-${s.id}`).sort());
      expect(new Set(interactions.map((i) => i.type))).toEqual(new Set(['choice']));
      const wrong = interactions.find((i) => i.id === `ex-roles-${WRONG.id}`);
      expect(wrong.result).toBe('wrong');
      const others = interactions.filter((i) => i.id !== `ex-roles-${WRONG.id}`);
      expect(new Set(others.map((i) => i.result))).toEqual(new Set(['correct']));
    });
  }
});
