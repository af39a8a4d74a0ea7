import { resolve } from 'node:path';
import type { ContentFile } from '../../src/utils/content-check.ts';
import { readYamlFile } from '../../src/utils/yaml-file.ts';
import { statementsFileSchema, trainerFileSchema, type Statement, type TrainerNotes } from './schema.ts';

/** Where the exercise's data files live (repo-relative). */
export const DATA_DIR = 'exercises/roles/data';

/** A data file as read: its data, or the reason it could not be read. */
export type DataFile = ContentFile;

/** Reads both data files of the exercise (statements and trainer notes). */
export function readRolesFiles(dir = DATA_DIR, root = process.cwd()): { statements: DataFile; trainer: DataFile } {
  return {
    statements: readYamlFile(resolve(root, dir, 'statements.yaml'), root),
    trainer: readYamlFile(resolve(root, dir, 'trainer.yaml'), root),
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
