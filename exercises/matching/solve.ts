// Mentee-mentor matching: assign each mentee at most one mentor, each mentor at most `capacity[j]` mentees,
// maximising first the number of mentees assigned and then the total compatibility score.
//
// Algorithm: successive shortest augmenting paths with node potentials (Hungarian / Jonker-Volgenant style)
// on the flow network source -> mentee -> mentor -> sink, with edge costs -score. Mentees are added one at a
// time; for each, a dense Dijkstra (no heap: a linear scan over the mentors still unreached is optimal on a
// dense graph) runs over the residual graph with non-negative reduced costs. A mentor is one node with
// `capacity[j]` slots, not `capacity[j]` duplicated columns, so a search reaching a full mentor continues
// through all of its mentees at once, and the matrix stays n x m.
//   - If the search reaches a mentor with a free slot, the mentee is added along the cheapest path, which may
//     move other mentees to other mentors. It is added even when that lowers the total, because the number
//     of mentees assigned comes first.
//   - Otherwise the cardinality cannot grow (now or later: an unreachable sink stays unreachable), but the new
//     mentee may still be worth more than someone already placed: the cheapest alternating path ending by
//     dropping a placed mentee is applied if it has negative cost. Without this step a row-by-row Hungarian
//     would keep whichever mentees came first when capacity runs out.
// Each step keeps the assignment optimal (lexicographically) for the mentees seen so far: any better
// assignment would differ from it by a negative cycle through the new mentee, and the step removes the
// cheapest one. Potentials are kept so that every placed mentee's edge is tight and every mentor with a
// free slot has potential 0, which makes "first free mentor popped" the shortest path to the sink.
//
// Complexity: O(n * (n + m) * m) time in the worst case (each of n searches scans at most n mentee rows and
// m mentors, O(m) each), usually far less because a search stops at the first free mentor; O(n * m) memory.

/** Result of {@link solveMatching}: `assignment[i]` is mentee i's mentor or -1; `total` is the sum of the chosen scores. */
export interface MatchingResult {
  assignment: number[];
  total: number;
}

