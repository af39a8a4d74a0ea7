import type { AstroIntegration } from 'astro';
import { replaceCSS, replaceHTML } from 'astro-relative-links';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';
import { buildScormPackages } from '../../scorm/package/build-step.ts';
import { buildSearchIndex } from './search-index.ts';

/** Rewrites every root-absolute URL in the built HTML and CSS to a relative one (any sub-path works). */
async function makeLinksRelative(outDir: string): Promise<void> {
  for (const file of await glob('**/*.html', { cwd: outDir, absolute: true })) {
    writeFileSync(
      file,
      replaceHTML({ outDirPath: outDir, filePath: file, base: '/', html: readFileSync(file, 'utf8') }),
    );
  }
  for (const file of await glob('**/*.css', { cwd: outDir, absolute: true })) {
    writeFileSync(file, replaceCSS({ outDirPath: outDir, filePath: file, base: '/', css: readFileSync(file, 'utf8') }));
  }
}

/**
 * The steps after Astro writes the site, in an order that matters (Astro runs
 * the build:done hooks of separate integrations concurrently): search index,
 * relative links, then the SCORM packages of the finished files.
 */
export default function postBuild(): AstroIntegration {
  return {
    name: 'course-post-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        await buildSearchIndex(outDir, logger.fork('search'));
        await makeLinksRelative(outDir);
        buildScormPackages(outDir, logger.fork('scorm'));
      },
    },
  };
}
