import type { CourseRules } from '../tracking/course-rules.ts';
import { buildCourseRules } from './build-rules.ts';
import { getCourse, getLessons, getQuizBanks } from './content.ts';

/** The course's tracking rules, from the course config and the content (build time; written into each page). */
export async function courseRules(): Promise<CourseRules> {
  const lessons = await getLessons();
  return buildCourseRules(
    await getCourse(),
    lessons.map((l) => l.data),
    await getQuizBanks(),
  );
}
