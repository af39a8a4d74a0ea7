import type { Progress } from './progress.ts';

/** What the tracking rules need to know about the course (from content/course/course.yaml and the content). */
export interface CourseRules {
  /** Ids of the lessons that count toward completion. */
  requiredLessons: string[];
  /** Ids of the exercises that must be attempted. */
  requiredActivities: string[];
  /** Whether the course has a final assessment (then passing it is part of finishing). */
  hasAssessment: boolean;
  /** Mastery score, percent. */
  masteryScore: number;
  /** Ids of the learning outcomes (SCORM objectives). */
  outcomes: string[];
}

/** Where the learner stands, in the terms every adapter reports. */
export interface Standing {
  completed: boolean;
  /** Passed/failed by the final assessment; unknown until it is taken. */
  success: 'passed' | 'failed' | 'unknown';
  /** Final assessment percent, when taken. */
  scorePercent?: number;
  /** Share of required lessons and activities done, 0..1 (SCORM 2004 progress_measure). */
  progressMeasure: number;
}

/** Applies the course's completion and mastery rules to a progress record. */
export function standing(progress: Progress, rules: CourseRules): Standing {
  const required = rules.requiredLessons.length + rules.requiredActivities.length;
  const lessonsDone = rules.requiredLessons.filter((id) => progress.visited.includes(id)).length;
  const activitiesDone = rules.requiredActivities.filter((id) => (progress.activities[id]?.attempts ?? 0) > 0).length;
  const done = lessonsDone + activitiesDone;
  const result: Standing = {
    completed: done === required,
    success: progress.assessment
      ? progress.assessment.percent >= rules.masteryScore
        ? 'passed'
        : 'failed'
      : 'unknown',
    progressMeasure: required === 0 ? 1 : Math.round((done / required) * 100) / 100,
  };
  if (progress.assessment) result.scorePercent = progress.assessment.percent;
  return result;
}

/** Whether the learner has finished everything the course asks (then exit is "normal", not "suspend"). */
export function isFinished(s: Standing, rules: CourseRules): boolean {
  return s.completed && (!rules.hasAssessment || s.success === 'passed');
}
