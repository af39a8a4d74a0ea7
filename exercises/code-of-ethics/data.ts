import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { principlesFileSchema, trainerFileSchema, type PrinciplesFile, type TrainerFile } from './schema.ts';

/** Where this exercise's data lives (relative to the project root, where builds and tests run). */
export const DATA_DIR = 'exercises/code-of-ethics/data';

/** The data files, by name, with their schemas. */
export const DATA_FILES = { principles: 'principles.yaml', trainer: 'trainer.yaml' } as const;

/** Reads one YAML file of the exercise (throws on a missing file or invalid YAML). */
export function readYamlFile(dir: string, name: string): unknown {
  return parse(readFileSync(join(dir, name), 'utf8'));
}

/** The exercise's data, parsed (build time only; the content check has already reported any mistake). */
export function readCodeData(dir = DATA_DIR): { principles: PrinciplesFile; trainer: TrainerFile } {
  return {
    principles: principlesFileSchema.parse(readYamlFile(dir, DATA_FILES.principles)),
    trainer: trainerFileSchema.parse(readYamlFile(dir, DATA_FILES.trainer)),
  };
}
