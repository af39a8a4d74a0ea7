// The trainer download must work opened from a folder, with no server: browsers load no ES modules from
// file:// (Chromium: "Cross origin requests are only supported for protocol schemes: http, https..."),
// so Astro's islands would stay inert. For the download only, each trainer page's island becomes a
// `<trainer-island>` hydrated by one classic script: the island's built chunks (component and renderer)
// bundled by esbuild into an IIFE with src/trainer/offline/islands.ts. The built chunks are used as they
// are, so the markup and scoped CSS classes match the page exactly.
import { buildSync } from 'esbuild';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const STARTER = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../src/trainer/offline/islands.ts');

const ISLAND = /<astro-island\b[^>]*>/g;
const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/** The island modules a page hydrates (component and renderer URLs, relative to the page). */
export function pageIslands(html: string): Array<{ component: string; renderer: string }> {
  return [...html.matchAll(ISLAND)].flatMap(([tag]) => {
    const component = attr(tag, 'component-url');
    const renderer = attr(tag, 'renderer-url');
    return component && renderer ? [{ component, renderer }] : [];
  });
}

/** The offline script's path for an island component (`_astro/RolesTrainer.x.js` -> `_astro/offline-RolesTrainer.x.js`). */
export const offlineScript = (componentFile: string): string =>
  componentFile.replace(/([^/]+)$/, (name) => `offline-${name}`);

/** Bundles one island (component + renderer, site-relative paths) into a classic script. */
export function bundleIsland(siteDir: string, componentFile: string, rendererFile: string): Uint8Array {
  const contents = [
    `import component from ${JSON.stringify(resolve(siteDir, componentFile))};`,
    `import renderer from ${JSON.stringify(resolve(siteDir, rendererFile))};`,
    `import { startIslands } from ${JSON.stringify(STARTER)};`,
    `startIslands(component, renderer, ${JSON.stringify(componentFile.slice(componentFile.lastIndexOf('/') + 1))});`,
  ].join('\n');
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

/** A trainer page for the download: islands renamed (Astro's loader leaves them alone) and the offline script added. */
export function offlinePage(html: string, scriptHref: string): string {
  return html
    .replace(/<astro-island\b/g, '<trainer-island')
    .replace(/<\/astro-island>/g, '</trainer-island>')
    .replace('</body>', `<script src="${scriptHref}" defer></script></body>`);
}
