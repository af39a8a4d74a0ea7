import { pluralForm } from '../i18n/plural.ts';
import type { ActivityState, FinalState, LearnerStatus, LessonState } from '../tracking/status.ts';

/**
 * The words the learner reads about their status: progress lines, the state
 * of each lesson and activity, the next step. Pure (no DOM), shared by the
 * pages (status-render.ts) and the launch shell's bar (shell-progress.ts), so
 * the same status always reads the same. Every number comes from
 * `LearnerStatus`; nothing is counted here.
 */

/** The UI strings these texts use, as a page hands them over (see src/utils/status-strings.ts). */
export type StatusStrings = Record<string, string>;

/** Dictionary key prefixes the client needs; the build serialises exactly these. */
export const STATUS_KEY_PREFIXES = [
  'state.',
  'progress.percent',
  'progress.lessons',
  'progress.started.',
  'progress.exercises',
  'progress.final.',
  'progress.attemptsLeft.',
  'progress.noAttemptsLeft',
  'shellbar.lessons',
  'shellbar.exercises',
  'shellbar.final.',
  'next.',
] as const;

/** Fills `{name}` placeholders. */
export function fill(template: string | undefined, values: Record<string, string | number>): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

/** `<key>.one|few|many|other` picked by Polish plural rules, with `{count}` filled. */
export function plural(s: StatusStrings, key: string, count: number): string {
  const form = pluralForm(count, {
    one: `${key}.one`,
    few: `${key}.few`,
    many: `${key}.many`,
    other: `${key}.other`,
  });
  return fill(s[form] ?? s[`${key}.other`], { count });
}

/** Whole percent of the course done, from the one progress measure the LMS also gets. */
export const percentDone = (status: LearnerStatus): number => Math.round(status.progressMeasure * 100);

/** "Lekcje przeczytane do końca: 5 z 14 (2 rozpoczęte)". */
export function lessonsLine(status: LearnerStatus, s: StatusStrings): string {
  const { read, started, total } = status.lessons;
  const line = fill(s['progress.lessons'], { read, total });
  return started > 0 ? `${line} (${plural(s, 'progress.started', started)})` : line;
}

/** "Ćwiczenia wykonane: 1 z 3". */
export function exercisesLine(status: LearnerStatus, s: StatusStrings): string {
  return fill(s['progress.exercises'], { done: status.exercises.done, total: status.exercises.total });
}

/** "Test końcowy: niezaliczony, najlepszy wynik 60%, zostały 2 próby". */
export function finalLine(final: FinalState, s: StatusStrings): string {
  const percent = Math.round(final.bestPercent ?? 0);
  const line = fill(s[`progress.final.${final.state}`], { percent });
  if (final.state !== 'failed' || final.attemptsLeft === null) return line;
  const left =
    final.attemptsLeft === 0 ? s['progress.noAttemptsLeft'] : plural(s, 'progress.attemptsLeft', final.attemptsLeft);
  return `${line}, ${left}`;
}

/** The short form for the launch shell's bar: "Lekcje: 5 z 14 · Ćwiczenia: 1 z 3 · Test: jeszcze nie". */
export function shellLines(status: LearnerStatus, s: StatusStrings): string[] {
  const percent = Math.round(status.final.bestPercent ?? 0);
  return [
    fill(s['shellbar.lessons'], { read: status.lessons.read, total: status.lessons.total }),
    fill(s['shellbar.exercises'], { done: status.exercises.done, total: status.exercises.total }),
    fill(s[`shellbar.final.${status.final.state}`], { percent }),
  ];
}

export function lessonStateText(state: LessonState, s: StatusStrings): string {
  return s[`state.lesson.${state}`] ?? '';
}

/** An exercise's or practice quiz's state: done with its score, or not yet. */
export function activityStateText(activity: ActivityState, kind: 'exercise' | 'quiz', s: StatusStrings): string {
  if (!activity.done) return s[`state.${kind}.todo`] ?? '';
  const score = activity.score ?? 0;
  const max = activity.max ?? 0;
  const percent = max > 0 ? Math.round((score / max) * 100) : 0;
  return fill(s[`state.${kind}.done`], { percent, score, max });
}
