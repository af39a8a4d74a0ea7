// Lighthouse figures for `npm run bench`: performance, accessibility and best
// practices of the page types issue 9 names, on a simulated phone and a
// desktop, against the built site served from a deep LMS-like sub-path,
// offline, with the machine's Chromium (CHROME_PATH, else /usr/bin/chromium).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createStaticServer } from './static-server.ts';

const CLI = 'node_modules/lighthouse/cli/index.js';
const BASE = '/pluginfile.php/42/mod_scorm/content/7/';

export type FormFactor = 'mobile' | 'desktop';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Cumulative layout shift. */
  cls: number;
  /** Largest contentful paint, ms. */
  lcp: number;
}

/** The Chromium Lighthouse drives, or undefined where there is none (then Lighthouse is skipped). */
export function chromePath(): string | undefined {
  const path = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
  return existsSync(path) && existsSync(CLI) ? path : undefined;
}

function runCli(url: string, formFactor: FormFactor, chrome: string): Promise<string> {
  const args = [
    CLI,
    url,
    '--quiet',
    '--output=json',
    '--output-path=stdout',
    '--only-categories=performance,accessibility,best-practices',
    '--chrome-flags=--headless=new --no-sandbox --disable-background-networking --no-first-run',
    ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: chrome } });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`lighthouse exited with ${code}`))));
  });
}

/** Runs Lighthouse on one page. */
export async function lighthouse(url: string, formFactor: FormFactor, chrome: string): Promise<LighthouseScores> {
  const report = JSON.parse(await runCli(url, formFactor, chrome)) as {
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
  };
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    cls: report.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
    lcp: report.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
  };
}

/** Serves `dist` under the LMS-like sub-path on a free port while `work` runs. */
export async function withSite<T>(dist: string, work: (base: string) => Promise<T>): Promise<T> {
  const server = createStaticServer({ root: dist, base: BASE });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await work(`http://127.0.0.1:${port}${BASE}`);
  } finally {
    server.close();
  }
}
