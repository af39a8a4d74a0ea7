import { foldDiacritics } from '../utils/fold.ts';

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

export { foldDiacritics } from '../utils/fold.ts';

/**
 * The words of a query, folded: "e mentoring" and "e-mentoring" are one word
 * (the prefix "e" joins the next word), and one-letter words ("w", "z", "i")
 * are dropped when there are others (as prefixes they would match almost anything).
 */
export function queryWords(input: string): string[] {
  const raw = foldDiacritics(input.toLocaleLowerCase('pl'))
    .split(/[^\p{L}\p{N}-]+/u)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter(Boolean);
  const joined: string[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    if (raw[i] === 'e' && raw[i + 1]) joined.push(`e-${raw[++i]}`);
    else joined.push(raw[i]!);
  }
  const long = joined.filter((w) => w.length > 1);
  return long.length > 0 ? long : joined;
}

/** Turns what a learner typed into the query sent to Pagefind. */
export function toIndexQuery(input: string): string {
  return queryWords(input).map(stemWord).join(' ');
}

/** Beyond this, a shared beginning is enough to call two words one word's forms. */
const ENOUGH_SHARED = 5;

/** How long a beginning a found word must share with a query word to count as its form. */
export function sharedNeeded(word: string): number {
  const bare = word.replace(/-/g, '');
  return Math.min(stemWord(bare).length, ENOUGH_SHARED, Math.max(bare.length - 1, 2));
}

function sharedLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/**
 * Whether a found page's text really holds every word of the query (some
 * form of it). Pagefind answers a word it does not know with the longest
 * prefix it does know, so "wypalenie" would find "wypisz"; such results fail here.
 */
export function holdsQuery(text: string, input: string): boolean {
  const found = new Set(
    foldDiacritics(text.toLocaleLowerCase('pl'))
      .split(/[^\p{L}\p{N}-]+/u)
      .map((w) => w.replace(/-/g, ''))
      .filter(Boolean),
  );
  return queryWords(input).every((word) => {
    const bare = word.replace(/-/g, '');
    const needed = sharedNeeded(word);
    for (const candidate of found) if (sharedLength(bare, candidate) >= needed) return true;
    return false;
  });
}
