import type { GlossaryTerm } from '../schemas/glossary-term.ts';

const key = (text: string) => text.trim().toLocaleLowerCase('pl');

/**
 * A term's other names as a reader sees them: its synonyms, each once and
 * never the headword itself; and its inflected forms that are not already
 * shown, which only the search index gets.
 */
export function otherNames(term: Pick<GlossaryTerm, 'term' | 'synonyms' | 'forms'>): {
  synonyms: string[];
  forms: string[];
} {
  const seen = new Set([key(term.term)]);
  const once = (list: string[]) =>
    list.filter((name) => {
      const k = key(name);
      if (!k || seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  const synonyms = once(term.synonyms);
  return { synonyms, forms: once(term.forms) };
}
