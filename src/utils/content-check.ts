import type { z } from 'astro/zod';
import { courseSchema } from '../schemas/course.ts';
import { glossaryTermSchema } from '../schemas/glossary-term.ts';
import { lessonSchema } from '../schemas/lesson.ts';
import { POOL_MINIMUM, POOLS, quizBankSchema } from '../schemas/quiz.ts';
import { reflectionProblems } from '../journal/prompts.ts';
import { stableId } from '../schemas/ids.ts';
import { explicitHeadingIds, headingIds } from './headings.ts';

/** A content file as read from disk: its path, parsed data and (for MDX) its body. */
export interface ContentFile {
  path: string;
  data: unknown;
  body?: string;
  /** Set when the file is missing or not valid YAML (reported instead of its fields). */
  error?: string;
}

/** What the checker needs: every content file, by kind. */
export interface ContentFiles {
  course: ContentFile;
  lessons: ContentFile[];
  glossary: ContentFile[];
  quizzes: ContentFile[];
}

/** One problem, phrased for the author: which file, which field, what is wrong. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** Formats a Zod issue path the way an author reads it: `outcomes[1].id`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/** Parses a file's data with its schema; every issue (or the file's read error) becomes a problem. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  file: ContentFile,
  problems: ContentProblem[],
): z.output<S> | undefined {
  if (file.error) {
    problems.push({ file: file.path, field: '(file)', message: file.error });
    return undefined;
  }
  const result = schema.safeParse(file.data ?? {});
  if (result.success) return result.data as z.output<S>;
  for (const issue of result.error.issues) {
    problems.push({ file: file.path, field: formatPath(issue.path) || '(file)', message: issue.message });
  }
  return undefined;
}

function findDuplicates<T>(items: T[], key: (item: T) => string | number) {
  const seen = new Map<string | number, T>();
  const duplicates: Array<{ item: T; first: T }> = [];
  for (const item of items) {
    const first = seen.get(key(item));
    if (first) duplicates.push({ item, first });
    else seen.set(key(item), item);
  }
  return duplicates;
}

function rawIds(files: ContentFile[]): Set<string> {
  const ids = files.map((f) => (f.data as { id?: unknown } | null)?.id);
  return new Set(ids.filter((id): id is string => typeof id === 'string'));
}

/** Names of the components an MDX body uses (capitalised tags). */
export function usedComponents(body: string): Set<string> {
  return new Set([...body.matchAll(/<([A-Z][A-Za-z0-9]*)[\s/>]/g)].map((m) => m[1] ?? ''));
}

/** Term ids marked in an MDX body with `<Term id="...">`. */
export function markedTermIds(body: string): string[] {
  return [...body.matchAll(/<Term\s+[^>]*\bid=["']([^"']+)["']/g)].map((m) => m[1] ?? '');
}

/**
 * Checks every content file against its schema and the cross references
 * between them (lesson -> outcome, term -> lesson, lesson -> term, see-also),
 * and that tracked ids are unique. Returns every problem found, not just the first.
 */
export function checkContent(files: ContentFiles, components?: Set<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const course = parseWith(courseSchema, files.course, problems);
  const lessons = files.lessons.flatMap((file) => {
    const data = parseWith(lessonSchema, file, problems);
    return data ? [{ file, data }] : [];
  });
  const terms = files.glossary.flatMap((file) => {
    const data = parseWith(glossaryTermSchema, file, problems);
    return data ? [{ file, data }] : [];
  });

  const outcomeIds = new Set(course?.outcomes.map((o) => o.id) ?? []);
  // Ids count even from files that fail their schema, so one mistake does
  // not cascade into "unknown id" reports everywhere else.
  const lessonIds = rawIds(files.lessons);
  const termIds = rawIds(files.glossary);
  const add = (file: ContentFile, field: string, message: string) => problems.push({ file: file.path, field, message });

  for (const { item, first } of findDuplicates(course?.outcomes ?? [], (o) => o.id)) {
    add(files.course, 'outcomes', `duplicate outcome id "${item.id}" (first: "${first.title}")`);
  }
  for (const { item, first } of findDuplicates(lessons, (l) => l.data.id)) {
    add(item.file, 'id', `duplicate lesson id "${item.data.id}" (also in ${first.file.path})`);
  }
  for (const { item, first } of findDuplicates(lessons, (l) => l.data.order)) {
    add(item.file, 'order', `duplicate order ${item.data.order} (also in ${first.file.path})`);
  }
  for (const { item, first } of findDuplicates(terms, (t) => t.data.id)) {
    add(item.file, 'id', `duplicate term id "${item.data.id}" (also in ${first.file.path})`);
  }
  if (course) {
    for (const { file, data } of lessons) {
      data.outcomes.forEach((id, i) => {
        if (!outcomeIds.has(id)) {
          add(file, `outcomes[${i}]`, `unknown learning outcome "${id}" (known: ${[...outcomeIds].join(', ')})`);
        }
      });
    }
  }
  for (const file of files.lessons) {
    for (const name of usedComponents(file.body ?? '')) {
      if (components && !components.has(name)) {
        add(file, `<${name}>`, `no such component (available: ${[...components].sort().join(', ')})`);
      }
    }
    for (const id of markedTermIds(file.body ?? '')) {
      if (!termIds.has(id)) add(file, `<Term id="${id}">`, `no glossary term "${id}" in content/glossary`);
    }
    checkLessonBody(file, add);
  }
  const markedIn = new Map<string, Set<string>>();
  for (const file of files.lessons) {
    const lessonId = (file.data as { id?: string } | null)?.id ?? '';
    for (const id of markedTermIds(file.body ?? '')) markedIn.set(id, (markedIn.get(id) ?? new Set()).add(lessonId));
  }
  for (const { file, data } of terms) {
    const marked = markedIn.get(data.id) ?? new Set<string>();
    if (marked.size === 0) add(file, 'id', `no lesson marks this term (<Term id="${data.id}">)`);
    for (const lessonId of marked) {
      if (!data.lessons.includes(lessonId))
        add(file, 'lessons', `lesson "${lessonId}" marks the term but is not listed`);
    }
    data.lessons.forEach((id, i) => {
      if (lessonIds.has(id) && !marked.has(id)) add(file, `lessons[${i}]`, `lesson "${id}" does not mark the term`);
    });
    const fileName = file.path
      .split('/')
      .pop()
      ?.replace(/\.ya?ml$/, '');
    if (fileName !== data.id) add(file, 'id', `id "${data.id}" must match the file name "${fileName}"`);
    data.lessons.forEach((id, i) => {
      if (!lessonIds.has(id)) add(file, `lessons[${i}]`, `unknown lesson "${id}"`);
    });
    data.seeAlso.forEach((id, i) => {
      if (!termIds.has(id)) add(file, `seeAlso[${i}]`, `unknown glossary term "${id}"`);
    });
  }
  checkQuizzes(files, outcomeIds, lessonIds, problems, course?.assessment.questionsPerOutcome);
  return problems;
}

