import type { Progress } from './progress.ts';
import type { StateLayout } from './suspend-data.ts';
import { learnerStatus, type LearnerStatus } from './status.ts';

/**
 * When the LMS hears a terminal status (1.2 completed/passed/failed, 2004
 * completion_status completed).
 * - `hold`: only once the learner has nothing left to do for credit (every
 *   required lesson and exercise done and the final passed or its attempts
 *   used up). Moodle 4.5 opens an attempt whose status is terminal in review
 *   mode (mod/scorm/locallib.php scorm_check_mode()), so a learner told
 *   "completed" or "failed" too early can no longer earn credit.
 * - `immediate`: as soon as earned: 1.2 completed when lessons and exercises
 *   are done, passed/failed once the final is taken; 2004 completion by
 *   lessons and exercises alone.
 */
export type TerminalStatus = 'hold' | 'immediate';

/** What the tracking rules need to know about the course (from content/course/course.yaml and the content). */
export interface CourseRules {
  /** Course id (content/course/course.yaml): part of every key kept on the device. */
  courseId: string;
  /** Ids of the lessons that count toward completion, in course order. */
  requiredLessons: string[];
  /** Activity ids of the exercises that must be attempted, in course order. */
  requiredActivities: string[];
  /** Activity ids of the practice quizzes (shown with their scores; not required). */
  practiceActivities: string[];
  /** Whether the course has a final assessment (then passing it is part of finishing). */
  hasAssessment: boolean;
  /** Attempts allowed at the final assessment; 0 = unlimited. */
  assessmentAttempts: number;
  /** Mastery score, percent. */
  masteryScore: number;
  /** Ids of the learning outcomes (SCORM objectives). */
  outcomes: string[];
  terminalStatus: TerminalStatus;
  /** How answers are laid out in suspend data. */
  layout: StateLayout;
}

/** Where the learner stands, in the terms every adapter reports. */
export interface Standing {
  /** SCORM 1.2 cmi.core.lesson_status. */
  lessonStatus: 'incomplete' | 'completed' | 'passed' | 'failed';
  /** SCORM 2004 cmi.completion_status. */
  completion: 'completed' | 'incomplete';
  /** SCORM 2004 cmi.success_status: by the final assessment; unknown until it is taken. */
  success: 'passed' | 'failed' | 'unknown';
  /** Final assessment's best percent, when taken. */
  scorePercent?: number;
  /** Share of required steps done, 0..1 (SCORM 2004 progress_measure); 1 only when complete. */
  progressMeasure: number;
  /** Nothing left to do for credit: exit is "normal", not "suspend". */
  finished: boolean;
}

/** What the LMS is told for a learner status, by the course's terminal-status strategy. */
export function lmsStanding(status: LearnerStatus, rules: CourseRules): Standing {
  const { final } = status;
  const success = final.state === 'not-taken' ? 'unknown' : final.state;
  const complete = rules.terminalStatus === 'hold' ? status.finished : status.coursework;
  let lessonStatus: Standing['lessonStatus'];
  if (rules.terminalStatus === 'hold')
    lessonStatus = !status.finished ? 'incomplete' : success === 'unknown' ? 'completed' : success;
  else lessonStatus = success !== 'unknown' ? success : status.coursework ? 'completed' : 'incomplete';
  const result: Standing = {
    lessonStatus,
    completion: complete ? 'completed' : 'incomplete',
    success,
    progressMeasure: status.progressMeasure,
    finished: status.finished,
  };
  if (final.bestPercent !== undefined) result.scorePercent = final.bestPercent;
  return result;
}

/** Applies the course's completion and mastery rules to a progress record. */
export function standing(progress: Progress, rules: CourseRules, mastery = rules.masteryScore): Standing {
  return lmsStanding(learnerStatus(progress, rules, mastery), rules);
}

/**
 * The pass mark in force: the LMS's when it sets one, except a 100 % that
 * contradicts the course's lower mastery score. Moodle 4.5 defaults every
 * manifest objective without imsss:minNormalizedMeasure to 1.0 and hands the
 * SCO the last one as cmi.scaled_passing_score (mod/scorm/datamodels/
 * scormlib.php scorm_get_manifest, scorm_13lib.php get_scorm_default); our
 * manifests state the course's mastery on every objective, so a 1.0 can only
 * be such a default. It is logged, and the course's own mark is used.
 */
export function masteryInForce(lms: number | undefined, course: number): number {
  if (lms === undefined || !Number.isFinite(lms)) return course;
  if (lms >= 100 && course < 100) {
    console.warn(`LMS pass mark ${lms}% contradicts the manifest's ${course}%: using ${course}% (LMS default?)`);
    return course;
  }
  return lms;
}
