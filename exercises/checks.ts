import type { ContentProblem } from '../src/utils/content-check.ts';
import type { Exercise } from './contract.ts';
import { EXERCISES } from './registry.ts';

/** Every exercise's data check, run with the content check before the build. */
export function checkExercises(exercises: readonly Exercise[] = EXERCISES): ContentProblem[] {
  return exercises.flatMap((exercise) => exercise.check());
}
