import type { Question } from '../schemas/quiz.ts';
import { seededRandom, shuffle } from '../utils/random.ts';

// Seeded shuffles: the same seed shows the same order after a reload.

export { seededRandom, shuffle } from '../utils/random.ts';

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
