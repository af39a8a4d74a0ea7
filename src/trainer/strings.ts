import { translator } from '../i18n/fill.ts';
import { trainerPl } from '../i18n/pl/trainer.ts';

/** The trainer section's strings only: its layout loads no other part of the dictionary. */
export const t = translator({ ...trainerPl });
