import { EXERCISES } from '../../exercises/registry.ts';
import { courseSchema, type Course } from '../schemas/course.ts';
import type { QuizBank } from '../schemas/quiz.ts';
import type { CourseRules } from '../tracking/course-rules.ts';
import { readContentFiles } from './content-files.ts';
import { stateLayout } from './state-layout.ts';

/** A lesson as the rules need it. */
interface LessonFacts {
  id: string;
  order: number;
  required?: boolean;
}

/** The course's tracking rules from its config, lessons (any order) and question banks. */
export function buildCourseRules(course: Course, lessons: LessonFacts[], banks: QuizBank[]): CourseRules {
  const ordered = [...lessons].sort((a, b) => a.order - b.order);
  return {
    courseId: course.id,
    requiredLessons: course.completion.requireAllLessons
      ? ordered.filter((l) => l.required !== false).map((l) => l.id)
      : [],
    requiredActivities: course.completion.requireAllExercises ? EXERCISES.map((e) => e.activityId) : [],
    practiceActivities: banks.map((b) => `quiz-${b.outcome}`),
    hasAssessment: banks.length > 0,
    assessmentAttempts: course.assessment.attempts,
    masteryScore: course.masteryScore,
    outcomes: course.outcomes.map((o) => o.id),
    terminalStatus: course.completion.terminalStatus,
    layout: stateLayout(banks),
  };
}

/** The rules of the course in `contentDir`, read from its files (tools and tests, outside Astro). */
export function rulesFromFiles(contentDir = 'content'): CourseRules {
  const files = readContentFiles(contentDir);
  const course = courseSchema.parse(files.course.data);
  const order = course.outcomes.map((o) => o.id);
  const banks = files.quizzes
    .map((f) => f.data as QuizBank)
    .sort((a, b) => order.indexOf(a.outcome) - order.indexOf(b.outcome));
  return buildCourseRules(
    course,
    files.lessons.map((l) => l.data as LessonFacts),
    banks,
  );
}
