import { contentDir } from '../../src/utils/content-dir.ts';
import { parseWith, type ContentProblem } from '../../src/utils/content-check.ts';
import { readContentFiles } from '../../src/utils/content-files.ts';
import { headingIds } from '../../src/utils/headings.ts';
import { DATA_DIR, readRolesFiles } from './data.ts';
import { statementsFileSchema, trainerFileSchema } from './schema.ts';

/** Lesson id -> its heading ids, from the course content (undefined when the content cannot be read). */
function lessonHeadings(content: string): Map<string, Set<string>> | undefined {
  try {
    const { lessons } = readContentFiles(content);
    return new Map(lessons.map((f) => [(f.data as { id?: string } | null)?.id ?? '', headingIds(f.body ?? '')]));
  } catch {
    return undefined; // the course's own content check reports unreadable lessons
  }
}

/**
 * Checks this exercise's data files against their schema; one problem per
 * mistake (file, field, reason): unique statement ids, known lessons and
 * headings, both files readable.
 */
export function check(dir = DATA_DIR, content = contentDir): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const files = readRolesFiles(dir);
  const data = parseWith(statementsFileSchema, files.statements, problems);
  parseWith(trainerFileSchema, files.trainer, problems);
  if (!data) return problems;

  const add = (field: string, message: string) => problems.push({ file: files.statements.path, field, message });
  const headings = lessonHeadings(content);
  const seen = new Map<string, number>();
  data.statements.forEach((s, i) => {
    const at = `statements[${i}]`;
    const first = seen.get(s.id);
    if (first !== undefined) add(`${at}.id`, `duplicate statement id "${s.id}" (first: statements[${first}])`);
    else seen.set(s.id, i);
    if (!headings) return;
    const lesson = headings.get(s.lesson);
    if (!lesson) add(`${at}.lesson`, `unknown lesson "${s.lesson}"`);
    else if (s.anchor && !lesson.has(s.anchor)) add(`${at}.anchor`, `no heading "${s.anchor}" in lesson "${s.lesson}"`);
  });
  return problems;
}
