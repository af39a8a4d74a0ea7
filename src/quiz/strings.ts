import { getContext, setContext } from 'svelte';
import { translator } from '../i18n/fill.ts';
import type { assessmentPl, practicePl, questionPl } from '../i18n/pl/quiz.ts';

// The quiz islands get their strings from the page as a prop (src/i18n/pl/quiz.ts,
// read at build time), so no dictionary ships in their JavaScript (budget: 30 KB
// gzip a page). The island's root provides them to the components below it.

type QuestionKey = keyof typeof questionPl;
export type PracticeKey = QuestionKey | keyof typeof practicePl;
export type AssessmentKey = QuestionKey | keyof typeof assessmentPl;
export type PracticeStrings = Readonly<Record<PracticeKey, string>>;
export type AssessmentStrings = Readonly<Record<AssessmentKey, string>>;

const KEY = 'quiz-strings';

/** Called once by an island's root component: its strings for every component below it; returns its `t`. */
export function provideStrings<K extends string>(strings: Readonly<Record<K | QuestionKey, string>>) {
  setContext(KEY, strings);
  return translator(strings);
}

/** `t` over the strings the island's root provided (call during component set-up). */
export function useStrings<K extends string = QuestionKey>() {
  return translator(getContext<Readonly<Record<K, string>>>(KEY));
}

/** The strings the island's root provided, e.g. for i18n/pluralizer.ts (call during component set-up). */
export function providedStrings(): Readonly<Record<string, string>> {
  return getContext(KEY);
}