/** Assigns mentees to mentors: as many mentees as possible, then the largest total score (`-Infinity` = not allowed). */
export function solveMatching(score: number[][], capacity: number[]): MatchingResult {
  const { n, m } = validate(score, capacity);
  const assignment: number[] = new Array<number>(n).fill(-1);
  if (n === 0 || m === 0) return { assignment, total: 0 };

  // Costs are negated scores so the search minimises; forbidden pairs become +Infinity, which never
  // relaxes a distance, so the hot loop needs no branch for them.
  const cost = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    const row = score[i]!;
    const base = i * m;
    for (let j = 0; j < m; j++) cost[base + j] = -row[j]!;
  }

  // Slots: mentor j owns slots[start[j] .. start[j] + used[j]). More than n slots is never useful.
  const start = new Int32Array(m + 1);
  const cap = new Int32Array(m);
  for (let j = 0; j < m; j++) {
    cap[j] = Math.min(capacity[j]!, n);
    start[j + 1] = start[j]! + cap[j]!;
  }
  const slots = new Int32Array(start[m]!);
  const used = new Int32Array(m);
  const rowMentor = new Int32Array(n).fill(-1);
  const rowSlot = new Int32Array(n);

  const u = new Float64Array(n); // mentee potentials
  const v = new Float64Array(m); // mentor potentials: 0 while a slot is free, <= 0 once full

  // Per-search scratch space, allocated once.
  const dist = new Float64Array(m);
  const pred = new Int32Array(m);
  const todo = new Int32Array(m); // mentors not yet popped, in todo[0 .. todoLen)
  const popped = new Int32Array(m);
  const scanned = new Int32Array(n);
  const scannedDist = new Float64Array(n);

  // Mentors with no capacity can never take anyone; leaving them out of every search saves their columns.
  const open: number[] = [];
  for (let j = 0; j < m; j++) if (cap[j]! > 0) open.push(j);
  const openCount = open.length;

  for (let r = 0; r < n; r++) {
    const base = r * m;
    // Start the new mentee's potential at the value that makes all its edges' reduced costs non-negative
    // (and one of them zero), so Dijkstra's distances are >= 0 and popped in order.
    let best = -Infinity;
    for (let k = 0; k < openCount; k++) {
      const j = open[k]!;
      const value = v[j]! - cost[base + j]!;
      if (value > best) best = value;
    }
    if (best === -Infinity) continue; // no allowed mentor with capacity
    u[r] = best;

    let todoLen = openCount;
    for (let k = 0; k < openCount; k++) {
      const j = open[k]!;
      todo[k] = j;
      dist[j] = Infinity;
    }
    let poppedLen = 0;
    let scannedLen = 0;
    let sink = -1;

    // Relax from mentee i at distance di and, on the last mentee of a batch, find the nearest unpopped mentor
    // in the same pass (one sweep over the mentors instead of two).
    let i = r;
    let di = 0;
    scanned[scannedLen] = r;
    scannedDist[scannedLen++] = 0;
    for (;;) {
      const rowBase = i * m;
      const shift = di + u[i]!;
      let minDist = Infinity;
      let minK = -1;
      for (let k = 0; k < todoLen; k++) {
        const j = todo[k]!;
        let dj = dist[j]!;
        const nd = shift + cost[rowBase + j]! - v[j]!;
        if (nd < dj) {
          dj = nd;
          dist[j] = nd;
          pred[j] = i;
        }
        if (dj < minDist) {
          minDist = dj;
          minK = k;
        }
      }
      if (minK < 0) break; // nothing left in reach
      const j = todo[minK]!;
      todo[minK] = todo[--todoLen]!;
      popped[poppedLen++] = j;
      if (used[j]! < cap[j]!) {
        sink = j;
        break;
      }
      // A full mentor's mentees are reached at the same distance (their edges are tight). All but the last
      // only relax; the last one's sweep also finds the next mentor to pop.
      const first = start[j]!;
      const last = first + used[j]! - 1;
      for (let s = first; s < last; s++) {
        const x = slots[s]!;
        scanned[scannedLen] = x;
        scannedDist[scannedLen++] = minDist;
        const xBase = x * m;
        const xShift = minDist + u[x]!;
        for (let k = 0; k < todoLen; k++) {
          const jj = todo[k]!;
          const nd = xShift + cost[xBase + jj]! - v[jj]!;
          if (nd < dist[jj]!) {
            dist[jj] = nd;
            pred[jj] = x;
          }
        }
      }
      i = slots[last]!;
      di = minDist;
      scanned[scannedLen] = i;
      scannedDist[scannedLen++] = di;
    }

    let target: number; // the mentee whose slot is freed at the end of the path (-1: a fresh slot at `sink`)
    let end: number; // the mentor at the end of the path
    let limit: number; // distance of the path's end, the cap for the potential update
    if (sink >= 0) {
      target = -1;
      end = sink;
      limit = dist[sink]!;
    } else {
      // No free slot in reach. The cheapest swap drops, at some reached mentor, its lowest-scoring mentee; its
      // real cost is the reduced distance corrected by the potentials at both ends.
      let bestCost = 0;
      target = -1;
      end = -1;
      for (let p = 0; p < poppedLen; p++) {
        const j = popped[p]!;
        const head = dist[j]! + v[j]! - u[r]!;
        for (let s = start[j]!, stop = s + used[j]!; s < stop; s++) {
          const x = slots[s]!;
          const swapCost = head - cost[x * m + j]!;
          if (swapCost < bestCost) {
            bestCost = swapCost;
            target = x;
            end = j;
          }
        }
      }
      if (end < 0) continue; // no swap improves the total: mentee r stays unassigned
      limit = dist[end]!;
    }

    // p += min(d, limit) - limit keeps every reduced cost non-negative and makes the path tight; nodes
    // beyond the limit (or never reached) keep their potential, so free mentors stay at 0.
    for (let p = 0; p < poppedLen; p++) {
      const j = popped[p]!;
      const d = dist[j]!;
      if (d < limit) v[j] = v[j]! + d - limit;
    }
    for (let p = 0; p < scannedLen; p++) {
      const d = scannedDist[p]!;
      if (d < limit) {
        const x = scanned[p]!;
        u[x] = u[x]! + d - limit;
      }
    }

    // Walk the path backwards: each mentee on it takes the slot the next one vacates.
    let freeSlot: number;
    if (target < 0) {
      freeSlot = start[end]! + used[end]!;
      used[end] = used[end]! + 1;
    } else {
      freeSlot = rowSlot[target]!;
      rowMentor[target] = -1;
    }
    let j = end;
    for (;;) {
      const x = pred[j]!;
      const oldMentor = rowMentor[x]!;
      const oldSlot = rowSlot[x]!;
      slots[freeSlot] = x;
      rowMentor[x] = j;
      rowSlot[x] = freeSlot;
      if (x === r) break;
      j = oldMentor;
      freeSlot = oldSlot;
    }
  }

  let total = 0;
  for (let i = 0; i < n; i++) {
    const j = rowMentor[i]!;
    assignment[i] = j;
    if (j >= 0) total += score[i]![j]!;
  }
  return { assignment, total };
}

function validate(score: unknown, capacity: unknown): { n: number; m: number } {
  if (!Array.isArray(capacity)) throw new Error('solveMatching: capacity must be an array of numbers');
  if (!Array.isArray(score)) throw new Error('solveMatching: score must be an array of rows');
  const m = capacity.length;
  for (let j = 0; j < m; j++) {
    const c: unknown = capacity[j];
    if (typeof c !== 'number' || !Number.isInteger(c) || c < 0) {
      throw new Error(`solveMatching: capacity[${j}] must be a non-negative integer, got ${String(c)}`);
    }
  }
  const n = score.length;
  for (let i = 0; i < n; i++) {
    const row: unknown = score[i];
    if (!Array.isArray(row)) throw new Error(`solveMatching: score[${i}] must be an array`);
    if (row.length !== m) {
      throw new Error(
        `solveMatching: score[${i}] has ${row.length} entries but capacity has ${m} (the matrix must be rectangular, one column per mentor)`,
      );
    }
    for (let j = 0; j < m; j++) {
      const s: unknown = row[j];
      if (typeof s !== 'number' || Number.isNaN(s) || s === Infinity) {
        throw new Error(`solveMatching: score[${i}][${j}] must be a finite number or -Infinity, got ${String(s)}`);
      }
    }
  }
  return { n, m };
}
