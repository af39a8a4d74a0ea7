import { foldL } from './polish-query.ts';

const TEXT_BETWEEN_TAGS = />([^<]+)</g;

/**
 * Folds ł to l in the text of a page (never in tags or attributes), so that a
 * query typed without Polish letters finds "współpraca" (Pagefind folds the
 * other Polish letters itself, not ł). Excerpts get the real spelling back
 * through the fragments (src/integrations/pagefind-fragments.ts).
 */
export function foldPageText(html: string): string {
  return html.replace(TEXT_BETWEEN_TAGS, (_match, text: string) => `>${foldL(text)}<`);
}
