import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Statement } from '../../exercises/roles/schema.ts';
import { hydrated } from './support/hydration.ts';
import { notesOf, openPair, sameStep, textSizes, TRAINER_EXERCISES } from './support/trainer.ts';

const ROLES = 'trener/kto-za-co-odpowiada.html';
const { statements } = parse(readFileSync('exercises/roles/data/statements.yaml', 'utf8')) as {
  statements: Statement[];
};
const TEAMS = ['Sowy', 'Lisy', 'Żubry', 'Orły'];
/** The polite live region of the trainer layout. */
const said = (page: Page) => page.locator('.visually-hidden[role="status"]');

/** Four named teams, every answer revealed: the fullest stage. */
async function fillRoom(presenter: Page) {
  await presenter.getByRole('button', { name: '4', exact: true }).click();
  for (const [i, name] of TEAMS.entries()) await presenter.getByLabel(`Nazwa zespołu ${i + 1}`).fill(name);
  await presenter.getByRole('button', { name: 'Odsłoń wszystkie' }).click();
}

/** Presses a shortcut with the focus outside any field. */
async function shortcut(page: Page, key: string) {
  await page.locator('h1').click();
  await page.keyboard.press(key);
}

test.describe('projector view', () => {
  for (const { slug, id, views } of TRAINER_EXERCISES) {
    test(`${id}: every view has no text under 28 px at 1920x1080 and 22 px at 1280x720, larger headings, no notes`, async ({
      context,
    }) => {
      test.setTimeout(90_000);
      const { presenter, projector } = await openPair(context, slug);
      await fillRoom(presenter);
      for (let view = 1; view <= views; view += 1) {
        await shortcut(presenter, String(view));
        const name = await presenter.locator('.stage').getAttribute('data-view');
        await expect(projector.locator('.stage')).toHaveAttribute('data-view', name!);
        for (const [width, height, limit] of [
          [1920, 1080, 28],
          [1280, 720, 22],
        ] as const) {
          await projector.setViewportSize({ width, height });
          const sizes = await textSizes(projector);
          expect(sizes.smallest, `${name} at ${width}: "${sizes.text}"`).toBeGreaterThanOrEqual(limit);
          expect(sizes.headings, `${name} at ${width}: headings`).toBeGreaterThan(sizes.body);
        }
      }
      // Not on screen, and not in the page at all (the island never receives the notes).
      const html = (await projector.content()).replace(/\s+/g, ' ');
      const shown = (await projector.locator('body').innerText()).replace(/\s+/g, ' ');
      for (const note of notesOf(id)) {
        expect(html, note).not.toContain(note.slice(0, 50));
        expect(shown, note).not.toContain(note.slice(0, 50));
      }
      // The presenter window carries them (the check above can fail); they opened with the projector.
      await expect(presenter.locator('.notes')).toBeVisible();
      await expect(presenter.locator('.notes')).toContainText(notesOf(id).at(-1)!.slice(0, 50));
    });
  }
});

