import { zipSync, type Zippable } from 'fflate';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { learnerFiles, resolveUrl, trainerFiles, withoutTrainerLinks } from './audience.ts';
import { manifest12, manifest2004, SCHEMA_FILES, type ManifestInput, type ScormVersion } from './manifest.ts';
import { bundleIsland, bundleModule, offlinePage, offlineScript, pageIslands, pageModules } from './offline.ts';
import { schemaDir } from './validate.ts';

/** Every file under `dir`, relative, with forward slashes, sorted (stable zips). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

// Pagefind's index chunks are already compressed: storing them again saves time, not bytes.
const STORED = /\.(pf_fragment|pf_index|pf_filter|pf_meta|pagefind|png|jpg|woff2?|zip)$/;

/** The file name of a package: ASCII only, standard and version in it. */
export function packageName(courseId: string, version: string, scorm: ScormVersion): string {
  return `${courseId}-scorm${scorm === '1.2' ? '12' : '2004'}-v${version}.zip`;
}

/** The name of the trainer download: ASCII, version in it, beside the SCORM packages. */
export function trainerPackageName(courseId: string, version: string): string {
  return `${courseId}-trainer-v${version}.zip`;
}

const entry = (file: string, data: Uint8Array): Zippable[string] => (STORED.test(file) ? [data, { level: 0 }] : data);
const ZIP_DATE = new Date('2026-01-01T00:00:00Z');

/** A learner file as packaged: pages lose their links to the trainer section. */
function learnerFile(siteDir: string, file: string): Uint8Array {
  const data = readFileSync(join(siteDir, file));
  return file.endsWith('.html') ? new TextEncoder().encode(withoutTrainerLinks(data.toString('utf8'))) : data;
}

/**
 * Builds one SCORM package from a built site: the learner's files (no trainer section, its assets or a link to it),
 * the manifest at the zip root, and the version's XSDs beside it.
 */
export function buildPackage(siteDir: string, scorm: ScormVersion, course: Omit<ManifestInput, 'files'>): Uint8Array {
  const files = learnerFiles(siteDir, listFiles(siteDir));
  const manifest = (scorm === '1.2' ? manifest12 : manifest2004)({ ...course, files });
  const entries: Zippable = {};
  for (const file of files) entries[file] = entry(file, learnerFile(siteDir, file));
  for (const xsd of SCHEMA_FILES[scorm]) entries[xsd] = readFileSync(join(schemaDir(scorm), xsd));
  entries['imsmanifest.xml'] = new TextEncoder().encode(manifest);
  return zipSync(entries, { level: 9, mtime: ZIP_DATE });
}

/**
 * Builds the trainer download: the trainer section's pages with the assets they load, at their paths in
 * the site (so relative links hold), and an `index.html` at the root that opens the section. It works from
 * a folder with no server, and an LMS takes it as a file or folder resource.
 */
export function buildTrainerPackage(siteDir: string, startPage: string): Uint8Array {
  const entries: Zippable = {};
  for (const file of trainerFiles(siteDir, listFiles(siteDir))) {
    const data = readFileSync(join(siteDir, file));
    if (!file.endsWith('.html')) {
      entries[file] = entry(file, data);
      continue;
    }
    // Modules become classic scripts (see offline.ts): the folder works from file://.
    const html = data.toString('utf8');
    for (const island of pageIslands(html)) {
      const component = resolveUrl(file, island.component)!;
      entries[offlineScript(component)] ??= bundleIsland(siteDir, component, resolveUrl(file, island.renderer)!);
    }
    for (const url of pageModules(html)) {
      const module = resolveUrl(file, url)!;
      entries[offlineScript(module)] ??= bundleModule(siteDir, module);
    }
    entries[file] = new TextEncoder().encode(offlinePage(html));
  }
  entries['index.html'] = new TextEncoder().encode(startPage);
  return zipSync(entries, { level: 9, mtime: ZIP_DATE });
}

/** Writes both SCORM packages (and the trainer download) into `outDir`; returns their paths. */
export function writePackages(
  siteDir: string,
  outDir: string,
  course: Omit<ManifestInput, 'files'>,
  /** The trainer download's root page; without it only the SCORM packages are written. */
  trainerStart?: string,
): string[] {
  mkdirSync(outDir, { recursive: true });
  const scorm = (['1.2', '2004'] as const).map((version) => {
    const path = join(outDir, packageName(course.id, course.version, version));
    writeFileSync(path, buildPackage(siteDir, version, course));
    return path;
  });
  if (trainerStart === undefined) return scorm;
  const trainer = join(outDir, trainerPackageName(course.id, course.version));
  writeFileSync(trainer, buildTrainerPackage(siteDir, trainerStart));
  return [...scorm, trainer];
}
