import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parse } from 'yaml';
import type { ContentFile } from '../../src/utils/content-check.ts';
import { statementsFileSchema, trainerFileSchema, type Statement, type TrainerNotes } from './schema.ts';

/** Where the exercise's data files live (repo-relative). */
export const DATA_DIR = 'exercises/roles/data';

/** A data file as read from disk; `error` says why it could not be parsed. */
/** A data file as read: its data, or the reason it could not be read. */
export type DataFile = ContentFile;

function readYaml(path: string, root: string): DataFile {
  const file = relative(root, path);
  if (!existsSync(path)) return { path: file, data: undefined, error: 'file is missing' };
  try {
    return { path: file, data: parse(readFileSync(path, 'utf8')) as unknown };
  } catch (error) {
    return { path: file, data: undefined, error: `invalid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
}

/** Reads both data files of the exercise (statements and trainer notes). */
export function readRolesFiles(dir = DATA_DIR, root = process.cwd()): { statements: DataFile; trainer: DataFile } {
  return {
    statements: readYaml(resolve(root, dir, 'statements.yaml'), root),
    trainer: readYaml(resolve(root, dir, 'trainer.yaml'), root),
  };
}

/** The exercise's data for the pages, parsed by the schemas (the content check has already vetted it). */
export function loadRolesData(dir = DATA_DIR): { statements: Statement[]; trainer: TrainerNotes } {
  const files = readRolesFiles(dir);
  return {
    statements: statementsFileSchema.parse(files.statements.data).statements,
    trainer: trainerFileSchema.parse(files.trainer.data),
  };
}
