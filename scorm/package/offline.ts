// The trainer download must work opened from a folder, with no server: browsers load no ES modules from
// file:// (Chromium: "Cross origin requests are only supported for protocol schemes: http, https..."),
// so Astro's islands and page scripts would stay inert. For the download only, every module becomes a
// classic script: a page script is bundled by esbuild into an IIFE, and an island becomes a
// `<trainer-island>` hydrated by its built chunks (component and renderer) bundled with
// src/trainer/offline/islands.ts. The built chunks are used as they are, so the markup and the scoped
// CSS classes match the page exactly. Over http (an LMS) the same files work too.
import { buildSync } from 'esbuild';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const STARTER = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../src/trainer/offline/islands.ts');

const ISLAND = /<astro-island\b[^>]*>/g;
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;
const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/** The island modules a page hydrates (component and renderer URLs, relative to the page). */
export function pageIslands(html: string): Array<{ component: string; renderer: string }> {
  return [...html.matchAll(ISLAND)].flatMap(([tag]) => {
    const component = attr(tag, 'component-url');
    const renderer = attr(tag, 'renderer-url');
    return component && renderer ? [{ component, renderer }] : [];
  });
}

/** The module scripts a page loads (URLs relative to the page). */
export function pageModules(html: string): string[] {
  return [...html.matchAll(MODULE_SCRIPT)].map((match) => match[1]!);
}

/** The classic script that stands in for a module (`../_astro/X.js` -> `../_astro/offline-X.js`). */
export const offlineScript = (url: string): string => url.replace(/([^/]+)$/, (name) => `offline-${name}`);

function iife(siteDir: string, contents: string): Uint8Array {
  const result = buildSync({
    stdin: { contents, resolveDir: resolve(siteDir), loader: 'ts', sourcefile: 'offline-entry.ts' },
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.contents;
}

/** Bundles one island (component + renderer, site-relative paths) into a classic script. */
export function bundleIsland(siteDir: string, componentFile: string, rendererFile: string): Uint8Array {
  const name = componentFile.slice(componentFile.lastIndexOf('/') + 1);
  return iife(
    siteDir,
    [
      `import component from ${JSON.stringify(resolve(siteDir, componentFile))};`,
      `import renderer from ${JSON.stringify(resolve(siteDir, rendererFile))};`,
      `import { startIslands } from ${JSON.stringify(STARTER)};`,
      `startIslands(component, renderer, ${JSON.stringify(name)});`,
    ].join('\n'),
  );
}

/** Bundles one page script (site-relative path) into a classic script. */
export function bundleModule(siteDir: string, file: string): Uint8Array {
  return iife(siteDir, `import ${JSON.stringify(resolve(siteDir, file))};`);
}

/** A trainer page for the download: islands renamed (Astro's loader leaves them alone), classic scripts only. */
export function offlinePage(html: string): string {
  const islands = [...new Set(pageIslands(html).map((island) => island.component))];
  const scripts = islands.map((url) => `<script src="${offlineScript(url)}" defer></script>`).join('');
  return html
    .replace(MODULE_SCRIPT, (_, src: string) => `<script src="${offlineScript(src)}" defer></script>`)
    .replace(/<astro-island\b/g, '<trainer-island')
    .replace(/<\/astro-island>/g, '</trainer-island>')
    .replace('</body>', `${scripts}</body>`);
}
