import { translator } from '../../src/i18n/fill.ts';
import { rolesPl } from './pl.ts';

/** This exercise's learner strings only: its islands load no other part of the dictionary. */
export const t = translator(rolesPl);
