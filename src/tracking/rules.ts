import { EXERCISES } from '../../exercises/registry.ts';
import type { CourseRules } from './course-rules.ts';
import { getCourse, getLessons, getQuizBanks } from '../utils/content.ts';

/** The course's tracking rules, from the course config and the content (build time). */
export async function courseRules(): Promise<CourseRules> {
  const course = await getCourse();
  const lessons = await getLessons();
  return {
    requiredLessons: course.completion.requireAllLessons
      ? lessons.filter((l) => l.data.required).map((l) => l.data.id)
      : [],
    requiredActivities: course.completion.requireAllExercises ? EXERCISES.map((e) => e.activityId) : [],
    hasAssessment: (await getQuizBanks()).length > 0,
    masteryScore: course.masteryScore,
    outcomes: course.outcomes.map((o) => o.id),
  };
}
