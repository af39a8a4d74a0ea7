import GithubSlugger from 'github-slugger';

/** The ids Astro gives the `##`-`####` headings of an MDX body (github-slugger, as Astro's Markdown does). */
export function headingIds(body: string): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  for (const [, text] of body.matchAll(/^#{2,4}\s+(.+?)\s*#*\s*$/gm)) {
    ids.add(slugger.slug((text ?? '').replace(/[*_`]/g, '')));
  }
  return ids;
}
