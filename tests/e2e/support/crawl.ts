import type { Page } from '@playwright/test';

/** Same-origin URLs a page links to or loads (links, stylesheets, scripts, images), without the fragment. */
export async function linkedUrls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const urls = [
      ...[...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href),
      ...[...document.querySelectorAll<HTMLLinkElement>('link[href]')].map((l) => l.href),
      ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src),
      ...[...document.querySelectorAll<HTMLImageElement>('img[src]')].map((i) => i.src),
      ...[...document.querySelectorAll<HTMLFormElement>('form[action]')].map((f) => f.action),
    ];
    return urls.filter((u) => u.startsWith(location.origin)).map((u) => u.split('#')[0]!.split('?')[0]!);
  });
}

/**
 * Records Content Security Policy violations on every document the page opens (the site ships a strict CSP
 * in a meta tag: a blocked inline style or script would fail silently for the learner).
 */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** Every HTML page reachable from the home page by following links; fails on any CSP violation on the way. */
export async function crawlPages(page: Page, start: string): Promise<string[]> {
  const violations = await watchCsp(page);
  const blocked: string[] = [];
  const seen = new Set<string>();
  const queue = [new URL('index.html', start).href];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    await page.goto(url, { waitUntil: 'load' });
    blocked.push(...(await violations()).map((v) => `${url}: ${v}`));
    for (const next of await linkedUrls(page)) {
      if (next.endsWith('.html') && !seen.has(next)) queue.push(next);
    }
  }
  if (blocked.length > 0) throw new Error(`Content Security Policy violations:\n${blocked.join('\n')}`);
  return [...seen];
}
