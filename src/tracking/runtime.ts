import type { CourseRules } from './course-rules.ts';
import { browserStorage, LocalAdapter } from './local-adapter.ts';
import { Tracker } from './tracker.ts';

/** The property under which the launch shell exposes its tracker to the pages in its frame. */
export const SHELL_TRACKER = '__lseTracker';

let tracker: Tracker | undefined;

/** The shell's tracker when this page runs inside the course shell (same origin), else undefined. */
function shellTracker(): Tracker | undefined {
  try {
    if (window.parent === window) return undefined;
    return (window.parent as unknown as Record<string, Tracker | undefined>)[SHELL_TRACKER];
  } catch {
    return undefined; // a parent on another origin (an LMS page): not our shell
  }
}

/** The rules the build wrote into the page (`data-course-rules` on <body>). */
export function pageRules(doc: Document = document): CourseRules {
  return JSON.parse(doc.body.dataset['courseRules'] ?? '{}') as CourseRules;
}

/**
 * The one tracker of this page: the launch shell's (one LMS session for the
 * whole launch) or, for a page opened on its own, one on browser storage.
 */
export function getTracker(): Tracker {
  if (tracker) return tracker;
  const fromShell = shellTracker();
  if (fromShell) return (tracker = fromShell);
  const storage = browserStorage();
  const local = new Tracker(new LocalAdapter(storage), pageRules());
  local.start();
  addEventListener('pagehide', () => local.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') local.flush();
  });
  return (tracker = local);
}

/** Whether this page is inside the launch shell. */
export function inShell(): boolean {
  return shellTracker() !== undefined;
}
