import { translator } from '../../src/i18n/fill.ts';
import { agreementPl, codeOfEthicsPl } from './pl.ts';

/** The mentoring agreement's strings only: its components (reused by the toolkit's agreement template) load nothing else. */
export const tc = translator(agreementPl);

/** The learner islands' translator: this exercise's strings only. */
export const t = translator(codeOfEthicsPl);
