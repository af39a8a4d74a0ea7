import type { ContentProblem } from '../src/utils/content-check.ts';

/** One printed page of an exercise in the trainer section: a worksheet or an answer key. */
export interface Sheet {
  /** File name under `trener/`, without `.html` (e.g. `kto-za-co-odpowiada-karta`). */
  file: string;
  kind: 'worksheet' | 'key';
  /** For exercises printed per scenario: which one. */
  variant?: { id: string; title: string };
}

/**
 * What every exercise is to the rest of the course: one object exported by
 * `exercises/<id>/index.ts` (Node-safe: no components), listed once in
 * `exercises/registry.ts`. Its pages are Astro components exported by
 * `exercises/<id>/pages.ts` (`Learner`, `Trainer`, `Sheet`), which the site's
 * generic routes render (src/pages/cwiczenia/[slug].astro, src/pages/trener/[page].astro).
 * Adding an exercise touches its own folder, the registry and (for its UI
 * strings) src/i18n/pl.ts.
 */
export interface Exercise {
  /** Folder under exercises/. */
  id: string;
  /** Tracking id of the activity (SCORM interactions are prefixed with it). */
  activityId: string;
  /** The learning outcome (SCORM objective) it gives evidence for. */
  objective: string;
  /** Page name under /cwiczenia/ and /trener/ (Polish, ASCII). */
  slug: string;
  /** Title as learners see it. */
  title: string;
  /** One sentence for lists. */
  summary: string;
  /** Ids of the lessons after which the exercise is offered. */
  lessons: string[];
  /** Answer keys it stores in the learner's progress (the suspend-data layout), in a stable order. */
  stateKeys(): string[];
  /** Prefixes of its answer keys that hold learner text. */
  textPrefixes: string[];
  /** Minutes of its classroom run (the trainer steps). */
  trainerMinutes(): number;
  /** Its printed pages in the trainer section. */
  sheets(): Sheet[];
  /** Checks its data files before the build: every problem as `file: field: reason`. */
  check(): ContentProblem[];
}

/** Declares an exercise (a typed identity: the object is the contract). */
export const defineExercise = (exercise: Exercise): Exercise => exercise;
