import { editDistance } from './edit-distance.ts';
import { foldDiacritics } from './polish-query.ts';

/** A glossary term as the search page knows it (written at build time to the Pagefind folder). */
export interface SearchTerm {
  id: string;
  term: string;
  definition: string;
  /** Root-relative page of the term, e.g. "slowniczek/mentor.html". */
  url: string;
  /** Every name it goes by (headword, synonyms, forms, aliases), normalised. */
  names: string[];
}

/** File name of the term list, next to the Pagefind bundle. */
export const SEARCH_TERMS_FILE = 'search-terms.json';

/** A name as compared: lower case, no diacritics, no spaces, hyphens or punctuation ("E-mentoring" = "e mentoring"). */
export function normaliseName(text: string): string {
  return foldDiacritics(text.toLocaleLowerCase('pl')).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** "KPI (kluczowe wskaźniki efektywności)" -> the whole, "KPI" and "kluczowe wskaźniki efektywności". */
export function headwordNames(term: string): string[] {
  const match = /^(.*?)\s*\((.+)\)\s*$/.exec(term);
  return match ? [term, match[1]!, match[2]!] : [term];
}

/** The glossary terms a query names exactly (headword, synonym, form or alias); headword matches first. */
export function matchTerms(query: string, terms: SearchTerm[]): SearchTerm[] {
  const key = normaliseName(query);
  if (!key) return [];
  const hits = terms.filter((t) => t.names.includes(key));
  const byHeadword = (t: SearchTerm) => (headwordNames(t.term).some((n) => normaliseName(n) === key) ? 0 : 1);
  return hits.sort((a, b) => byHeadword(a) - byHeadword(b));
}

/** Distance of a query to a name: the whole name, or (one more) the start of a longer name being typed. */
function nameDistance(key: string, name: string): number {
  const whole = editDistance(key, name);
  if (name.length <= key.length) return whole;
  return Math.min(whole, editDistance(key, name.slice(0, key.length)) + 1);
}

/**
 * The glossary terms nearest to a query that found nothing, by edit distance
 * over every name of every term; only those close enough to be a likely typo.
 */
export function nearestTerms(query: string, terms: SearchTerm[], limit = 5): SearchTerm[] {
  const key = normaliseName(query);
  if (key.length < 3) return [];
  const allowed = Math.max(1, Math.round(key.length / 3));
  return terms
    .map((term) => ({ term, distance: Math.min(...term.names.map((name) => nameDistance(key, name))) }))
    .filter((entry) => entry.distance <= allowed)
    .sort((a, b) => a.distance - b.distance || a.term.term.localeCompare(b.term.term, 'pl'))
    .slice(0, limit)
    .map((entry) => entry.term);
}
