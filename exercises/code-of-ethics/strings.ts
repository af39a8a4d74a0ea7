import { fill } from '../../src/i18n/fill.ts';
import { codeOfEthicsPl } from './pl.ts';
import { translator } from '../../src/i18n/fill.ts';

/** This exercise's UI strings only, so the agreement's components do not load the whole dictionary (the toolkit reuses them). */
export const tc = (key: keyof typeof codeOfEthicsPl, values?: Record<string, string | number>) =>
  fill(codeOfEthicsPl[key], values);

/** The learner islands' translator: this exercise's strings only. */
export const t = translator(codeOfEthicsPl);
