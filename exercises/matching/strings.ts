import { fill } from '../../src/i18n/fill.ts';
import { matchingPl } from '../../src/i18n/pl/matching.ts';

/** This exercise's UI strings only: its words (labels.ts) load without the whole dictionary (the toolkit's helper reuses them). */
export const tm = (key: keyof typeof matchingPl, values?: Record<string, string | number>) =>
  fill(matchingPl[key], values);
