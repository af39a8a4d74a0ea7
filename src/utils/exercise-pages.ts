import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

/** An exercise's page components (exercises/<id>/pages.ts). */
export interface ExercisePages {
  /** The learner's page, whole (its layout included). */
  Learner: AstroComponentFactory;
  /** The trainer island of a presenter or projector window (src/trainer/page-props.ts). */
  Trainer: AstroComponentFactory;
  /** A worksheet or key (props: `sheet`, one of the exercise's `sheets()`). */
  Sheet: AstroComponentFactory;
}

const modules = import.meta.glob<ExercisePages>('../../exercises/*/pages.ts', { eager: true });

/** The page components of exercise `id`; a missing `pages.ts` fails the build naming the file. */
export function exercisePages(id: string): ExercisePages {
  const pages = modules[`../../exercises/${id}/pages.ts`];
  if (!pages)
    throw new Error(`exercises/${id}/pages.ts: (file): missing (every exercise exports Learner, Trainer, Sheet)`);
  return pages;
}
