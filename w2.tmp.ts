import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pageScripts } from './src/tools/page-weight.ts';
for (const page of process.argv.slice(2)) {
  console.log(page);
  const rows = pageScripts(page).map((f) => [f.replace(/.*_astro\//, ''), gzipSync(readFileSync(f)).length / 1024] as const).sort((a, b) => b[1] - a[1]);
  for (const [f, k] of rows) console.log('  ', f.padEnd(60), k.toFixed(1));
}
