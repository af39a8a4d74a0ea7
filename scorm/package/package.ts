import { zipSync, type Zippable } from 'fflate';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { manifest12, manifest2004, SCHEMA_FILES, type ManifestInput, type ScormVersion } from './manifest.ts';
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

/**
 * Builds one SCORM package from a built site: the site's files, the manifest
 * at the zip root, and the version's XSDs beside it.
 */
export function buildPackage(siteDir: string, scorm: ScormVersion, course: Omit<ManifestInput, 'files'>): Uint8Array {
  const files = listFiles(siteDir);
  const manifest = (scorm === '1.2' ? manifest12 : manifest2004)({ ...course, files });
  const entries: Zippable = {};
  for (const file of files) {
    const data = readFileSync(join(siteDir, file));
    entries[file] = STORED.test(file) ? [data, { level: 0 }] : data;
  }
  for (const xsd of SCHEMA_FILES[scorm]) entries[xsd] = readFileSync(join(schemaDir(scorm), xsd));
  entries['imsmanifest.xml'] = new TextEncoder().encode(manifest);
  return zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
}

/** Writes both packages into `outDir`; returns their paths. */
export function writePackages(siteDir: string, outDir: string, course: Omit<ManifestInput, 'files'>): string[] {
  mkdirSync(outDir, { recursive: true });
  return (['1.2', '2004'] as const).map((scorm) => {
    const path = join(outDir, packageName(course.id, course.version, scorm));
    writeFileSync(path, buildPackage(siteDir, scorm, course));
    return path;
  });
}
