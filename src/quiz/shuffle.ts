import type { Question } from '../schemas/quiz.ts';

// Seeded shuffles: the same seed shows the same order after a reload.

/** A small seeded PRNG (mulberry32): the same seed gives the same draw after a reload. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates shuffle with the given random source (a new array). */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The shown order of every question of a practice quiz: the same on every
 * visit (seeded by position), so a resumed quiz looks the same. The page
 * computes it at build time; the island gets it as a prop.
 */
export function practiceShown(questions: readonly Question[]): Record<string, string[]> {
  return Object.fromEntries(questions.map((q, i) => [q.id, shownOrder(q, seededRandom(i + 1))]));
}

/** The order options or items are shown in (true/false keeps its order). */
export function shownOrder(question: Question, random: () => number): string[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return shuffle(question.options, random).map((o) => o.id);
    case 'ordering': {
      const ids = question.items.map((i) => i.id);
      // Never show the items already in the right order.
      for (let tries = 0; tries < 10; tries += 1) {
        const order = shuffle(ids, random);
        if (order.join() !== ids.join()) return order;
      }
      return [...ids].reverse();
    }
    case 'matching':
      return shuffle(question.pairs, random).map((p) => p.id);
    default:
      return [];
  }
}
