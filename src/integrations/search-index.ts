import type { AstroIntegrationLogger } from 'astro';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import * as pagefind from 'pagefind';
import { glob } from 'tinyglobby';
import { buildSpellingMap, collectWords, foldPageText } from '../search/fold-index.ts';

/** File name of the folded -> real spelling map, next to the Pagefind bundle. */
export const SPELLING_MAP_FILE = 'spelling-map.json';

/**
 * Builds the Pagefind index of the written site: only pages with
 * `data-pagefind-body` (lessons, glossary terms, sources), with ł folded to l
 * in their text so that queries without Polish letters match (see fold-index.ts).
 */
export async function buildSearchIndex(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const files = await glob('**/*.html', { cwd: outDir, ignore: ['pagefind/**'] });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'pl' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const pages = [];
  const realWords = new Set<string>();
  for (const file of files.sort()) {
    const html = await readFile(`${outDir}/${file}`, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    collectWords(html, realWords);
    const page = foldPageText(html);
    pages.push(page);
    const added = await index.addHTMLFile({ url: `/${file}`, content: page.html });
    if (added.errors.length) throw new Error(`Pagefind, ${file}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  // Pagefind also writes its ready-made UIs; the course has its own search page.
  const unused = await glob('pagefind-{ui,modular-ui,component-ui,highlight}.*', { cwd: `${outDir}/pagefind` });
  await Promise.all(unused.map((file) => rm(`${outDir}/pagefind/${file}`)));
  const map = buildSpellingMap(pages, realWords);
  await writeFile(`${outDir}/pagefind/${SPELLING_MAP_FILE}`, JSON.stringify(map));
  await pagefind.close();
  logger.info(`indexed ${pages.length} pages into ${relative(process.cwd(), outDir)}/pagefind`);
}
