import { render } from 'astro:content';
import { getLessons } from './content.ts';

/**
 * `lesson#anchor` -> the heading text of each lesson section the given
 * questions point to, so the quizzes can name the section they link to
 * (anchors are checked against the headings at build: content-check).
 */
export async function sectionTitles(
  questions: ReadonlyArray<{ lesson: string; anchor?: string | undefined }>,
): Promise<Record<string, string>> {
  const wanted = new Set(questions.filter((q) => q.anchor).map((q) => `${q.lesson}#${q.anchor}`));
  const titles: Record<string, string> = {};
  for (const entry of await getLessons()) {
    if (![...wanted].some((key) => key.startsWith(`${entry.data.id}#`))) continue;
    const { headings } = await render(entry);
    for (const heading of headings) {
      const key = `${entry.data.id}#${heading.slug}`;
      if (wanted.has(key)) titles[key] = heading.text;
    }
  }
  return titles;
}
