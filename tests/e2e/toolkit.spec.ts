import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadTemplates } from '../../src/toolkit/data.ts';

// Every template page as a programme manager uses it: keyboard only, saved as typed, reload, export, import
// in a fresh browser, A4 PDF (blank and filled) with its page count, axe clean.
const templates = loadTemplates();
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** PDF pages of the printed page (Chromium's print to PDF, A4, print media). */
async function pdfPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  // Chromium packs page objects into compressed object streams: ask poppler's pdfinfo (poppler-utils).
  const info = spawnSync('pdfinfo', ['-'], { input: pdf, encoding: 'latin1' });
  return Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1] ?? NaN);
}

async function press(page: Page, name: string | RegExp) {
  await page.getByRole('button', { name, exact: typeof name === 'string' }).focus();
  await page.keyboard.press('Enter');
}

/** Page counts measured with Debian's Chromium and the system fonts; a change means the printed layout changed. */
const PAGES: Record<string, { blank: number; filled: number }> = {
  'profil-podopiecznego': { blank: 6, filled: 2 },
  'umowa-mentorska': { blank: 2, filled: 2 },
  'cele-osobiste': { blank: 2, filled: 1 },
  'cele-grupowe': { blank: 2, filled: 1 },
  'plan-sesji': { blank: 4, filled: 3 },
  'kwestionariusz-poczatkowy': { blank: 2, filled: 1 },
  'dziennik-mentoringu': { blank: 2, filled: 1 },
  'pytania-na-sesje-koncowa': { blank: 2, filled: 2 },
  'kwestionariusz-koncowy': { blank: 3, filled: 2 },
};

for (const template of templates) {
  test(`template "${template.id}": fill by keyboard, reload, export, import in a fresh browser, print, axe`, async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(60_000);
    const url = `narzedzia/${template.id}.html`;
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(template.title);
    // The island renders in the browser (the copies live there): print once it is up.
    await expect(page.getByRole('button', { name: 'Nowa kopia' })).toBeVisible();
    const blankPages = await pdfPages(page);

    await press(page, 'Nowa kopia');
    await expect(page.getByRole('status').filter({ hasText: 'Utworzono kopię' })).toHaveCount(1);
    const name = page.getByLabel('Nazwa kopii');
    await name.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Kuba i pan Tomasz');
    // The first text box of the form, by keyboard.
    const box = page.locator('.form').locator('input[type="text"], textarea').first();
    await box.focus();
    const typed = `Wpis testowy (${template.id}) – zażółć gęślą jaźń`;
    await page.keyboard.type(typed);
    await expect(box).toHaveValue(typed);

    await page.reload();
    await expect(page.locator('.form').locator('input[type="text"], textarea').first()).toHaveValue(typed);
    await expect(page.getByRole('button', { name: 'Kuba i pan Tomasz' })).toHaveAttribute('aria-current', 'true');

    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    const filledPages = await pdfPages(page);
    expect({ blank: blankPages, filled: filledPages }).toEqual(PAGES[template.id]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      press(page, 'Eksportuj wszystkie kopie (JSON)'),
    ]);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as {
      format: string;
      version: number;
      templates: Record<string, unknown[]>;
    };
    expect(exported.format).toBe('lse-toolkit');
    expect(exported.templates[template.id]).toHaveLength(1);

    // Another browser: nothing there until the file is imported.
    const fresh = await browser.newContext({ baseURL: baseURL! });
    const other = await fresh.newPage();
    await other.goto(url);
    await expect(other.getByText('Nie masz jeszcze żadnej kopii tego szablonu.')).toBeVisible();
    await other.getByLabel('Importuj z pliku JSON').setInputFiles(file);
    await expect(other.getByRole('status').filter({ hasText: 'Zaimportowano kopie: 1.' })).toHaveCount(1);
    await expect(other.locator('.form').locator('input[type="text"], textarea').first()).toHaveValue(typed);
    await fresh.close();
  });
}

test('a malformed or newer file is refused whole, with the reason', async ({ page }) => {
  await page.goto('narzedzia/plan-sesji.html');
  await page.getByLabel('Importuj z pliku JSON').setInputFiles({
    name: 'nowszy.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'lse-toolkit', version: 99, templates: {} })),
  });
  await expect(page.getByRole('alert')).toContainText('plik pochodzi z nowszej wersji kursu (format w wersji 99');
  await page
    .getByLabel('Importuj z pliku JSON')
    .setInputFiles({ name: 'zly.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') });
  await expect(page.getByRole('alert')).toHaveText('Nie zaimportowano niczego: to nie jest plik JSON.');
  await expect(page.getByText('Nie masz jeszcze żadnej kopii tego szablonu.')).toBeVisible();
});

test('deleting a copy can be undone, and "delete all my data" clears the toolkit only', async ({ page }) => {
  await page.goto('narzedzia/cele-osobiste.html');
  await press(page, 'Nowa kopia');
  await press(page, 'Usuń tę kopię');
  await expect(page.getByText('Nie masz jeszcze żadnej kopii tego szablonu.')).toBeVisible();
  await press(page, 'Cofnij usunięcie');
  await expect(page.getByRole('button', { name: 'Cele 1' })).toBeVisible();
  await page.evaluate(() => localStorage.setItem('lse-m1:progress', 'kept'));
  await page.goto('narzedzia.html');
  page.once('dialog', (dialog) => void dialog.accept());
  await press(page, 'Usuń wszystkie moje dane z tego urządzenia');
  await expect(page.locator('#toolkit-status')).toHaveText('Usunięto wszystkie dane narzędzi z tej przeglądarki.');
  expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual(['lse-m1:progress']);
});

test('storage disabled or full is said, and typing still works', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await page.goto('narzedzia/plan-sesji.html');
  await press(page, 'Nowa kopia');
  await expect(page.getByRole('alert')).toContainText('pamięć przeglądarki jest pełna');
});
