import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse } from 'yaml';
import type { ContentFile } from './content-check.ts';

/**
 * Reads one YAML data file (content, exercises, toolkit): never throws. A
 * missing file or invalid YAML comes back as `error`, which the content
 * check reports as `file: (file): <error>`; `path` is relative to `root`.
 */
export function readYamlFile(path: string, root = process.cwd()): ContentFile {
  const file = relative(root, path);
  if (!existsSync(path)) return { path: file, data: undefined, error: 'file is missing' };
  try {
    return { path: file, data: parse(readFileSync(path, 'utf8')) as unknown };
  } catch (error) {
    return { path: file, data: undefined, error: `invalid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
}

/** The data of a YAML file that must be there (build-time code after the content check passed). */
export function yamlData(path: string, root = process.cwd()): unknown {
  const read = readYamlFile(path, root);
  if (read.error) throw new Error(`${read.path}: (file): ${read.error}`);
  return read.data;
}
