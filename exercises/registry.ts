import codeOfEthics from './code-of-ethics/index.ts';
import type { Exercise } from './contract.ts';
import matching from './matching/index.ts';
import roles from './roles/index.ts';

/** An exercise as the site, the tracker and the packager see it (exercises/contract.ts). */
export type ExerciseEntry = Exercise;

/** The course's exercises, in the order learners meet them. Adding one: its folder, this list, its strings. */
export const EXERCISES: Exercise[] = [roles, matching, codeOfEthics];

/** The learner's page of an exercise (root-absolute). Trainer pages: src/trainer/urls.ts. */
export function exerciseHrefs(slug: string) {
  return { page: `/cwiczenia/${slug}.html` };
}
