import { expect, type Page } from '@playwright/test';
import type { CallLog, Standard } from '../../../scorm/preview/lms-double.ts';
import { hydrated } from './hydration.ts';

/** The preview LMS (scorm-again) that Playwright starts next to the site (see playwright.config.ts). */
export const LMS = `http://127.0.0.1:${process.env['LMS_PORT'] ?? 4510}/index.html`;

export type { Standard };

type Cmi = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- scorm-again's JSON shape

/** The launch shell (the SCO) inside the preview LMS. */
export const shell = (page: Page) => page.frameLocator('#sco');
/** The course page shown in the shell's frame. */
export const course = (page: Page) => shell(page).frameLocator('#course-frame');
export const log = (page: Page) =>
  page.evaluate(() => (window as unknown as { previewLms: { log: CallLog } }).previewLms.log);
/** The data model as the LMS holds it now. */
export const cmi = (page: Page): Promise<Cmi> =>
  page.evaluate(() => (window as unknown as { previewLms: { cmi(): Cmi } }).previewLms.cmi());

/** Launches the course in the preview LMS (resuming a saved attempt, as an LMS would). */
export async function launch(page: Page, standard: Standard, query = ''): Promise<void> {
  await page.goto(`${LMS}?standard=${standard}${query}`);
  await expect(course(page).locator('h1')).toBeVisible();
}

/**
 * A first launch: the preview LMS forgets any earlier attempt first. Storage is
 * cleared from a page of the LMS that launches nothing: clearing it from the
 * launch page itself would race with that course's own Terminate on unload,
 * which saves the attempt again.
 */
export async function freshLaunch(page: Page, standard: Standard, query = ''): Promise<void> {
  await page.goto(new URL('preview.css', LMS).href);
  await page.evaluate((s) => localStorage.removeItem(`scorm-preview:${s}`), standard);
  await launch(page, standard, query);
}

/** Opens a page of the course inside the shell's frame (as a link would) and waits for its islands. */
/**
 * Sends the shell's course frame to `href` (relative to the package) and waits for that page's load, so
 * nothing that follows can act on the page being left (it may have the same heading: a reload).
 */
export async function loadInCourse(page: Page, href: string): Promise<void> {
  await shell(page)
    .locator('#course-frame')
    .evaluate(
      (frame: HTMLIFrameElement, to) =>
        new Promise<void>((resolve) => {
          frame.addEventListener('load', () => resolve(), { once: true });
          frame.contentWindow!.location.href = to;
        }),
      href,
    );
}

export async function openInCourse(page: Page, href: string, heading: string | RegExp): Promise<void> {
  await loadInCourse(page, href);
  await expect(course(page).locator('h1')).toHaveText(heading);
  await hydrated(course(page));
}
