/** The Polish alphabet in dictionary order (used for the glossary's A-Z index). */
export const POLISH_ALPHABET = [...'AĄBCĆDEĘFGHIJKLŁMNŃOÓPQRSŚTUVWXYZŹŻ'];

/** The index letter of a headword: its first letter, upper-cased; digits go under '#'. */
export function indexLetter(headword: string): string {
  const first = headword.trim().charAt(0).toLocaleUpperCase('pl');
  return POLISH_ALPHABET.includes(first) ? first : '#';
}

/** Groups items by index letter, in alphabet order, keeping each group's order. */
export function groupByLetter<T>(items: T[], headword: (item: T) => string): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const letter = indexLetter(headword(item));
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  const order = ['#', ...POLISH_ALPHABET];
  return [...groups.entries()].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
}
