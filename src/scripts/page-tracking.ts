import type { Notice, Tracker } from '../tracking/tracker.ts';
import { wireCoursePath } from './course-path.ts';
import { pageTracker, shellTrackerOf } from './shell-frame.ts';
import { pageStatusStrings, renderStatus } from './status-render.ts';

/** Tells the learner what they must know about their saved progress. */
function showNotices(doc: Document, tracker: Tracker, inShell: boolean): void {
  const box = doc.getElementById('progress-notice');
  if (!box || inShell) return; // the shell shows its own notices
  const strings = JSON.parse(box.dataset['strings'] ?? '{}') as Partial<Record<Notice, string>>;
  const text = [...tracker.notices]
    .map((n) => strings[n])
    .filter(Boolean)
    .join(' ');
  box.textContent = text;
  box.toggleAttribute('hidden', !text);
}

/** The public site's "forget my progress" control (not inside an LMS). */
function wireForget(doc: Document, tracker: Tracker, inShell: boolean): void {
  const button = doc.getElementById('forget-progress') as HTMLButtonElement | null;
  if (!button || tracker.adapter.kind !== 'local' || inShell) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    if (!window.confirm(button.dataset['confirm'] ?? '')) return;
    tracker.clear();
    const done = doc.getElementById('forget-done');
    if (done) done.textContent = button.dataset['done'] ?? '';
  });
}

/** Counts the lesson as read once its end (after the key takeaways) has been on screen. */
function watchLessonEnd(doc: Document, tracker: Tracker, lessonId: string): void {
  const end = doc.querySelector('[data-lesson-end]');
  if (!end || tracker.progress.read.includes(lessonId)) return;
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    observer.disconnect();
    tracker.readLesson(lessonId);
  });
  observer.observe(end);
}

/**
 * What every page does with tracking: record the lesson visit and its reading
 * to the end, show the learner's status (course path, progress, next step)
 * and notices. Inside the launch shell the shell's tracker is used; a page on
 * its own loads the browser-storage tracker on demand.
 */
export async function startPageTracking(doc: Document): Promise<void> {
  const inShell = shellTrackerOf(window) !== undefined;
  wireCoursePath(doc, inShell);
  const tracker = await pageTracker(window);
  const strings = pageStatusStrings(doc);
  const lessonId = doc.querySelector<HTMLElement>('main[data-lesson-id]')?.dataset['lessonId'];
  const render = () => {
    renderStatus(doc, tracker.status, strings);
    showNotices(doc, tracker, inShell);
  };
  // The shell's tracker outlives this page: listen only while the page is shown.
  let unsubscribe: (() => void) | undefined = tracker.subscribe(render);
  if (lessonId) {
    tracker.visitLesson(lessonId);
    watchLessonEnd(doc, tracker, lessonId);
  }
  // Back/forward cache: the page comes back without running its scripts again.
  addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    unsubscribe ??= tracker.subscribe(render);
    if (lessonId) tracker.visitLesson(lessonId);
    render();
  });
  addEventListener('pagehide', () => {
    unsubscribe?.();
    unsubscribe = undefined;
  });
  wireForget(doc, tracker, inShell);
  render();
}
