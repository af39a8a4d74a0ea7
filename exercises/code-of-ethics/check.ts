import { join } from 'node:path';
import type { z } from 'astro/zod';
import { formatPath, type ContentProblem } from '../../src/utils/content-check.ts';
import { topicsOf } from './coverage.ts';
import { DATA_DIR, DATA_FILES, readDataFile } from './data.ts';
import { principlesFileSchema, trainerFileSchema, type PrinciplesFile } from './schema.ts';

function parseFile<S extends z.ZodType>(dir: string, name: string, schema: S, problems: ContentProblem[]) {
  const file = join(dir, name);
  const read = readDataFile(dir, name);
  if (read.error) {
    problems.push({ file, field: '(file)', message: read.error });
    return undefined;
  }
  const result = schema.safeParse(read.data ?? {});
  if (result.success) return result.data as z.output<S>;
  for (const issue of result.error.issues) {
    problems.push({ file, field: formatPath(issue.path) || '(file)', message: issue.message });
  }
  return undefined;
}

function duplicates(ids: string[]): number[] {
  return ids.flatMap((id, index) => (ids.indexOf(id) < index ? [index] : []));
}

const list = (ids: string[]) => (ids.length ? ids.join(', ') : 'none');

/** Checks the keyword model against its own examples and the suggestions against their `covers`. */
function checkPrinciples(data: PrinciplesFile, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const push = (field: string, message: string) => problems.push({ file, field, message });
  const topicIds = data.topics.map((t) => t.id);
  for (const i of duplicates(topicIds)) push(`topics[${i}].id`, `duplicate topic id "${topicIds[i]}"`);
  const suggestionIds = data.suggestions.map((s) => s.id);
  for (const i of duplicates(suggestionIds))
    push(`suggestions[${i}].id`, `duplicate suggestion id "${suggestionIds[i]}"`);

  data.topics.forEach((topic, i) => {
    topic.examples.forEach((example, j) => {
      if (!topicsOf(example, [topic]).length) push(`topics[${i}].examples[${j}]`, `"${example}" is not recognised`);
    });
    topic.notExamples.forEach((example, j) => {
      if (topicsOf(example, [topic]).length) push(`topics[${i}].notExamples[${j}]`, `"${example}" is recognised`);
    });
    if (!data.suggestions.some((s) => s.covers.includes(topic.id)))
      push(`topics[${i}]`, `no suggestion covers topic "${topic.id}"`);
  });

  data.suggestions.forEach((suggestion, i) => {
    suggestion.covers.forEach((id, j) => {
      if (!topicIds.includes(id))
        push(`suggestions[${i}].covers[${j}]`, `unknown topic "${id}" (known: ${list(topicIds)})`);
    });
    const found = topicsOf(suggestion.text, data.topics);
    const declared = [...suggestion.covers].sort();
    if (found.sort().join() !== declared.join())
      push(`suggestions[${i}].covers`, `the keywords find [${list(found)}], covers says [${list(declared)}]`);
  });
  return problems;
}

/** Checks this exercise's data files against their schema; one problem per mistake (file, field, reason). */
export function check(dir = DATA_DIR): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const principles = parseFile(dir, DATA_FILES.principles, principlesFileSchema, problems);
  if (principles) problems.push(...checkPrinciples(principles, join(dir, DATA_FILES.principles)));
  parseFile(dir, DATA_FILES.trainer, trainerFileSchema, problems);
  return problems;
}
