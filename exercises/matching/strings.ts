import { fill } from '../../src/i18n/fill.ts';
import { matchingPl } from './pl.ts';
import { translator } from '../../src/i18n/fill.ts';
import { sharedPl } from '../../src/i18n/pl/shared.ts';

/** This exercise's UI strings only: its words (labels.ts) load without the whole dictionary (the toolkit's helper reuses them). */
export const tm = (key: keyof typeof matchingPl, values?: Record<string, string | number>) =>
  fill(matchingPl[key], values);

/** The learner islands' translator: this exercise's strings and the table label they share with the site. */
export const t = translator({ ...matchingPl, ...sharedPl });
