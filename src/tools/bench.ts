// `npm run bench`: builds the course and prints the figures the issues ask
// for (build time, sizes, JavaScript per page type). Figures only; no test
// asserts on timings.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { jsWeight } from './page-weight.ts';
import { benchMatching } from '../../exercises/matching/bench.ts';
import { benchCohort } from '../toolkit/cohort-bench.ts';
import { benchTracking } from './tracking-bench.ts';
import { chromePath, lighthouse, withSite, type FormFactor } from './lighthouse.ts';

const DIST = 'dist';

function dirSize(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(dir, entry.name);
    return sum + (entry.isDirectory() ? dirSize(path) : statSync(path).size);
  }, 0);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const started = performance.now();
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'ignore' });
const buildSeconds = (performance.now() - started) / 1000;
if (build.status !== 0) {
  console.error('astro build failed; run `npm run build` to see why');
  process.exit(1);
}

const firstLesson = readdirSync(join(DIST, 'lekcje')).sort()[0]!;
const firstTerm = readdirSync(join(DIST, 'slowniczek')).sort()[0]!;
const pageTypes: Array<[string, string]> = [
  ['home', 'index.html'],
  [`lesson (${firstLesson})`, `lekcje/${firstLesson}`],
  ['course summary', 'podsumowanie.html'],
  ['glossary A-Z', 'slowniczek.html'],
  [`glossary term (${firstTerm})`, `slowniczek/${firstTerm}`],
  ['search (before a query)', 'szukaj.html'],
  ['practice quiz (Svelte island)', 'sprawdz-sie/lo1.html'],
  ['final test (Svelte island)', 'test-koncowy.html'],
  ['launch shell (SCORM runtime)', 'kurs.html'],
  ...readdirSync(join(DIST, 'cwiczenia'))
    .filter((f) => f.endsWith('.html') && !/-(karta|klucz)\.html$/.test(f))
    .sort()
    .flatMap((f): Array<[string, string]> => [
      [`exercise: ${f.replace('.html', '')}`, `cwiczenia/${f}`],
      [`trainer: ${f.replace('.html', '')}`, `trener/${f}`],
    ]),
  ['toolkit index', 'narzedzia.html'],
  ...readdirSync(join(DIST, 'narzedzia'))
    .filter((f) => f.endsWith('.html') && !['plan-modulu.html', 'szkolenie-mentorow.html', 'zgoda.html'].includes(f))
    .sort()
    .map((f): [string, string] => [`toolkit: ${f.replace('.html', '')}`, `narzedzia/${f}`]),
];

console.log('Course benchmark');
console.log(`  build time (astro build + Pagefind):  ${buildSeconds.toFixed(1)} s`);
console.log(`  dist size:                            ${kb(dirSize(DIST))}`);
console.log(`  Pagefind index (dist/pagefind):       ${kb(dirSize(join(DIST, 'pagefind')))}`);
console.log('  JavaScript per page type before search is opened:');
for (const [name, file] of pageTypes) {
  const { files, raw, gzip } = jsWeight(join(DIST, file));
  console.log(
    `    ${name.padEnd(36)} ${String(files).padStart(2)} files  ${kb(raw).padStart(9)} raw  ${kb(gzip).padStart(9)} gzip`,
  );
}
const lesson = join(DIST, `lekcje/${firstLesson}`);
const tracking = jsWeight(lesson, (file) => file.includes('PageTracking.astro_astro_type_script'));
console.log(`  of which page tracking on a text lesson: ${kb(tracking.raw)} raw, ${kb(tracking.gzip)} gzip`);
// Pages on their own (not in the launch shell) load the browser-storage tracker on demand, after the page's script.
const onDemand = readdirSync(join(DIST, '_astro')).filter((f) => /^runtime\..*\.js$/.test(f));
const demandGzip = onDemand.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, '_astro', f))).length, 0);
console.log(`  + loaded on demand outside the shell:   ${kb(demandGzip)} gzip (browser-storage tracker)`);

console.log('SCORM packages (dist-scorm/):');
for (const zip of readdirSync(`${DIST}-scorm`).sort()) {
  console.log(`    ${zip.padEnd(52)} ${kb(statSync(join(`${DIST}-scorm`, zip)).size)}`);
}
benchTracking();

console.log('Matching solver (exercises/matching/solve.ts vs npm packages):');
await benchMatching();

const chrome = process.argv.includes('--no-lighthouse') ? undefined : chromePath();
if (!chrome) {
  console.log('Lighthouse: skipped (no Chromium at CHROME_PATH or /usr/bin/chromium, or --no-lighthouse)');
} else {
  const pages: Array<[string, string]> = [
    ['lesson', `lekcje/${firstLesson}`],
    ['exercise', 'cwiczenia/kto-za-co-odpowiada.html'],
    ['practice quiz', 'sprawdz-sie/lo1.html'],
    ['final test', 'test-koncowy.html'],
  ];
  console.log('Lighthouse (performance / accessibility / best practices, CLS, LCP):');
  await withSite(DIST, async (base) => {
    for (const [name, path] of pages) {
      for (const formFactor of ['mobile', 'desktop'] as FormFactor[]) {
        const r = await lighthouse(new URL(path, base).href, formFactor, chrome);
        console.log(
          `    ${`${name}, ${formFactor}`.padEnd(26)} ${String(r.performance).padStart(3)} / ${String(r.accessibility).padStart(3)} / ${String(r.bestPractices).padStart(3)}   CLS ${r.cls.toFixed(3)}   LCP ${Math.round(r.lcp)} ms`,
        );
      }
    }
  });
}
benchCohort();
