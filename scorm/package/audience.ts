// Two audiences, two downloads: the learner's SCORM packages carry no trainer material, and the trainer
// download carries the trainer section alone. Both are cut from the one built site.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeXml } from './xml.ts';

/** The trainer section's folder in the built site (src/trainer/urls.ts). */
export const TRAINER_DIR = 'trener';

/** Whether a site file belongs to the trainer section (left out of the SCORM packages). */
export const isTrainerFile = (file: string): boolean => file.startsWith(`${TRAINER_DIR}/`);

// Elements marked `data-trainer-only` hold a link to the trainer section (the footer's entry); they contain
// no element of their own kind, so the first closing tag ends them.
const TRAINER_ONLY = /<(li|p|div|span)\b[^>]*\sdata-trainer-only\b[^>]*>[\s\S]*?<\/\1>/g;

/** A learner page without its links to the trainer section. */
export function withoutTrainerLinks(html: string): string {
  return html.replace(TRAINER_ONLY, '');
}

// Assets a page names: link/script/img URLs and island modules (`component-url`, `renderer-url`).
const PAGE_URLS = /\s(?:href|src|component-url|renderer-url|before-hydration-url)="([^"#?]+)/g;
// Modules a script imports, statically or dynamically, by relative path (Vite writes "./x.js").
const JS_IMPORTS = /(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g;
// Files a stylesheet loads (fonts, images).
const CSS_URLS = /url\(\s*["']?(?!data:)([^"')]+)["']?\s*\)/g;

/** A URL found in a site file, as a site-relative path (null for another scheme or host). */
export const resolveUrl = (from: string, url: string): string | null => {
  if (/^[a-z]+:/i.test(url) || url.startsWith('//')) return null;
  const parts = from.split('/').slice(0, -1);
  for (const part of url.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
};

/**
 * The files the trainer section needs: its pages, and every asset they load, followed through scripts'
 * imports and stylesheets' URLs. Links to learner pages are not followed (the section has none).
 */
export function trainerFiles(siteDir: string, files: readonly string[]): string[] {
  const exists = new Set(files);
  const needed = new Set(files.filter(isTrainerFile));
  const queue = [...needed];
  while (queue.length > 0) {
    const file = queue.pop()!;
    const pattern = file.endsWith('.html')
      ? PAGE_URLS
      : file.endsWith('.js')
        ? JS_IMPORTS
        : file.endsWith('.css')
          ? CSS_URLS
          : null;
    if (!pattern) continue;
    const text = readFileSync(join(siteDir, file), 'utf8');
    for (const match of text.matchAll(pattern)) {
      const target = resolveUrl(file, match[1]!);
      if (!target || needed.has(target) || !exists.has(target) || target.endsWith('.html')) continue;
      needed.add(target);
      queue.push(target);
    }
  }
  return [...needed].sort();
}

/**
 * The trainer download's `index.html`: opens the section's start page at once (a zero-second redirect,
 * WCAG technique G110), with a plain link for browsers that do not follow it. No script, so no CSP issue.
 */
export function trainerStartPage(page: { language: string; title: string; link: string }): string {
  const href = `${TRAINER_DIR}/index.html`;
  return [
    '<!doctype html>',
    `<html lang="${escapeXml(page.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<meta http-equiv="refresh" content="0; url=${href}">`,
    `<title>${escapeXml(page.title)}</title>`,
    '</head>',
    `<body><main><h1>${escapeXml(page.title)}</h1><p><a href="${href}">${escapeXml(page.link)}</a></p></main></body>`,
    '</html>',
    '',
  ].join('\n');
}

const TEXT = /\.(html|js|css|json|xml|svg)$/;

/**
 * The files of the learner's packages: everything but the trainer section and the assets only its pages
 * use (an asset whose name no learner file mentions: page styles of worksheets, trainer islands).
 */
export function learnerFiles(siteDir: string, files: readonly string[]): string[] {
  const learner = files.filter((file) => !isTrainerFile(file));
  const texts = learner.filter((file) => TEXT.test(file)).map((file) => readFileSync(join(siteDir, file), 'utf8'));
  const trainerOnly = new Set(
    trainerFiles(siteDir, files).filter((file) => {
      if (isTrainerFile(file)) return false;
      const name = file.slice(file.lastIndexOf('/') + 1);
      return !texts.some((text) => text.includes(name));
    }),
  );
  return learner.filter((file) => !trainerOnly.has(file));
}
