import { readContentFiles } from '../../../src/utils/content-files.ts';

/** The course's lessons in order, read from the content files the site was built from. */
export function lessonsInOrder() {
  const { lessons } = readContentFiles('content');
  return lessons
    .map((file) => file.data as { id: string; title: string; order: number })
    .sort((a, b) => a.order - b.order);
}

/** Every glossary term, by id. */
export function glossaryTerms() {
  return readContentFiles('content').glossary.map((file) => file.data as { id: string; term: string });
}
