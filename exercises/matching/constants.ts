// The matching exercise's fixed vocabularies: the ones the scoring rules in model.ts branch on. Plain
// constants (no schema library), safe to import from browser code.

/** The criteria of the model, in the order lesson 6 lists them, plus the two hard-constraint criteria. */
export const CRITERIA = [
  'wishes',
  'motivation',
  'interaction',
  'experience',
  'values',
  'age',
  'gender',
  'family',
  'interests',
  'industry',
  'availability',
  'form',
] as const;
export type CriterionId = (typeof CRITERIA)[number];

/** When a person can meet. */
export const SLOTS = ['dni-rano', 'dni-popoludnie', 'dni-wieczor', 'weekend'] as const;
export type Slot = (typeof SLOTS)[number];
/** Form of mentoring (lesson 3): face to face, e-mentoring, blended. */
export const FORMS = ['stacjonarnie', 'online', 'mieszany'] as const;
export type Form = (typeof FORMS)[number];
/** Care duties at home. */
export const FAMILIES = ['dzieci', 'opieka', 'brak'] as const;
export type Family = (typeof FAMILIES)[number];
export const GENDERS = ['k', 'm'] as const;
export type Gender = (typeof GENDERS)[number];
/** Grammatical gender of the Polish words about a person: f "wolała", m "wolał". */
export const GRAMMARS = ['f', 'm'] as const;
export type Grammar = (typeof GRAMMARS)[number];
