import { getLessons } from './content.ts';
import { lessonHref } from './urls.ts';

/** Lesson id -> title and root-absolute link, for islands that link back to lessons. */
export async function lessonLinks(): Promise<Record<string, { title: string; href: string }>> {
  const lessons = await getLessons();
  return Object.fromEntries(lessons.map((l) => [l.data.id, { title: l.data.title, href: lessonHref(l.data.id) }]));
}
