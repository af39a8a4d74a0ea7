import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ScormVersion } from './manifest.ts';

/** Folder of the vendored XSDs of a SCORM version. */
export function schemaDir(version: ScormVersion): string {
  return resolve('scorm/xsd', version === '1.2' ? 'scorm12' : 'scorm2004');
}

/**
 * Validates a manifest against the official XSDs with xmllint (libxml2).
 * Returns xmllint's messages; empty when valid.
 */
export function validateManifest(xml: string, version: ScormVersion): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
  try {
    const file = join(dir, 'imsmanifest.xml');
    writeFileSync(file, xml);
    const result = spawnSync('xmllint', ['--noout', '--schema', join(schemaDir(version), 'validate-all.xsd'), file], {
      encoding: 'utf8',
    });
    if (result.error)
      throw new Error(`xmllint is needed to validate manifests (Debian: libxml2-utils): ${result.error.message}`);
    return result.status === 0 ? [] : result.stderr.split('\n').filter((line) => line && !line.endsWith('validates'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
