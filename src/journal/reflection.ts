// The "Zatrzymaj się" fields of a lesson page: each answer goes to the
// learner's journal through the one tracking interface, a moment after the
// learner stops typing, and at once when the field loses focus or the page
// is hidden. The integrator routes `j.` keys to their own storage channel.
import type { Tracker } from '../tracking/tracker.ts';
import { pageTracker } from '../scripts/shell-frame.ts';
import { journalKey } from './prompts.ts';

/** How long typing must pause before the answer is saved. */
export const SAVE_DELAY_MS = 700;

/** What is stored for a field's text: nothing (the answer removed) when it is only spaces. */
export function storedText(value: string): string {
  return value.trim() === '' ? '' : value;
}

function enhance(box: HTMLElement, lessonId: string, tracker: Tracker): void {
  const field = box.querySelector<HTMLTextAreaElement>('textarea[data-journal-answer]');
  const status = box.querySelector<HTMLElement>('.reflection-status');
  if (!field) return;
  const key = journalKey(lessonId, box.dataset['reflection'] ?? '');
  let timer: ReturnType<typeof setTimeout> | undefined;

  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    const text = storedText(field.value);
    if ((tracker.progress.answers[key] ?? '') === text) return;
    tracker.setAnswer(key, text);
    // Said once per visit to the field, not after every pause in typing.
    if (status && !status.textContent) status.textContent = status.dataset['saved'] ?? '';
  };

  const saved = tracker.progress.answers[key] ?? '';
  // Text typed before this script ran wins over the saved answer.
  if (field.value === '') field.value = saved;
  else save();

  field.addEventListener('focus', () => {
    if (status) status.textContent = '';
  });
  field.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  });
  field.addEventListener('blur', save);
  addEventListener('pagehide', save);
}

/** Wires every reflection box of a lesson page to the learner's journal (the tracker loads on demand). */
export async function enhanceReflections(doc: Document): Promise<void> {
  const lessonId = doc.querySelector<HTMLElement>('main[data-lesson-id]')?.dataset['lessonId'];
  const boxes = doc.querySelectorAll<HTMLElement>('[data-reflection]');
  if (!lessonId || boxes.length === 0) return;
  const tracker = await pageTracker(window);
  for (const box of boxes) enhance(box, lessonId, tracker);
}
