import type { Notice, Tracker } from '../tracking/tracker.ts';
import { getTracker, inShell } from '../tracking/runtime.ts';

/** Marks visited lessons in the contents (sidebar and home list). */
function markVisited(doc: Document, tracker: Tracker): void {
  for (const item of doc.querySelectorAll<HTMLElement>('[data-lesson]')) {
    const visited = tracker.progress.visited.includes(item.dataset['lesson'] ?? '');
    item.toggleAttribute('data-visited', visited);
    item.querySelector('.visited')?.toggleAttribute('hidden', !visited);
  }
}

/** Marks attempted exercises and quizzes, and writes the overall progress on the home page. */
function markActivities(doc: Document, tracker: Tracker): void {
  for (const item of doc.querySelectorAll<HTMLElement>('[data-activity]')) {
    item.toggleAttribute('data-done', (tracker.progress.activities[item.dataset['activity'] ?? '']?.attempts ?? 0) > 0);
  }
  const summary = doc.getElementById('home-progress');
  if (!summary) return;
  const percent = Math.round(tracker.standing.progressMeasure * 100);
  summary.textContent = (summary.dataset['template'] ?? '').replace('{percent}', String(percent));
  summary.hidden = percent === 0;
}

/** Offers to resume at the bookmarked lesson on the home page. */
function showResume(doc: Document, tracker: Tracker): void {
  const actions = doc.getElementById('home-actions');
  const link = doc.getElementById('resume-link') as HTMLAnchorElement | null;
  const titles = JSON.parse(actions?.dataset['lessonTitles'] ?? '{}') as Record<string, string>;
  const last = tracker.progress.location;
  if (!link || !last || !titles[last]) return;
  link.href = `lekcje/${last}.html`;
  link.textContent = titles[last];
  doc.getElementById('resume')?.removeAttribute('hidden');
}

/** Tells the learner what they must know about their saved progress. */
function showNotices(doc: Document, tracker: Tracker): void {
  const box = doc.getElementById('progress-notice');
  if (!box || inShell()) return; // the shell shows its own notices
  const strings = JSON.parse(box.dataset['strings'] ?? '{}') as Partial<Record<Notice, string>>;
  const text = [...tracker.notices]
    .map((n) => strings[n])
    .filter(Boolean)
    .join(' ');
  box.textContent = text;
  box.toggleAttribute('hidden', !text);
}

/** The public site's "forget my progress" control (not inside an LMS). */
function wireForget(doc: Document, tracker: Tracker): void {
  const button = doc.getElementById('forget-progress') as HTMLButtonElement | null;
  if (!button || tracker.adapter.kind !== 'local' || inShell()) return;
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

/** What every page does with tracking: record the lesson visit, show progress and notices. */
export function startPageTracking(doc: Document): void {
  const tracker = getTracker();
  const lessonId = doc.querySelector<HTMLElement>('main[data-lesson-id]')?.dataset['lessonId'];
  const render = () => {
    markVisited(doc, tracker);
    markActivities(doc, tracker);
    showNotices(doc, tracker);
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
  showResume(doc, tracker);
  wireForget(doc, tracker);
  render();
}
