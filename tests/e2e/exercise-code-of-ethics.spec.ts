import { expect, test, type Locator, type Page } from '@playwright/test';
import { readCodeData } from '../../exercises/code-of-ethics/data.ts';
import { decodeProgress } from '../../src/tracking/suspend-data.ts';
import { layoutFromContent } from '../../src/utils/state-layout.ts';
import { hydrated } from './support/hydration.ts';
import { cmi, course, freshLaunch, openInCourse } from './support/lms.ts';

const PAGE = 'cwiczenia/nasz-kodeks-etyki.html';
const { topics, suggestions } = readCodeData().principles;
const MAX = topics.length;
const text = (id: string) => suggestions.find((s) => s.id === id)!.text;
const OWN = 'Gdy nie mogę przyjść, uprzedzam grupę i nadrabiam zaległości.';
const REWORDED = 'Jesteśmy wobec siebie szczerzy i otwarci.';

/** Focuses a control and presses a key: the keyboard path a learner takes. */
async function press(page: Page, target: Locator, key = 'Enter') {
  await target.focus();
  await page.keyboard.press(key);
}

test.describe('code of ethics: learner page', () => {
  test('built by keyboard only (add, own, reword, reorder, remove), checked, saved, and restored after a reload', async ({
    page,
  }) => {
    await page.goto(PAGE);
    await hydrated(page);
    const live = page.locator('.principle-list [aria-live="polite"]');

    // Add the first five suggestions: after each, focus moves on to the next one still on offer.
    await page.getByRole('button', { name: `Dodaj: ${text('s1')}` }).focus();
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: `Dodaj: ${text('s6')}` })).toBeFocused();
    await expect(live).toHaveText(`Dodano jako zasadę 5: „${text('s5')}”.`);

    // An own principle (Enter submits).
    await page.getByRole('textbox', { name: 'Własna zasada' }).focus();
    await page.keyboard.type(OWN);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Zasada 6', exact: true })).toHaveValue(OWN);
    await expect(page.getByRole('textbox', { name: 'Własna zasada' })).toHaveValue('');

    // Reword a suggestion.
    await page.getByRole('textbox', { name: 'Zasada 5', exact: true }).focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(REWORDED);

    // Reorder: the own principle one place up; focus follows it.
    await press(page, page.getByRole('button', { name: 'W górę, zasada 6' }));
    await expect(live).toHaveText(`Zasada „${OWN}” jest teraz na pozycji 5 z 6.`);
    await expect(page.getByRole('button', { name: 'W górę, zasada 5' })).toBeFocused();
    await expect(page.getByRole('textbox', { name: 'Zasada 5', exact: true })).toHaveValue(OWN);

    // Remove the first principle: its suggestion is on offer again.
    await press(page, page.getByRole('button', { name: 'Usuń, zasada 1' }));
    await expect(live).toHaveText(`Usunięto zasadę „${text('s1')}”. W kodeksie jest zasad: 5.`);
    await expect(page.getByRole('textbox', { name: 'Zasada 1', exact: true })).toBeFocused();
    await expect(page.getByRole('button', { name: `Dodaj: ${text('s1')}` })).toBeVisible();

    // Check: 6 of 9 topics (confidentiality, opinions, thinking, absence, honesty, openness).
    await press(page, page.getByRole('button', { name: 'Sprawdź kodeks' }));
    const feedback = page.locator('.feedback');
    await expect(feedback).toBeFocused();
    await expect(feedback).toContainText(`Kodeks obejmuje 6 z ${MAX} wymaganych tematów.`);
    const missing = feedback.locator('.missing li');
    await expect(missing).toHaveCount(3);
    await expect(missing.nth(0)).toContainText('Szacunek dla czasu.');
    await expect(missing.nth(0)).toContainText(topics.find((t) => t.id === 'time')!.missing.replace(/\s+/g, ' '));
    await expect(feedback.locator('.covered')).toContainText('Nieobecność podopiecznego (zasada 4)');
    await expect(feedback.locator('.covered')).toContainText('Otwartość (zasada 5)');

    // The tracker recorded the attempt and the draft.
    const progress = decodeProgress(
      await page.evaluate(() => localStorage.getItem('lse-m1:progress')),
      layoutFromContent(),
    ).progress;
    expect(progress.activities['ex-code-of-ethics']).toEqual({ score: 6, max: MAX, attempts: 1 });
    expect(JSON.parse(progress.answers['ex-code-of-ethics:code']!)).toEqual([
      ['s2'],
      ['s3'],
      ['s4'],
      ['', OWN],
      ['s5', REWORDED],
    ]);

    await page.reload();
    await hydrated(page);
    await expect(page.locator('.principle-list ol > li')).toHaveCount(5);
    await expect(page.getByRole('textbox', { name: 'Zasada 4', exact: true })).toHaveValue(OWN);
    await expect(page.getByRole('textbox', { name: 'Zasada 5', exact: true })).toHaveValue(REWORDED);
    await expect(page.locator('.feedback')).toContainText(`Kodeks obejmuje 6 z ${MAX} wymaganych tematów.`);

    // A change after the check marks the feedback as stale until the next check.
    await page.getByRole('textbox', { name: 'Zasada 1', exact: true }).focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' Nawet na zawsze.');
    await expect(page.locator('.feedback')).toContainText('Kodeks zmienił się od ostatniego sprawdzenia.');
    await press(page, page.getByRole('button', { name: 'Sprawdź kodeks' }));
    await expect(page.locator('.feedback')).not.toContainText('Kodeks zmienił się');
    const again = decodeProgress(
      await page.evaluate(() => localStorage.getItem('lse-m1:progress')),
      layoutFromContent(),
    ).progress;
    expect(again.activities['ex-code-of-ethics']?.attempts).toBe(2);
  });

  test('a code with every suggested principle covers every topic', async ({ page }) => {
    await page.goto(PAGE);
    await hydrated(page);
    await page.getByRole('button', { name: `Dodaj: ${text('s1')}` }).focus();
    for (let i = 0; i < suggestions.length; i += 1) await page.keyboard.press('Enter');
    await expect(page.locator('.principle-list ol > li')).toHaveCount(suggestions.length);
    await expect(page.getByRole('heading', { name: 'Wasz kodeks' })).toBeFocused();
    await press(page, page.getByRole('button', { name: 'Sprawdź kodeks' }));
    await expect(page.locator('.feedback')).toContainText(`Kodeks obejmuje ${MAX} z ${MAX} wymaganych tematów.`);
    await expect(page.locator('.feedback')).toContainText('Kodeks obejmuje wszystkie wymagane tematy.');
    await expect(page.locator('.feedback .missing')).toHaveCount(0);
  });

  test('checking an empty code warns and records nothing', async ({ page }) => {
    await page.goto(PAGE);
    await hydrated(page);
    await press(page, page.getByRole('button', { name: 'Sprawdź kodeks' }));
    await expect(page.getByRole('alert')).toHaveText('Dodaj do kodeksu co najmniej jedną zasadę, a potem go sprawdź.');
    const saved = await page.evaluate(() => localStorage.getItem('lse-m1:progress'));
    expect(
      saved ? decodeProgress(saved, layoutFromContent()).progress.activities['ex-code-of-ethics'] : undefined,
    ).toBeUndefined();
  });

  test('the agreement is saved as typed, shows learner text as text, and prints alone', async ({ page }) => {
    await page.goto(PAGE);
    await hydrated(page);
    await press(page, page.getByRole('button', { name: `Dodaj: ${text('s2')}` }));
    const type = async (label: string, value: string) => {
      await page.getByLabel(label, { exact: true }).focus();
      await page.keyboard.type(value);
    };
    await type('Kierownik (imię i nazwisko)', 'Anna Nowak');
    await type('Mentor (imię i nazwisko)', 'Ewa Kowalska');
    await type('Nazwa grupy (nieobowiązkowo)', 'Z pasji na swoim');
    await page.getByLabel('Podopieczni', { exact: true }).focus();
    await page.keyboard.type('<b>Ola</b>');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Dawid');
    await type('Rytm spotkań', 'co dwa tygodnie');
    await page.getByLabel('Data rozpoczęcia').fill('2025-03-03');
    await page.getByLabel('Data zakończenia').fill('2025-03-01');
    await expect(page.getByRole('alert')).toHaveText('Data zakończenia jest wcześniejsza niż data rozpoczęcia.');
    await page.getByLabel('Data zakończenia').fill('2025-06-30');
    await expect(page.getByRole('alert')).toHaveCount(0);

    const doc = page.locator('.agreement-doc');
    await expect(doc).toContainText('Grupa „Z pasji na swoim”');
    await expect(doc).toContainText('Kierownik: Anna Nowak');
    await expect(doc).toContainText('Mentoring zaczyna się 3 marca 2025 i kończy się 30 czerwca 2025.');
    await expect(doc).toContainText('Spotykamy się: co dwa tygodnie');
    await expect(doc.locator('.code li')).toHaveText([text('s2')]);
    await expect(doc.locator('.mentees li')).toHaveText(['<b>Ola</b>', 'Dawid']);
    await expect(doc.locator('b')).toHaveCount(0);
    await expect(doc.locator('.signers li')).toHaveCount(4);
    await expect(doc.locator('.signers li').nth(2)).toContainText('Podopieczny: <b>Ola</b>');

    await page.reload();
    await hydrated(page);
    await expect(page.getByLabel('Mentor (imię i nazwisko)', { exact: true })).toHaveValue('Ewa Kowalska');
    await expect(page.getByLabel('Podopieczni', { exact: true })).toHaveValue('<b>Ola</b>\nDawid');
    await expect(page.getByLabel('Data zakończenia')).toHaveValue('2025-06-30');
    await expect(page.locator('.agreement-doc')).toContainText('Mentor: Ewa Kowalska');

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.agreement-doc')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Propozycje zasad' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Drukuj umowę' })).toBeHidden();
    await expect(page.locator('h1')).toBeHidden();
  });
});

