// Times solveMatching against the npm packages linear-sum-assignment and munkres-js on the same seeded
// inputs and prints the figures (no assertions: timings depend on the machine).
// Run: node --experimental-strip-types exercises/matching/bench.ts
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { linearSumAssignment } from 'linear-sum-assignment';
import { solveMatching } from './solve.ts';

// munkres-js is CommonJS without type declarations: require it and state the one signature used.
const munkres = createRequire(import.meta.url)('munkres-js') as (cost: number[][]) => Array<[number, number]>;

const RUNS = 5;
// munkres-js takes seconds per call at this size: fewer runs keep the whole benchmark under a minute.
const SLOW_RUNS = 3;
const SLOW_MS = 1000;
const MAX_SCORE = 100;

/** Deterministic PRNG (mulberry32) so every solver and every run sees the same matrix. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomScores(n: number, m: number, seed: number, forbidden = 0): number[][] {
  const rand = prng(seed);
  return Array.from({ length: n }, () =>
    Array.from({ length: m }, () => (rand() < forbidden ? -Infinity : Math.floor(rand() * (MAX_SCORE + 1)))),
  );
}

/** Median wall time in ms of a few calls after one warm-up call, and the last call's total. */
function time(run: () => number): { ms: number; total: number } {
  const w0 = performance.now();
  let total = run();
  const runs = performance.now() - w0 > SLOW_MS ? SLOW_RUNS : RUNS;
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    total = run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, total };
}

interface Row {
  solver: string;
  ms: number;
  total: number;
}

function report(title: string, rows: Row[]): void {
  console.log(`\n${title}`);
  for (const { solver, ms, total } of rows) {
    console.log(`  ${solver.padEnd(24)} ${ms.toFixed(1).padStart(9)} ms   total ${total}`);
  }
  if (rows.length > 1) {
    const agree = rows.every((r) => r.total === rows[0]!.total);
    console.log(`  totals agree: ${agree ? 'yes' : 'NO'}`);
  }
}

/**
 * Runs one case through all three solvers. The libraries know no capacities, so each mentor's column is
 * repeated once per place, and they minimise, so they get costs MAX_SCORE - score. Building those matrices
 * is left out of their timings; solveMatching's timing includes its own input conversion.
 */
function compare(title: string, score: number[][], capacity: number[], withMunkres = true): void {
  const slotMentor = capacity.flatMap((k, j) => Array.from({ length: k }, () => j));
  const cost = score.map((row) => slotMentor.map((j) => MAX_SCORE - row[j]!));
  const scoreOf = (i: number, slot: number) => score[i]![slotMentor[slot]!]!;

  const ours = time(() => solveMatching(score, capacity).total);
  const lsa = time(() => {
    const { rowAssignments } = linearSumAssignment(cost, { maximaze: false });
    let total = 0;
    rowAssignments.forEach((slot, i) => {
      if (slot >= 0) total += scoreOf(i, slot);
    });
    return total;
  });
  const rows: Row[] = [
    { solver: 'solveMatching', ...ours },
    { solver: 'linear-sum-assignment', ...lsa },
  ];
  if (withMunkres) {
    const mk = time(() => {
      let total = 0;
      // munkres pads rectangular matrices; padded rows or columns come back out of range.
      for (const [i, slot] of munkres(cost))
        if (i < score.length && slot < slotMentor.length) total += scoreOf(i, slot);
      return total;
    });
    rows.push({ solver: 'munkres-js', ...mk });
  }
  report(title, rows);
}

/** Prints timings (median of a few runs after a warm-up) for the benchmark cases from the issue. */
export async function benchMatching(): Promise<void> {
  console.log(
    `Matching benchmark: integer scores 0-${MAX_SCORE}; median of ${RUNS} runs after a warm-up (${SLOW_RUNS} if a call takes over ${SLOW_MS} ms)`,
  );

  compare('(a) 500 mentees x 100 mentors, capacity 5', randomScores(500, 100, 1), new Array<number>(100).fill(5));
  compare('(b) 500 x 500 pairs, capacity 1', randomScores(500, 500, 2), new Array<number>(500).fill(1));
  // Over-subscribed cohort (exercises the "replace a placed mentee" step); munkres-js is left out for time.
  compare(
    '(c) 500 mentees x 100 mentors, capacity 4 (100 mentees left out)',
    randomScores(500, 100, 3),
    new Array<number>(100).fill(4),
    false,
  );

  // The libraries have no "forbidden" entry (only a large cost, which changes what they optimise), so this
  // variant times solveMatching alone.
  const forbidden = randomScores(500, 100, 4, 0.1);
  const result = time(() => solveMatching(forbidden, new Array<number>(100).fill(5)).total);
  report('(d) as (a) with ~10% forbidden pairs, solveMatching only', [{ solver: 'solveMatching', ...result }]);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await benchMatching();
}
