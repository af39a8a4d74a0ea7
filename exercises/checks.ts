import type { ContentProblem } from '../src/utils/content-check.ts';
import { check as checkCodeOfEthics } from './code-of-ethics/check.ts';
import { check as checkMatching } from './matching/check.ts';
import { check as checkRoles } from './roles/check.ts';

/** Every exercise's data check, run with the content check before the build. */
export function checkExercises(): ContentProblem[] {
  return [...checkRoles(), ...checkMatching(), ...checkCodeOfEthics()];
}
