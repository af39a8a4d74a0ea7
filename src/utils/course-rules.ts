import { EXERCISES } from '../../exercises/registry.ts';
import type { CourseRules } from '../tracking/course-rules.ts';
import { getCourse, getLessons, getQuizBanks } from './content.ts';

/** The course's tracking rules, from the course config and the content (build time; written into each page). */
export async function courseRules(): Promise<CourseRules> {
  const course = await getCourse();
  const lessons = await getLessons();
  const banks = await getQuizBanks();
  return {
    requiredLessons: course.completion.requireAllLessons
      ? lessons.filter((l) => l.data.required).map((l) => l.data.id)
      : [],
    requiredActivities: course.completion.requireAllExercises ? EXERCISES.map((e) => e.activityId) : [],
    practiceActivities: banks.map((b) => `quiz-${b.outcome}`),
    hasAssessment: banks.length > 0,
    assessmentAttempts: course.assessment.attempts,
    masteryScore: course.masteryScore,
    outcomes: course.outcomes.map((o) => o.id),
    terminalStatus: course.completion.terminalStatus,
  };
}