test.describe('code of ethics in the preview LMS', () => {
  for (const standard of ['1.2', '2004'] as const) {
    test(`SCORM ${standard}: "Sprawdź kodeks" reports the code as one interaction`, async ({ page }) => {
      test.setTimeout(90_000);
      await freshLaunch(page, standard);
      await openInCourse(page, PAGE, 'Nasz kodeks etyki');
      await press(page, course(page).getByRole('button', { name: `Dodaj: ${text('s1')}` }));
      await press(page, course(page).getByRole('button', { name: 'Sprawdź kodeks' }));
      await expect(course(page).locator('.feedback')).toContainText(`Kodeks obejmuje 1 z ${MAX}`);
      await expect.poll(async () => Object.keys(((await cmi(page))['interactions'] ?? {}) as object).length).toBe(1);
      const [interaction] = Object.values((await cmi(page))['interactions'] as Record<string, any>); // eslint-disable-line @typescript-eslint/no-explicit-any -- scorm-again's JSON
      // 1.2: the code itself; 2004: the exercise's summary (Moodle re-sends every interaction on every commit).
      expect(interaction.id).toBe(standard === '1.2' ? 'ex-code-of-ethics-code' : 'ex-code-of-ethics');
      expect(interaction.type).toBe(standard === '1.2' ? 'fill-in' : 'other');
      expect(interaction.result).toBe(standard === '1.2' ? 'neutral' : String(Math.round((1 / MAX) * 10000) / 10000));
    });
  }
});
