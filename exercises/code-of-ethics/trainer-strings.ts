import { translator } from '../../src/i18n/fill.ts';
import { codeOfEthicsPl, codeOfEthicsTrainerPl } from './pl.ts';
import { trainerPl } from '../../src/i18n/pl/trainer.ts';

/** This exercise's strings with the trainer section's: for its trainer components. */
export const t = translator({ ...codeOfEthicsPl, ...codeOfEthicsTrainerPl, ...trainerPl });
