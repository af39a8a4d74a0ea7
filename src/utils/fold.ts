// Folding Polish text for comparison: search queries, short answers, the ethics checker, file names and
// the copy check all need the same rule, so there is one.

/** Strips every diacritic, ł/Ł included (Pagefind folds the others itself; ł it does not). */
export function foldDiacritics(text: string): string {
  return text.replace(/ł/g, 'l').replace(/Ł/g, 'L').normalize('NFD').replace(/\p{M}/gu, '');
}

/** Lower case (Polish rules) and no diacritics: the form two texts are compared in. */
export function foldText(text: string): string {
  return foldDiacritics(text.toLocaleLowerCase('pl'));
}
