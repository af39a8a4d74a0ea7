import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

// What a built page makes the browser load before any interaction: used by `npm run bench` (figures)
// and the budgets test (tests/e2e/budgets.spec.ts).

/** Static imports of an ES module chunk (dynamic `import()` is left out: it loads on demand). */
function staticImports(code: string): string[] {
  // `import ... from`, bare `import "x"`, and re-exports (`export { a } from "x"`), which Rollup writes for islands.
  const found = [
    ...code.matchAll(/(?:^|[;\s}])(?:import\s*(?:[\w$*{}\s,]+from\s*)?|export\s*[\w$*{}\s,]*from\s*)["']([^"']+)["']/g),
  ];
  return found.map((m) => m[1]!).filter((s) => s.startsWith('.'));
}

/** Every JS file a page loads before any interaction: its module scripts and their static imports. */
export function pageScripts(htmlFile: string, only: (file: string) => boolean = () => true): string[] {
  const html = readFileSync(htmlFile, 'utf8');
  const queue = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)]
    .map((m) => resolve(dirname(htmlFile), m[1]!))
    .filter(only);
  for (const island of html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)) {
    queue.push(resolve(dirname(htmlFile), island[1]!));
  }
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) queue.push(resolve(dirname(file), spec));
  }
  return [...seen];
}

/** The JavaScript a page loads before any interaction: file count, raw and gzip bytes. */
export function jsWeight(htmlFile: string, only?: (file: string) => boolean) {
  const files = pageScripts(htmlFile, only);
  const raw = files.reduce((s, f) => s + statSync(f).size, 0);
  const gzip = files.reduce((s, f) => s + gzipSync(readFileSync(f)).length, 0);
  return { files: files.length, raw, gzip };
}