/** What a lesson's body must get right beyond its schema: study time, prompts, heading ids. */
function checkLessonBody(file: ContentFile, add: (file: ContentFile, field: string, message: string) => void) {
  const body = file.body ?? '';
  if (file.data && typeof file.data === 'object' && 'minutes' in file.data) {
    add(file, 'minutes', 'the study time is computed from the text and its activities: remove this field');
  }
  for (const [field, message] of reflectionProblems(body)) add(file, field, message);
  const seen = new Set<string>();
  for (const id of explicitHeadingIds(body)) {
    if (!stableId.safeParse(id).success)
      add(file, `<h id="${id}">`, 'use lower-case ASCII letters, digits and hyphens');
    if (seen.has(id)) add(file, `<h id="${id}">`, 'duplicate heading id in this lesson');
    seen.add(id);
  }
}

function checkQuizzes(
  files: ContentFiles,
  outcomeIds: Set<string>,
  lessonIds: Set<string>,
  problems: ContentProblem[],
  perOutcome = 0,
) {
  const headings = new Map(
    files.lessons.map((f) => [(f.data as { id?: string } | null)?.id ?? '', headingIds(f.body ?? '')]),
  );
  const seen = new Map<string, string>();
  for (const file of files.quizzes) {
    const bank = parseWith(quizBankSchema, file, problems);
    if (!bank) continue;
    const add = (field: string, message: string) => problems.push({ file: file.path, field, message });
    if (outcomeIds.size > 0 && !outcomeIds.has(bank.outcome))
      add('outcome', `unknown learning outcome "${bank.outcome}"`);
    bank.questions.forEach((q, i) => {
      const at = `questions[${i}]`;
      const first = seen.get(q.id);
      if (first) add(`${at}.id`, `duplicate question id "${q.id}" (also in ${first})`);
      seen.set(q.id, file.path);
      if (!lessonIds.has(q.lesson)) add(`${at}.lesson`, `unknown lesson "${q.lesson}"`);
      else if (q.anchor && !headings.get(q.lesson)?.has(q.anchor)) {
        add(`${at}.anchor`, `no heading "${q.anchor}" in lesson "${q.lesson}"`);
      }
      if (q.type === 'single' && q.options.filter((o) => o.correct).length !== 1) {
        add(`${at}.options`, 'a single-choice question needs exactly one correct option');
      }
      if (q.type === 'multiple') {
        // One correct option is allowed: "select all that apply" must not promise at least two.
        const correct = q.options.filter((o) => o.correct).length;
        if (correct < 1 || correct === q.options.length)
          add(`${at}.options`, 'a multiple-choice question needs at least one correct and one incorrect option');
      }
      const ids = q.type === 'single' || q.type === 'multiple' ? q.options.map((o) => o.id) : [];
      if (new Set(ids).size !== ids.length) add(`${at}.options`, 'option ids must be unique');
    });
    checkPools(bank.questions, perOutcome, add);
  }
}

/** Each pool holds enough items: the practice page shows one, the final test draws from the other. */
function checkPools(
  questions: ReadonlyArray<{ pool: string }>,
  perOutcome: number,
  add: (field: string, message: string) => void,
) {
  for (const pool of POOLS) {
    const count = questions.filter((q) => q.pool === pool).length;
    const least = Math.max(POOL_MINIMUM[pool], pool === 'final' ? perOutcome : 0);
    if (count < least) add('questions', `${count} ${pool} items, at least ${least} needed (pool: ${pool})`);
  }
}

/** One line per problem: `file: field: message`. */
export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}
