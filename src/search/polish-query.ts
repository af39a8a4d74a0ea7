// Query-side help for Polish: Pagefind folds ą ę ś ź ż ó ć ń but not ł, and
// has no Polish stemmer. The index is built with ł folded to l (see
// fold-index.ts), so queries fold ł too; each query word is cut to a stem that
// Pagefind then matches as a prefix ("podopieczni" -> "podopieczn" finds
// "podopiecznego").

/** Folds ł/Ł to l/L, the one Polish letter Pagefind does not fold itself. */
export function foldL(text: string): string {
  return text.replace(/ł/g, 'l').replace(/Ł/g, 'L');
}

// Common Polish inflectional endings, longest first (after ł folding, with
// and without diacritics, since learners type both).
const ENDINGS = [
  'ami',
  'ach',
  'ego',
  'emu',
  'owi',
  'ych',
  'ymi',
  'imi',
  'iej',
  'ej',
  'om',
  'ow',
  'ów',
  'em',
  'ie',
  'ia',
  'ii',
  'iu',
  'ą',
  'ę',
  'a',
  'e',
  'i',
  'o',
  'u',
  'y',
].sort((a, b) => b.length - a.length);

/** Shortest stem kept, so short words are not cut into noise. */
const MIN_STEM = 4;

/** Cuts one inflectional ending off a word when the stem stays long enough. */
export function stemWord(word: string): string {
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) {
      return word.slice(0, -ending.length);
    }
  }
  return word;
}

/** Strips every diacritic (Pagefind folds the index the same way), ł included. */
export function foldDiacritics(text: string): string {
  return foldL(text).normalize('NFD').replace(/\p{M}/gu, '');
}

/** Turns what a learner typed into the query sent to Pagefind. */
export function toIndexQuery(input: string): string {
  return foldDiacritics(input.toLocaleLowerCase('pl'))
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean)
    .map(stemWord)
    .join(' ');
}
