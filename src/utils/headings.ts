import GithubSlugger from 'github-slugger';

/** Headings written as HTML with an explicit, stable id: `<h2 id="granice-zawodowe">Granice zawodowe</h2>`. */
const EXPLICIT_HEADING = /^<h([2-4])\s+id=["']([^"']+)["'][^>]*>/gm;

/** The explicit ids of a body's HTML headings, in order (duplicates kept, for the content check). */
export function explicitHeadingIds(body: string): string[] {
  return [...body.matchAll(EXPLICIT_HEADING)].map((m) => m[2] ?? '');
}

/**
 * The ids of the `##`-`####` headings of an MDX body: those Astro gives
 * Markdown headings (github-slugger) and the explicit ids of HTML headings.
 */
export function headingIds(body: string): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>(explicitHeadingIds(body));
  for (const [, text] of body.matchAll(/^#{2,4}\s+(.+?)\s*#*\s*$/gm)) {
    ids.add(slugger.slug((text ?? '').replace(/[*_`]/g, '')));
  }
  return ids;
}
