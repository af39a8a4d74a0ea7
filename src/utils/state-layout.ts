import type { Exercise } from '../../exercises/contract.ts';
import { EXERCISES } from '../../exercises/registry.ts';
import type { QuizBank } from '../schemas/quiz.ts';
import type { StateLayout } from '../tracking/suspend-data.ts';
import { readContentFiles } from './content-files.ts';

// Keys the islands store answers under (src/quiz/*.svelte, exercises/*): the
// build lists them so that suspend data can store answers by position. A key
// missing here is still kept (by name, at a few characters' cost).

/** Questions of a bank that practice pages show (all, for banks without pools). */
const practiceIds = (bank: QuizBank) =>
  bank.questions.filter((q) => (q as { pool?: string }).pool !== 'final').map((q) => q.id);
/** Questions the final assessment draws from. */
const finalIds = (bank: QuizBank) =>
  bank.questions.filter((q) => (q as { pool?: string }).pool !== 'practice').map((q) => q.id);

/** Every structured answer key, in a stable order, and the prefixes of free-text keys. */
export function stateLayout(banks: QuizBank[], exercises: readonly Exercise[] = EXERCISES): StateLayout {
  const keys: string[] = [];
  for (const bank of banks) keys.push(`quiz-${bank.outcome}:checked`, ...practiceIds(bank));
  keys.push('fa:seed', 'fa:submitted', 'fa:drawn');
  for (const bank of banks) keys.push(...finalIds(bank).map((id) => `fa:${id}`));
  for (const exercise of exercises) keys.push(...exercise.stateKeys());
  return {
    keys: [...new Set(keys)],
    // The learner's journal (j.<lesson>.<n>) and each exercise's learner text.
    textPrefixes: ['j.', ...exercises.flatMap((e) => e.textPrefixes)],
  };
}

/** The layout of the course in `contentDir`, read from its files (tools and tests, outside Astro). */
export function layoutFromContent(contentDir = 'content'): StateLayout {
  return stateLayout(readContentFiles(contentDir).quizzes.map((f) => f.data as QuizBank));
}
