import type { Standing } from './course-rules.ts';
import type { Interaction } from './interaction.ts';
import type { OutcomeResult } from './progress.ts';

/** What an adapter learns from its store at launch. */
export interface LaunchState {
  /** Saved suspend data, if any. */
  suspendData: string | null;
  /** Saved bookmark, if any. */
  location: string | null;
  /** Browse or review mode: the learner looks, nothing is scored (SCORM lesson_mode / mode). */
  reviewOnly: boolean;
  /** Mastery score set by the LMS (percent), overriding the course config unless it is a defaulting bug. */
  masteryScore?: number;
  /** SCORM cmi.entry / cmi.core.entry as the LMS gave it ('ab-initio', 'resume' or ''). */
  entry?: string;
  /** The LMS's learner id: part of the key of anything kept on the device. */
  learnerId?: string;
}

/** Everything an adapter writes on each save. */
export interface Report {
  /** Status, score, progress; `finished` makes the exit normal, not suspend. */
  standing: Standing;
  location?: string;
  suspendData: string;
  /** Objective results, by outcome id, in course order. */
  outcomes: Array<{ id: string; result?: OutcomeResult }>;
}

/**
 * Where progress is kept: browser storage, or an LMS through SCORM 1.2 or
 * 2004. The tracker talks only to this interface; no component knows which
 * adapter runs.
 */
export interface TrackingAdapter {
  readonly kind: 'local' | 'scorm12' | 'scorm2004';
  /** Most characters of suspend data the store accepts. */
  readonly suspendLimit: number;
  /** Opens the session (SCORM Initialize) and reads what was saved. */
  start(): LaunchState;
  /** Writes the current state to the store's data model (no commit). */
  save(report: Report): void;
  /** Records one answer (a practice question, or the final assessment's, tagged with its slot). */
  addInteraction(interaction: Interaction): void;
  /** Records an exercise or practice quiz check with its items; each adapter keeps what its LMS can hold. */
  addActivity(activity: string, items: Interaction[], score: { score: number; max: number }): void;
  /** Persists what was written; false when the store refused (retry later). */
  commit(): boolean;
  /** Ends the session: exit mode, session time, final commit, Terminate; false when the store did not confirm. */
  finish(report: Report, sessionMs: number): boolean;
  /** Erases everything stored (public site's "forget my progress"). */
  clear?(): void;
}
