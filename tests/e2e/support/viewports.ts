import { expect, type Page } from '@playwright/test';

/** The screens the course must read well on (issue 9): two phones, a laptop; the LMS frame is in lms.ts. */
export const VIEWPORTS = {
  'phone 320x640': { viewport: { width: 320, height: 640 } },
  'phone 390x844 (touch)': { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
  'laptop 1366x768': { viewport: { width: 1366, height: 768 } },
} as const;

/** How far the document is wider than its viewport (0 when it does not scroll sideways). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Asserts the page's h1 starts within the first `limit` px of the screen (lesson first). */
export async function expectHeadingNearTop(page: Page, limit = 400): Promise<void> {
  const top = await page.locator('h1').evaluate((h1) => h1.getBoundingClientRect().top + window.scrollY);
  expect(top).toBeLessThanOrEqual(limit);
}
