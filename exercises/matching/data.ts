import type { ContentFile } from '../../src/utils/content-check.ts';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readYamlFile } from '../../src/utils/yaml-file.ts';
import { modelSchema, scenarioSchema, trainerSchema, type Model, type Scenario, type TrainerNotes } from './schema.ts';

// Reads the exercise's data files at build time (pages, content check); the islands get the parsed data as
// props and never touch the file system.

/** Where the data lives, relative to the project root. */
export const DATA_DIR = 'exercises/matching/data';

/** A data file as read from disk: repo-relative path and parsed YAML (or the YAML error). */
/** A data file as read: its data, or the reason it could not be read. */
export type RawFile = ContentFile;

export interface RawData {
  model: RawFile;
  trainer: RawFile;
  scenarios: RawFile[];
}

/** Reads every data file of the exercise (scenarios in file-name order). */
export function readRaw(dir = DATA_DIR, root = process.cwd()): RawData {
  const scenarioDir = join(root, dir, 'scenarios');
  return {
    model: readYamlFile(join(root, dir, 'model.yaml'), root),
    trainer: readYamlFile(join(root, dir, 'trainer.yaml'), root),
    scenarios: readdirSync(scenarioDir)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => readYamlFile(join(scenarioDir, name), root)),
  };
}

/** The exercise's data, parsed. */
export interface MatchingData {
  model: Model;
  trainer: TrainerNotes;
  /** In `order`. */
  scenarios: Scenario[];
}

/** Parses the data for the pages; the content check (check.ts) has already reported any mistake. */
export function loadMatching(dir = DATA_DIR, root = process.cwd()): MatchingData {
  const raw = readRaw(dir, root);
  return {
    model: modelSchema.parse(raw.model.data),
    trainer: trainerSchema.parse(raw.trainer.data),
    scenarios: raw.scenarios.map((f) => scenarioSchema.parse(f.data)).sort((a, b) => a.order - b.order),
  };
}
