import type { AstroIntegrationLogger } from 'astro';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import * as pagefind from 'pagefind';
import { glob } from 'tinyglobby';
import { SEARCH_ALIASES } from '../search/aliases.ts';
import { foldPageText } from '../search/fold-index.ts';
import { headwordNames, normaliseName, SEARCH_TERMS_FILE, type SearchTerm } from '../search/glossary-terms.ts';
import type { GlossaryTerm } from '../schemas/glossary-term.ts';
import { readContentFiles } from '../utils/content-files.ts';
import { decodeFragment, encodeFragment, type Fragment, withRealSpelling } from './pagefind-fragments.ts';

async function newIndex() {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'pl' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  return index;
}

/** The glossary for the search page: names to match a query exactly and to suggest the nearest. */
export function searchTerms(contentDir = 'content'): SearchTerm[] {
  const glossary = readContentFiles(contentDir).glossary.map((f) => f.data as GlossaryTerm);
  const ids = new Set(glossary.map((t) => t.id));
  for (const [alias, targets] of Object.entries(SEARCH_ALIASES))
    for (const id of targets)
      if (!ids.has(id)) throw new Error(`src/search/aliases.ts: ${alias}: unknown glossary term "${id}"`);
  return glossary.map((t) => {
    const aliases = Object.entries(SEARCH_ALIASES)
      .filter(([, targets]) => targets.includes(t.id))
      .map(([alias]) => alias);
    const names = [...headwordNames(t.term), ...(t.synonyms ?? []), ...(t.forms ?? []), ...aliases];
    return {
      id: t.id,
      term: t.term,
      definition: t.definition,
      url: `slowniczek/${t.id}.html`,
      names: [...new Set(names.map(normaliseName).filter(Boolean))],
    };
  });
}

/** Gives every fragment of the folded index its real spelling back (see withRealSpelling). */
async function restoreFragments(outDir: string, real: Map<string, Fragment>): Promise<number> {
  let restored = 0;
  for (const file of await glob('fragment/*.pf_fragment', { cwd: `${outDir}/pagefind`, absolute: true })) {
    const folded = decodeFragment(await readFile(file));
    const original = real.get(folded.url);
    const fixed = original && withRealSpelling(folded, original);
    if (!fixed) continue;
    await writeFile(file, encodeFragment(fixed));
    restored += 1;
  }
  return restored;
}

/**
 * Builds the Pagefind index of the written site: only pages with
 * `data-pagefind-body` (lessons, glossary terms, sources). The words are
 * indexed with ł folded to l so that queries without Polish letters match;
 * the text that excerpts are cut from keeps its real spelling (a second index
 * of the pages as written gives it). Also writes the glossary for the search
 * page's term matches and suggestions.
 */
export async function buildSearchIndex(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const files = await glob('**/*.html', { cwd: outDir, ignore: ['pagefind/**'] });
  const index = await newIndex();
  const asWritten = await newIndex();
  let pages = 0;
  for (const file of files.sort()) {
    const html = await readFile(`${outDir}/${file}`, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const added = await index.addHTMLFile({ url: `/${file}`, content: foldPageText(html) });
    if (added.errors.length) throw new Error(`Pagefind, ${file}: ${added.errors.join('; ')}`);
    await asWritten.addHTMLFile({ url: `/${file}`, content: html });
    pages += 1;
  }
  const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  const real = new Map<string, Fragment>();
  for (const file of (await asWritten.getFiles()).files)
    if (file.path.endsWith('.pf_fragment')) {
      const fragment = decodeFragment(file.content);
      real.set(fragment.url, fragment);
    }
  const restored = await restoreFragments(outDir, real);
  if (restored !== pages) logger.warn(`real spelling restored in ${restored} of ${pages} pages' excerpts`);
  // Pagefind also writes its ready-made UIs; the course has its own search page.
  const unused = await glob('pagefind-{ui,modular-ui,component-ui,highlight}.*', { cwd: `${outDir}/pagefind` });
  await Promise.all(unused.map((file) => rm(`${outDir}/pagefind/${file}`)));
  await writeFile(`${outDir}/pagefind/${SEARCH_TERMS_FILE}`, JSON.stringify(searchTerms()));
  await pagefind.close();
  logger.info(`indexed ${pages} pages into ${relative(process.cwd(), outDir)}/pagefind`);
}
