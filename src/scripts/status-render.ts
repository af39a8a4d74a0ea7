import type { LearnerStatus, NextStep } from '../tracking/status.ts';
import {
  activityStateText,
  exercisesLine,
  fill,
  finalLine,
  lessonsLine,
  lessonStateText,
  percentDone,
  type StatusStrings,
} from './status-text.ts';

/**
 * Writes the learner's status into server-rendered markup (the course path in
 * the sidebar and on the home page, the progress panel, the next-step button).
 * The markup contract:
 * - `[data-lesson=id]`: gets `data-state` todo|started|read (and `data-visited`
 *   once opened); its `[data-state-text]` gets the state in words.
 * - `[data-activity=id]` (an exercise or a practice quiz): `data-state` done|todo
 *   (and `data-done`); `[data-state-text]` gets the state and score.
 * - `[data-final]`: `data-state` not-taken|failed|passed; `[data-summary-link]`:
 *   `data-state` ready|locked.
 * - `[data-progress]`: `progress[data-progress-bar]`, `[data-progress-percent]`,
 *   `[data-progress-lessons]`, `[data-progress-exercises]`, `[data-progress-final]`.
 * - `a[data-next-step]`: href and text follow `status.next`; targets are read
 *   from the page's own path items (`data-title` and their first link).
 */

function setText(item: Element, text: string): void {
  const target = item.querySelector('[data-state-text]');
  if (target && target.textContent !== text) target.textContent = text;
}

function renderPathItems(root: ParentNode, status: LearnerStatus, s: StatusStrings): void {
  for (const item of root.querySelectorAll<HTMLElement>('[data-lesson]')) {
    const state = status.lessons.byId[item.dataset['lesson'] ?? ''] ?? 'todo';
    item.dataset['state'] = state;
    item.toggleAttribute('data-visited', state !== 'todo');
    setText(item, lessonStateText(state, s));
  }
  for (const item of root.querySelectorAll<HTMLElement>('[data-activity]')) {
    const id = item.dataset['activity'] ?? '';
    const exercise = status.exercises.byId[id];
    const activity = exercise ?? status.practice[id];
    if (!activity) continue;
    item.dataset['state'] = activity.done ? 'done' : 'todo';
    item.toggleAttribute('data-done', activity.done);
    setText(item, activityStateText(activity, exercise ? 'exercise' : 'quiz', s));
  }
  for (const item of root.querySelectorAll<HTMLElement>('[data-final]')) {
    item.dataset['state'] = status.final.state;
    setText(item, fill(s[`state.final.${status.final.state}`], { percent: Math.round(status.final.bestPercent ?? 0) }));
  }
  for (const item of root.querySelectorAll<HTMLElement>('[data-summary-link]')) {
    const ready = status.finished;
    item.dataset['state'] = ready ? 'ready' : 'locked';
    setText(item, s[ready ? 'state.summary.ready' : 'state.summary.locked'] ?? '');
  }
}

function renderProgress(root: ParentNode, status: LearnerStatus, s: StatusStrings): void {
  const percent = percentDone(status);
  for (const panel of root.querySelectorAll<HTMLElement>('[data-progress]')) {
    const bar = panel.querySelector<HTMLProgressElement>('progress[data-progress-bar]');
    if (bar) bar.value = percent;
    const lines: Array<[string, string]> = [
      ['[data-progress-percent]', fill(s['progress.percent'], { percent })],
      ['[data-progress-lessons]', lessonsLine(status, s)],
      ['[data-progress-exercises]', exercisesLine(status, s)],
      ['[data-progress-final]', finalLine(status.final, s)],
    ];
    for (const [selector, text] of lines) {
      const element = panel.querySelector(selector);
      if (element) element.textContent = text;
    }
  }
}

/** The path item the next step points at, on this page. */
function nextTarget(root: ParentNode, next: NextStep): HTMLElement | null {
  switch (next.kind) {
    case 'start':
    case 'continue':
      return root.querySelector(`[data-lesson="${CSS.escape(next.lesson)}"]`);
    case 'exercise':
      return root.querySelector(`[data-activity="${CSS.escape(next.activity)}"]`);
    case 'final':
    case 'retake':
      return root.querySelector('[data-final]');
    case 'review':
      return root.querySelector('[data-summary-link]');
  }
}

function renderNextStep(root: ParentNode, status: LearnerStatus, s: StatusStrings): void {
  const button = root.querySelector<HTMLAnchorElement>('a[data-next-step]');
  const target = nextTarget(root, status.next);
  const href = target?.querySelector('a')?.getAttribute('href');
  if (!button || !target || !href) return;
  button.setAttribute('href', href);
  button.dataset['kind'] = status.next.kind;
  button.textContent = fill(s[`next.${status.next.kind}`], { title: target.dataset['title'] ?? '' });
}

/** Renders the whole status into `root` (a document or part of one). */
export function renderStatus(root: ParentNode, status: LearnerStatus, s: StatusStrings): void {
  renderPathItems(root, status, s);
  renderProgress(root, status, s);
  renderNextStep(root, status, s);
}

/** The status strings a page carries (`data-status-strings` on <body>). */
export function pageStatusStrings(doc: Document): StatusStrings {
  return JSON.parse(doc.body.dataset['statusStrings'] ?? '{}') as StatusStrings;
}
