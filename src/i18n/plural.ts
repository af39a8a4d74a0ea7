/** The forms of a Polish noun after a number: 1 pytanie, 2 pytania, 5 pytań (and 1,5 pytania). */
export interface PluralForms {
  one: string;
  few: string;
  many: string;
  other: string;
}

const rules = new Intl.PluralRules('pl');

/** The form of a noun that goes with `count`, by CLDR's Polish plural rules. */
export function pluralForm(count: number, forms: PluralForms): string {
  return forms[rules.select(count) as keyof PluralForms] ?? forms.other;
}

/** "5 pytań": the count and the noun in the form the count takes. */
export function countOf(count: number, forms: PluralForms): string {
  return `${count} ${pluralForm(count, forms)}`;
}
