import { foldL } from './polish-query.ts';

/** A page's HTML as Pagefind will index it, and the ł words whose spelling was folded. */
export interface FoldedPage {
  html: string;
  words: Map<string, string>;
}

const TEXT_BETWEEN_TAGS = />([^<]+)</g;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Folds ł to l in the text of a page (never in tags or attributes), so that a
 * query typed without Polish letters finds "współpraca". Returns the folded
 * words with their real spelling, for showing excerpts as written.
 */
export function foldPageText(html: string): FoldedPage {
  const words = new Map<string, string>();
  const folded = html.replace(TEXT_BETWEEN_TAGS, (_match, text: string) => {
    for (const [word] of text.matchAll(WORD)) {
      if (/[łŁ]/.test(word)) words.set(foldL(word), word);
    }
    return `>${foldL(text)}<`;
  });
  return { html: folded, words };
}

/**
 * Builds the folded -> real spelling map from every page's ł words, leaving
 * out any folded form that is itself a real word somewhere in the course
 * (e.g. "pól" vs "pół"), since restoring it could change a correct word.
 */
export function buildSpellingMap(pages: Array<{ html: string; words: Map<string, string> }>, realWords: Set<string>) {
  const map: Record<string, string> = {};
  for (const { words } of pages) {
    for (const [folded, real] of words) if (!realWords.has(folded)) map[folded] = real;
  }
  return map;
}

/** Every word of the real (unfolded) text of a page. */
export function collectWords(html: string, into: Set<string>): void {
  for (const [, text] of html.matchAll(TEXT_BETWEEN_TAGS)) {
    for (const [word] of (text ?? '').matchAll(WORD)) into.add(word);
  }
}

/** Restores the real spelling of folded ł words in an excerpt or title (HTML with <mark>). */
export function restoreSpelling(text: string, map: Record<string, string>): string {
  return text.replace(/(<[^>]*>)|([\p{L}\p{N}]+)/gu, (match, tag: string | undefined) =>
    tag ? tag : (map[match] ?? match),
  );
}
