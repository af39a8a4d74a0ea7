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

/** Every HTML page reachable from the home page by following links. */
export async function crawlPages(page: Page, start: string): Promise<string[]> {
  const seen = new Set<string>();
  const queue = [new URL('index.html', start).href];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    await page.goto(url);
    for (const next of await linkedUrls(page)) {
      if (next.endsWith('.html') && !seen.has(next)) queue.push(next);
    }
  }
  return [...seen];
}