test.describe('presenter window', () => {
  test('drives the projector: step, answers, teams and item follow; notes open once a projector is there', async ({
    context,
  }) => {
    const presenter = await context.newPage();
    await presenter.goto(ROLES);
    await hydrated(presenter);
    await expect(presenter.locator('.notes')).toBeHidden();
    const [projector] = await Promise.all([
      context.waitForEvent('page'),
      presenter.getByRole('link', { name: 'Otwórz widok projektora' }).click(),
    ]);
    await hydrated(projector);
    await expect(presenter.getByText('Widok projektora jest otwarty')).toBeVisible();
    await expect(presenter.locator('.notes')).toBeVisible();
    await expect(projector.locator('.notes')).toHaveCount(0);

    await presenter.getByRole('button', { name: /^3\. Zebranie odpowiedzi/ }).click();
    await expect(projector.locator('.stage-head .step')).toHaveText('Krok 3: Zebranie odpowiedzi');
    await expect(projector.locator('.stage')).toHaveAttribute('data-view', 'item');
    await expect(projector.getByRole('heading', { level: 2 })).toHaveText(statements[0]!.text);

    await presenter.getByLabel('Nazwa zespołu 1').fill('Sowy');
    await presenter
      .getByRole('group', { name: 'Sowy, stwierdzenie 1' })
      .getByRole('button', { name: 'Mentor' })
      .click();
    await expect(projector.locator('.teams')).toContainText('Sowy: mentor');
    await expect(projector.getByText(/^Odpowiedź:/)).toHaveCount(0);
    await presenter.getByRole('button', { name: 'Odsłoń odpowiedź' }).click();
    await expect(projector.getByText(/^Odpowiedź:/)).toBeVisible();
    await expect(projector.locator('.answer')).toContainText(statements[0]!.reason.replace(/\s+/g, ' ').trim());

    await shortcut(presenter, 'ArrowRight');
    await expect(projector.getByText(`Stwierdzenie 2 z ${statements.length}`)).toBeVisible();
    // A clicker plugged into the projector's computer works the other way round.
    await projector.keyboard.press('PageDown');
    await expect(presenter.getByText(`Stwierdzenie 3 z ${statements.length}`).first()).toBeVisible();
    await projector.close();
    await expect(presenter.getByText('Widok projektora jest otwarty')).toHaveCount(0);
  });

  test('one window alone works: notes hidden until asked for, the stage shows the same as a projector would', async ({
    page,
  }) => {
    await page.goto(ROLES);
    await hydrated(page);
    await expect(page.getByRole('heading', { name: 'Notatki dla trenera' })).toBeHidden();
    const stage = page.getByRole('region', { name: 'Ekran dla grupy' });
    await expect(stage).toContainText('Kto za co odpowiada w mentoringu');
    await shortcut(page, 'u');
    await expect(page.getByRole('heading', { name: 'Notatki dla trenera' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ukryj notatki (U)' })).toHaveAttribute('aria-expanded', 'true');
  });

  test('the timer counts down, pauses, takes a minute more, announces politely and shows the end', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-03-02T09:00:00') });
    await page.goto(ROLES);
    await hydrated(page);
    const timer = page.locator('.side [role="timer"]');
    await expect(timer).toHaveText('05:00');
    // role="timer" is not live (ARIA 1.2): nothing is read out each second.
    await expect(timer).not.toHaveAttribute('aria-live', /.+/);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(said(page)).toHaveText('Czas ruszył, zostało 05:00.');
    await page.clock.runFor(65_000);
    await expect(timer).toHaveText('03:55');
    await expect(page.locator('.stage [role="timer"]')).toHaveText('03:55');
    await expect(said(page)).toHaveText('Czas ruszył, zostało 05:00.');

    await page.getByRole('button', { name: 'Pauza' }).click();
    await page.clock.runFor(60_000);
    await expect(timer).toHaveText('03:55');
    await expect(said(page)).toHaveText('Czas zatrzymany, zostało 03:55.');

    await shortcut(page, 'c');
    await page.clock.runFor(3 * 60_000);
    await expect(timer).toHaveText('00:55');
    await expect(said(page)).toHaveText('Została minuta.');
    await page.clock.runFor(60_000);
    await expect(timer).toHaveText('00:00');
    await expect(said(page)).toHaveText('Czas minął.');
    await expect(page.locator('.stage .timer')).toHaveAttribute('data-state', 'done');
    await expect(page.locator('.stage')).toContainText('Czas minął');

    await page.getByRole('button', { name: 'Dodaj minutę' }).click();
    await expect(timer).toHaveText('01:00');
    await page.getByRole('button', { name: 'Od początku' }).click();
    await expect(timer).toHaveText('05:00');
    // Each step has its own timer.
    await page.getByRole('button', { name: 'Następny krok' }).click();
    await expect(timer).toHaveText('15:00');
  });

  test('is usable by keyboard alone: shortcuts listed on screen, visible focus, letters can be switched off', async ({
    page,
  }) => {
    await page.goto(ROLES);
    await hydrated(page);
    const keys = page
      .getByRole('region', { name: 'Skróty klawiszowe' })
      .or(page.locator('section:has(h2:text("Skróty klawiszowe"))'));
    await expect(keys).toContainText('odsłoń albo ukryj odpowiedź');

    const next = page.getByRole('button', { name: 'Następny krok' });
    await next.focus();
    await expect(next).toHaveCSS('outline-style', 'solid');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(page.locator('.stage-head .step')).toHaveText('Krok 3: Zebranie odpowiedzi');
    const team = page
      .getByRole('group', { name: 'Zespół 2, stwierdzenie 1' })
      .getByRole('button', { name: 'Podopieczny' });
    await team.focus();
    await page.keyboard.press('Space');
    await expect(team).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('o');
    await expect(page.locator('.stage .answer')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.stage')).toContainText(`Stwierdzenie 2 z ${statements.length}`);
    await page.keyboard.press('w');
    await expect(page.getByText(`Odsłonięte: ${statements.length} z ${statements.length}.`)).toBeVisible();
    await page.keyboard.press('3');
    await expect(page.locator('.stage')).toHaveAttribute('data-view', 'results');

    // Letters off (WCAG 2.1.4): "n" no longer moves the step; arrows still move the item.
    await page.getByLabel('Skróty literowe i cyfrowe włączone').focus();
    await page.keyboard.press('Space');
    await shortcut(page, 'n');
    await expect(page.locator('.stage-head .step')).toHaveText('Krok 3: Zebranie odpowiedzi');
    await page.reload();
    await hydrated(page);
    await expect(page.getByLabel('Skróty literowe i cyfrowe włączone')).not.toBeChecked();
  });
});

test.describe('the room survives', () => {
  test('code of ethics: all five fields, the step and the reveals survive a reload and a browser restart; reset clears them', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL: baseURL! });
    let page = await context.newPage();
    await page.goto('trener/nasz-kodeks-etyki.html');
    await hydrated(page);
    await page.getByLabel('Nazwa zespołu 1').fill('Sowy');
    await page.getByLabel('Nazwa zespołu 2').fill('Lisy');
    await page
      .getByLabel('Kodeks: Sowy (jedna zasada w wierszu)')
      .fill('Szanujemy czas\nCo w grupie, zostaje w grupie');
    await page.getByLabel('Kodeks: Lisy (jedna zasada w wierszu)').fill('Przychodzimy na spotkania');
    await page.getByLabel('Zasady grupy (jedna w wierszu)').fill('Jesteśmy szczerzy');
    await page.getByRole('button', { name: /^6\. Omówienie/ }).click();
    await page.getByRole('button', { name: 'Odsłoń odpowiedź' }).click();

    const check = async (p: Page) => {
      await expect(p.getByLabel('Nazwa zespołu 1')).toHaveValue('Sowy');
      await expect(p.getByLabel('Nazwa zespołu 2')).toHaveValue('Lisy');
      await expect(p.getByLabel('Kodeks: Sowy (jedna zasada w wierszu)')).toHaveValue(
        'Szanujemy czas\nCo w grupie, zostaje w grupie',
      );
      await expect(p.getByLabel('Kodeks: Lisy (jedna zasada w wierszu)')).toHaveValue('Przychodzimy na spotkania');
      await expect(p.getByLabel('Zasady grupy (jedna w wierszu)')).toHaveValue('Jesteśmy szczerzy');
      await expect(p.locator('.stage-head .step')).toHaveText('Krok 6: Omówienie');
      await expect(p.locator('.stage')).toContainText('Sowy');
    };
    await page.reload();
    await hydrated(page);
    await check(page);

    // A browser restart: the same profile's storage in a new browser context.
    const state = await context.storageState();
    expect(state.origins[0]?.localStorage.map((i) => i.name)).toContain('lse-m1:trainer:code-of-ethics');
    await context.close();
    const restarted = await browser.newContext({ baseURL: baseURL!, storageState: state });
    page = await restarted.newPage();
    await page.goto('trener/nasz-kodeks-etyki.html');
    await hydrated(page);
    await check(page);

    await page.getByRole('button', { name: 'Zacznij od nowa' }).click();
    await expect(page.getByRole('button', { name: 'Nie, zostaw' })).toBeFocused();
    await page.getByRole('button', { name: 'Tak, wyczyść' }).click();
    await expect(page.getByLabel('Nazwa zespołu 1')).toHaveValue('');
    await page.reload();
    await hydrated(page);
    await expect(page.getByLabel('Nazwa zespołu 1')).toHaveValue('');
    await expect(page.locator('.stage-head .step')).toHaveText('Krok 1: Wprowadzenie');
    // Trainer mode records nothing of the learner's.
    expect(await page.evaluate(() => localStorage.getItem('lse-m1:progress'))).toBeNull();
    await restarted.close();
  });

  test('roles and matching: team choices and the scenario survive a reload', async ({ page }) => {
    await page.goto(ROLES);
    await hydrated(page);
    await page
      .getByRole('group', { name: 'Zespół 1, stwierdzenie 1' })
      .getByRole('button', { name: 'Kierownik' })
      .click();
    await page.reload();
    await hydrated(page);
    await expect(
      page.getByRole('group', { name: 'Zespół 1, stwierdzenie 1' }).getByRole('button', { name: 'Kierownik' }),
    ).toHaveAttribute('aria-pressed', 'true');

    await page.goto('trener/dobierz-pary-i-grupy.html');
    await hydrated(page);
    await page.getByRole('button', { name: /Trzy grupy/ }).click();
    await page.getByLabel('Zespół 2, Zuza: mentor', { exact: true }).selectOption({ label: 'Agnieszka' });
    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('button', { name: /Trzy grupy/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByLabel('Zespół 2, Zuza: mentor', { exact: true })).toHaveValue('agnieszka');
  });

  test('with storage disabled or full the room still works and the trainer is told', async ({ browser, baseURL }) => {
    const disabled = await browser.newContext({ baseURL: baseURL! });
    await disabled.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    let page = await disabled.newPage();
    await page.goto(ROLES);
    await hydrated(page);
    await expect(page.getByText('Przeglądarka nie pozwala zapisać pracy grupy')).toBeVisible();
    await page.getByRole('button', { name: 'Następny krok' }).click();
    await expect(page.locator('.stage-head .step')).toHaveText('Krok 2: Praca w zespołach');
    await disabled.close();

    const full = await browser.newContext({ baseURL: baseURL! });
    await full.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    page = await full.newPage();
    await page.goto(ROLES);
    await hydrated(page);
    await page.getByRole('button', { name: 'Następny krok' }).click();
    await expect(page.getByText('Pamięć przeglądarki jest pełna')).toBeVisible();
    await expect(page.locator('.stage-head .step')).toHaveText('Krok 2: Praca w zespołach');
    await full.close();
  });
});

test.describe('trainer pages are accessible when in use', () => {
  for (const { slug, views } of TRAINER_EXERCISES) {
    test(`${slug}: zero axe violations with teams, answers, notes and every view`, async ({ context }) => {
      test.setTimeout(180_000);
      const { presenter, projector } = await openPair(context, slug);
      await fillRoom(presenter);
      // The notes opened when the projector window did.
      await expect(presenter.locator('.notes')).toBeVisible();
      const found: string[] = [];
      for (let view = 1; view <= views; view += 1) {
        await shortcut(presenter, String(view));
        await sameStep(presenter, projector);
        for (const page of [presenter, projector]) {
          const results = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
            .analyze();
          found.push(
            ...results.violations.map(
              (v) => `${page.url()} view ${view}: ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`,
            ),
          );
        }
      }
      expect(found).toEqual([]);
    });
  }
});
