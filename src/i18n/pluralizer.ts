import { fill, type Fill } from './fill.ts';
import { pluralForm } from './plural.ts';

/**
 * A `plural` over one part of the dictionary, for keys in Polish plural forms:
 * `<stem>.one|few|many|other` ("{n} pytanie", "{n} pytania", "{n} pytań"),
 * missing forms falling back to `other`; `{n}` is the count.
 */
export function pluralizer(strings: Readonly<Record<string, string>>) {
  return (stem: string, n: number, values: Fill = {}): string => {
    const form = (name: string) => strings[`${stem}.${name}`];
    const other = form('other') ?? stem;
    const template = pluralForm(n, {
      one: form('one') ?? other,
      few: form('few') ?? other,
      many: form('many') ?? other,
      other,
    });
    return fill(template, { n, ...values });
  };
}
