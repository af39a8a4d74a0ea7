import type { LearnerStatus } from '../tracking/status.ts';
import { pageStatusStrings } from './status-render.ts';
import { fill, percentDone, shellLines } from './status-text.ts';

/**
 * The launch shell's progress (kurs.html), from the same status the LMS is
 * told about, one measure per label: "40% kursu ukończone" next to the bar,
 * then "Lekcje: 5 z 14 · Ćwiczenia: 1 z 3 · Test: jeszcze nie".
 * Markup it expects in `doc`: <body data-status-strings> (src/utils/status-strings.ts),
 * <progress id="shell-progress" max="100">, #shell-progress-text, #shell-progress-detail.
 * Missing elements are skipped. Called by scorm/runtime/shell.ts on every tracker change.
 */
export function renderShellProgress(doc: Document, status: LearnerStatus): void {
  const strings = pageStatusStrings(doc);
  const percent = percentDone(status);
  const bar = doc.getElementById('shell-progress') as HTMLProgressElement | null;
  if (bar) bar.value = percent;
  const text = doc.getElementById('shell-progress-text');
  if (text) text.textContent = fill(strings['progress.percent'], { percent });
  const detail = doc.getElementById('shell-progress-detail');
  if (detail) detail.textContent = shellLines(status, strings).join(' · ');
}
