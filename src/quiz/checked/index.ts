// What a question shows once checked: loaded on demand (at the first check, or
// when saved checks are restored), not with the quiz page.
export { default as AnswerFeedback } from '../AnswerFeedback.svelte';
export { default as PracticeSummary } from '../PracticeSummary.svelte';
export { default as QuestionMarks } from './QuestionMarks.svelte';
import { grade } from '../grade.ts';
import { toInteraction } from '../interaction.ts';
import type { Checker } from '../practice.svelte.ts';

/** Grading and the LMS record, for PracticeState. */
export const checker: Checker = { grade, toInteraction };
