import { expect, type FrameLocator, type Page } from '@playwright/test';

/**
 * Waits until every island of the page is hydrated (Astro drops the `ssr` attribute then) and has restored
 * its saved state (islands keep their controls inert until then).
 */
export async function hydrated(scope: Page | FrameLocator): Promise<void> {
  await expect(scope.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(scope.locator('astro-island [inert]')).toHaveCount(0);
}
