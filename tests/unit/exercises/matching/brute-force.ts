// Brute-force references for the matching tests: every assignment of a small case, enumerated.

/** Deterministic PRNG (mulberry32) so failures reproduce. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The best (count, then total) over every assignment, and every assignment that reaches it. */
export function bruteForceAll(score: number[][], capacity: number[]) {
  const n = score.length;
  const left = [...capacity];
  let best = { count: 0, total: 0 };
  let optimal: number[][] = [new Array<number>(n).fill(-1)];
  const current = new Array<number>(n).fill(-1);
  const visit = (i: number, count: number, total: number): void => {
    if (i === n) {
      if (count > best.count || (count === best.count && total > best.total)) {
        best = { count, total };
        optimal = [[...current]];
      } else if (count === best.count && total === best.total) optimal.push([...current]);
      return;
    }
    visit(i + 1, count, total);
    for (let j = 0; j < left.length; j++) {
      const s = score[i]![j]!;
      if (s === -Infinity || left[j]! === 0) continue;
      left[j] = left[j]! - 1;
      current[i] = j;
      visit(i + 1, count + 1, total + s);
      current[i] = -1;
      left[j] = left[j]! + 1;
    }
  };
  visit(0, 0, 0);
  return { best, optimal };
}

/** A small random case with integer scores (ties common), forbidden pairs and tight capacities. */
export function randomIntegerCase(rand: () => number) {
  const n = Math.floor(rand() * 7);
  const m = Math.floor(rand() * 4) + 1;
  const capacity = Array.from({ length: m }, () => Math.floor(rand() * 3));
  const forbidden = rand() * 0.5;
  const score = Array.from({ length: n }, () =>
    Array.from({ length: m }, () => (rand() < forbidden ? -Infinity : Math.floor(rand() * 7) - 2)),
  );
  return { score, capacity };
}
