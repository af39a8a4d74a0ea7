import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkExercises } from '../../../exercises/checks.ts';
import { EXERCISES } from '../../../exercises/registry.ts';
import { stateLayout } from '../../../src/utils/state-layout.ts';
import fixture from '../../fixtures/exercise-fixture/index.ts';

/** Every source file under `dir` (ts, astro, svelte), with forward slashes. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|astro|svelte)$/.test(entry.name) ? [path] : [];
  });
}

describe('the exercise contract (exercises/contract.ts)', () => {
  test('every registered exercise is a folder with its contract, its pages and its strings', () => {
    expect(new Set(EXERCISES.map((e) => e.id)).size).toBe(EXERCISES.length);
    expect(new Set(EXERCISES.map((e) => e.slug)).size).toBe(EXERCISES.length);
    for (const exercise of EXERCISES) {
      const dir = join('exercises', exercise.id);
      for (const file of ['index.ts', 'pages.ts', 'pl.ts'])
        expect(existsSync(join(dir, file)), `${dir}/${file}`).toBe(true);
      const pages = readFileSync(join(dir, 'pages.ts'), 'utf8');
      for (const name of ['Learner', 'Trainer', 'Sheet']) expect(pages).toContain(`as ${name} }`);
      expect(exercise.activityId).toMatch(/^ex-/);
      for (const key of exercise.stateKeys()) expect(key.startsWith(`${exercise.activityId}:`), key).toBe(true);
      for (const sheet of exercise.sheets()) expect(sheet.file.startsWith(exercise.slug), sheet.file).toBe(true);
      expect(exercise.trainerMinutes()).toBeGreaterThan(0);
    }
  });

  test('an exercise added to the registry reaches the suspend-data layout and the content check', () => {
    const withFixture = [...EXERCISES, fixture];
    const layout = stateLayout([], withFixture);
    expect(layout.keys).toEqual(expect.arrayContaining(['ex-fixture:a', 'ex-fixture:b']));
    expect(layout.textPrefixes).toContain('ex-fixture:note:');
    expect(checkExercises([fixture])).toEqual([
      { file: 'tests/fixtures/exercise-fixture/data.yaml', field: 'items', message: 'checked' },
    ]);
  });

  test('adding an exercise touches at most two files outside its folder: the registry and the dictionary', () => {
    // The toolkit and the tools use two exercises as libraries (the matching engine, the agreement);
    // everything else (pages, trainer section, tracking, SCORM) learns of exercises through the registry.
    const libraryUsers = /^(src\/toolkit\/|src\/tools\/|src\/pages\/narzedzia\/|src\/schemas\/template\.ts)/;
    for (const exercise of EXERCISES) {
      const folder = new RegExp(`(exercises/|\\.\\./|\\./)${exercise.id}/`);
      const outside = [...sources('src'), ...sources('scorm'), ...sources('exercises')]
        .filter((file) => !file.startsWith(`exercises/${exercise.id}/`) && !libraryUsers.test(file))
        .filter((file) => folder.test(readFileSync(file, 'utf8').replace(/^\s*(\/\/|\*).*$/gm, '')));
      expect(outside.sort(), exercise.id).toEqual(['exercises/registry.ts', 'src/i18n/pl.ts']);
    }
  });
});
