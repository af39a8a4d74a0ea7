import { EXERCISES, exerciseHrefs } from '../../exercises/registry.ts';
import { t } from '../i18n/index.ts';
import { getLessons, getQuizBanks } from './content.ts';
import { assessmentHref, lessonHref, quizHref, summaryHref } from './urls.ts';

/** One lesson on the course path. */
export interface PathLesson {
  id: string;
  title: string;
  order: number;
  summary: string;
  minutes: number;
  href: string;
}

/** An exercise or a practice quiz on the course path, by its tracking activity id. */
export interface PathActivity {
  activityId: string;
  title: string;
  href: string;
  summary?: string;
}

/** The whole course as a learner walks it: lessons, exercises, practice quizzes, final test, summary. */
export interface CoursePathData {
  lessons: PathLesson[];
  exercises: PathActivity[];
  quizzes: PathActivity[];
  final: { title: string; href: string } | undefined;
  summary: { title: string; href: string };
}

/** The course path from the content (build time); never assumes how many lessons there are. */
export async function coursePath(): Promise<CoursePathData> {
  const lessons = (await getLessons()).map(({ data }) => ({
    id: data.id,
    title: data.title,
    order: data.order,
    summary: data.summary,
    minutes: data.minutes,
    href: lessonHref(data.id),
  }));
  const banks = await getQuizBanks();
  return {
    lessons,
    exercises: EXERCISES.map((e) => ({
      activityId: e.activityId,
      title: e.title,
      href: exerciseHrefs(e.slug).page,
      summary: e.summary,
    })),
    quizzes: banks.map((b) => ({ activityId: `quiz-${b.outcome}`, title: b.title, href: quizHref(b.outcome) })),
    final: banks.length > 0 ? { title: t('assessment.title'), href: assessmentHref } : undefined,
    summary: { title: t('path.summary'), href: summaryHref },
  };
}
