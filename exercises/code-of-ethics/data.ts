import { join } from 'node:path';
import { readYamlFile, yamlData } from '../../src/utils/yaml-file.ts';
import { principlesFileSchema, trainerFileSchema, type PrinciplesFile, type TrainerFile } from './schema.ts';

/** Where this exercise's data lives (relative to the project root, where builds and tests run). */
export const DATA_DIR = 'exercises/code-of-ethics/data';

/** The data files, by name, with their schemas. */
export const DATA_FILES = { principles: 'principles.yaml', trainer: 'trainer.yaml' } as const;

/** Reads one YAML file of the exercise: its data, or why it could not be read (src/utils/yaml-file.ts). */
export function readDataFile(dir: string, name: string) {
  return readYamlFile(join(dir, name));
}

/** The exercise's data, parsed (build time only; the content check has already reported any mistake). */
export function readCodeData(dir = DATA_DIR): { principles: PrinciplesFile; trainer: TrainerFile } {
  return {
    principles: principlesFileSchema.parse(yamlData(join(dir, DATA_FILES.principles))),
    trainer: trainerFileSchema.parse(yamlData(join(dir, DATA_FILES.trainer))),
  };
}
