import type { CourseRules } from './course-rules.ts';
import type { Progress } from './progress.ts';

/**
 * The one status and progress model: what the learner sees (progress bar,
 * ticks, the home page's next step, the summary page) and what the LMS is
 * told (SCORM status, progress_measure) both come from `learnerStatus`, so
 * they can never disagree. Pure: no storage, no DOM, no SCORM.
 */

/** A lesson: not opened, opened but its end not reached, or read to the end. */
export type LessonState = 'todo' | 'started' | 'read';

/** An exercise or practice quiz, with its last score once attempted. */
export interface ActivityState {
  done: boolean;
  score?: number;
  max?: number;
}

/** The final assessment as the learner stands with it. */
export interface FinalState {
  state: 'not-taken' | 'failed' | 'passed';
  /** Best percentage, once taken. */
  bestPercent?: number;
  attempts: number;
  /** Attempts still allowed; null when unlimited. */
  attemptsLeft: number | null;
  /** Passed, or failed with no attempt left: nothing more to do for credit. */
  resolved: boolean;
}

/** What the learner should do next (the home page's main button). */
export type NextStep =
  | { kind: 'start'; lesson: string }
  | { kind: 'continue'; lesson: string }
  | { kind: 'exercise'; activity: string }
  | { kind: 'final' }
  | { kind: 'retake' }
  | { kind: 'review' };

export interface LearnerStatus {
  lessons: { read: number; started: number; total: number; byId: Record<string, LessonState> };
  exercises: { done: number; total: number; byId: Record<string, ActivityState> };
  practice: Record<string, ActivityState>;
  final: FinalState;
  /** Every required lesson read and every required exercise attempted. */
  coursework: boolean;
  /** Nothing left to do for credit: coursework done and (with an assessment) the final resolved. */
  finished: boolean;
  /** Required steps done / all required steps (SCORM 2004 progress_measure), 0..1. */
  progressMeasure: number;
  next: NextStep;
}

function lessonState(progress: Progress, id: string): LessonState {
  if (progress.read.includes(id)) return 'read';
  return progress.visited.includes(id) ? 'started' : 'todo';
}

function activityState(progress: Progress, id: string): ActivityState {
  const result = progress.activities[id];
  return result && result.attempts > 0 ? { done: true, score: result.score, max: result.max } : { done: false };
}

function finalState(progress: Progress, rules: CourseRules, mastery: number): FinalState {
  const taken = progress.assessment;
  const limit = rules.assessmentAttempts;
  const attempts = taken?.attempts ?? 0;
  const attemptsLeft = limit > 0 ? Math.max(0, limit - attempts) : null;
  if (!taken) return { state: 'not-taken', attempts, attemptsLeft, resolved: !rules.hasAssessment };
  const passed = taken.percent >= mastery;
  return {
    state: passed ? 'passed' : 'failed',
    bestPercent: taken.percent,
    attempts,
    attemptsLeft,
    resolved: passed || attemptsLeft === 0,
  };
}

function nextStep(status: Omit<LearnerStatus, 'next'>, progress: Progress, rules: CourseRules): NextStep {
  const lessons = rules.requiredLessons;
  const unread = lessons.filter((id) => status.lessons.byId[id] !== 'read');
  if (unread.length > 0) {
    if (status.lessons.started === 0 && status.lessons.read === 0) return { kind: 'start', lesson: lessons[0]! };
    const bookmark = progress.location;
    const lesson = bookmark && unread.includes(bookmark) ? bookmark : unread[0]!;
    return { kind: 'continue', lesson };
  }
  const exercise = rules.requiredActivities.find((id) => !status.exercises.byId[id]?.done);
  if (exercise) return { kind: 'exercise', activity: exercise };
  if (rules.hasAssessment && !status.final.resolved)
    return status.final.state === 'not-taken' ? { kind: 'final' } : { kind: 'retake' };
  return { kind: 'review' };
}

/** Where the learner stands, by the course's rules; `mastery` is the pass mark in percent in force. */
export function learnerStatus(progress: Progress, rules: CourseRules, mastery = rules.masteryScore): LearnerStatus {
  const lessonsById = Object.fromEntries(rules.requiredLessons.map((id) => [id, lessonState(progress, id)]));
  const states = Object.values(lessonsById);
  const exercisesById = Object.fromEntries(rules.requiredActivities.map((id) => [id, activityState(progress, id)]));
  const exercisesDone = Object.values(exercisesById).filter((a) => a.done).length;
  const read = states.filter((s) => s === 'read').length;
  const final = finalState(progress, rules, mastery);
  const coursework = read === rules.requiredLessons.length && exercisesDone === rules.requiredActivities.length;
  // With the 'hold' strategy the final counts as a step (done once resolved), so that progress 1 means finished.
  const finalIsStep = rules.hasAssessment && rules.terminalStatus === 'hold';
  const total = rules.requiredLessons.length + rules.requiredActivities.length + (finalIsStep ? 1 : 0);
  const done = read + exercisesDone + (finalIsStep && final.resolved ? 1 : 0);
  const status: Omit<LearnerStatus, 'next'> = {
    lessons: { read, started: states.filter((s) => s === 'started').length, total: states.length, byId: lessonsById },
    exercises: { done: exercisesDone, total: rules.requiredActivities.length, byId: exercisesById },
    practice: Object.fromEntries(rules.practiceActivities.map((id) => [id, activityState(progress, id)])),
    final,
    coursework,
    finished: coursework && final.resolved,
    progressMeasure: total === 0 ? 1 : Math.floor((done / total) * 100) / 100,
  };
  return { ...status, next: nextStep(status, progress, rules) };
}
