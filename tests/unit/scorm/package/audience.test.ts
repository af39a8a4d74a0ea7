import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  isTrainerFile,
  learnerFiles,
  resolveUrl,
  trainerFiles,
  trainerStartPage,
  withoutTrainerLinks,
} from '../../../../scorm/package/audience.ts';
import { listFiles } from '../../../../scorm/package/package.ts';

/** A tiny built site: two learner pages, the trainer section and shared assets. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'audience-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('audience', () => {
  test('returns learner pages without the trainer entry, the rest untouched', () => {
    const html =
      '<ul><li><a href="./zrodla.html">Źródła</a></li><li data-trainer-only data-astro-cid-x><a href="./trener/index.html">Dla trenerów</a></li></ul>';
    expect(withoutTrainerLinks(html)).toBe('<ul><li><a href="./zrodla.html">Źródła</a></li></ul>');
    expect(isTrainerFile('trener/index.html')).toBe(true);
    expect(isTrainerFile('cwiczenia/kto-za-co-odpowiada.html')).toBe(false);
  });

  test('returns the trainer pages with every asset they load, followed through imports, and nothing else', () => {
    const dir = site({
      'index.html': '<a href="trener/index.html">x</a><script src="_astro/learner.js"></script>',
      'favicon.svg': '<svg/>',
      'trener/index.html': '<link rel="icon" href="../favicon.svg"><link rel="stylesheet" href="../_astro/t.css">',
      'trener/a.html':
        '<astro-island component-url="../_astro/A.js" renderer-url="../_astro/client.js"></astro-island><a href="../index.html">kurs</a>',
      '_astro/A.js': 'import{x}from"./shared.js";import("./lazy.js")',
      '_astro/client.js': 'export default 1',
      '_astro/shared.js': 'export const x=1',
      '_astro/lazy.js': 'export default 2',
      '_astro/t.css': 'body{background:url(./bg.png)}',
      '_astro/bg.png': 'png',
      '_astro/learner.js': 'learner',
    });
    expect(trainerFiles(dir, listFiles(dir))).toEqual([
      '_astro/A.js',
      '_astro/bg.png',
      '_astro/client.js',
      '_astro/lazy.js',
      '_astro/shared.js',
      '_astro/t.css',
      'favicon.svg',
      'trener/a.html',
      'trener/index.html',
    ]);
  });

  test('returns the learner files without the trainer section and the assets only it uses', () => {
    const dir = site({
      'index.html': '<link href="_astro/shared.css"><a href="trener/index.html">x</a>',
      'trener/index.html': '<link href="../_astro/shared.css"><link href="../_astro/worksheet.css">',
      '_astro/shared.css': 'a{}',
      '_astro/worksheet.css': 'table{}',
      'pagefind/pagefind.js': 'search',
    });
    expect(learnerFiles(dir, listFiles(dir))).toEqual(['_astro/shared.css', 'index.html', 'pagefind/pagefind.js']);
  });

  test('returns site paths for relative URLs and null for other schemes', () => {
    expect(resolveUrl('trener/a.html', '../_astro/x.js')).toBe('_astro/x.js');
    expect(resolveUrl('_astro/a.js', './b.js')).toBe('_astro/b.js');
    expect(resolveUrl('trener/a.html', 'https://example.org/x.js')).toBeNull();
  });

  test('returns a start page that opens the trainer section and escapes its text', () => {
    const html = trainerStartPage({ language: 'pl', title: 'A & B', link: 'Otwórz' });
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=trener/index.html">');
    expect(html).toContain('<a href="trener/index.html">Otwórz</a>');
    expect(html).toContain('<title>A &amp; B</title>');
    expect(html).not.toContain('<script');
  });
});
