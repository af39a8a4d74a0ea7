import type { TrackingAdapter } from '../../src/tracking/adapter.ts';
import { browserStorage, LocalAdapter } from '../../src/tracking/local-adapter.ts';
import { pageRules, SHELL_TRACKER } from '../../src/tracking/runtime.ts';
import { Tracker, type Notice } from '../../src/tracking/tracker.ts';
import { renderShellProgress } from '../../src/scripts/shell-progress.ts';
import { findLmsApi } from './api-discovery.ts';
import { Scorm12Adapter } from './scorm12-adapter.ts';
import { Scorm2004Adapter } from './scorm2004-adapter.ts';

/** The adapter for where this launch runs: the LMS's SCORM 2004 or 1.2 API, else browser storage. */
function chooseAdapter(): TrackingAdapter {
  const lms = findLmsApi(window);
  if (lms?.version === '2004') return new Scorm2004Adapter(lms.api);
  if (lms?.version === '1.2') return new Scorm12Adapter(lms.api);
  return new LocalAdapter(browserStorage());
}

/** Starts the tracker, falling back to browser storage when the LMS refuses to initialise. */
function startTracker(): Tracker {
  const storage = browserStorage();
  // A refused commit is retried twice, 2 s apart, before the learner is warned (then every 4 s).
  const options = { retries: 2, retryDelayMs: 2000, ...(storage ? { deviceStorage: storage } : {}) };
  const tracker = new Tracker(chooseAdapter(), pageRules(), options);
  try {
    tracker.start();
    return tracker;
  } catch (error) {
    console.warn('LMS session could not start; keeping progress in this browser', error);
    const local = new Tracker(new LocalAdapter(storage), pageRules(), options);
    local.start();
    return local;
  }
}

/**
 * A deep link the shell may open: a page of this package, by a relative path
 * (no scheme, no leading or double slash, no `..`): never another host.
 */
export function isPackagePage(path: string): boolean {
  return /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*\.html$/.test(path);
}

/** The page the frame opens: a deep link in the shell's hash, else the bookmark, else the home page. */
function initialPage(tracker: Tracker): string {
  let hash = '';
  try {
    hash = decodeURIComponent(location.hash.slice(1));
  } catch {
    // A malformed escape in the hash: no deep link.
  }
  if (isPackagePage(hash)) return hash;
  const bookmark = tracker.progress.location;
  return bookmark ? `lekcje/${bookmark}.html` : 'index.html';
}

/**
 * The launch shell: owns the one LMS session of a launch (one Initialize,
 * one Terminate) while the learner moves between pages in its frame. See
 * shared note "one LMS session": page loads in the frame never touch SCORM.
 */
export function startShell(doc: Document): void {
  const tracker = startTracker();
  (window as unknown as Record<string, Tracker>)[SHELL_TRACKER] = tracker;
  const frame = doc.getElementById('course-frame') as HTMLIFrameElement;
  const notice = doc.getElementById('shell-notice') as HTMLElement;
  const exit = doc.getElementById('shell-exit') as HTMLButtonElement;
  const strings = JSON.parse(doc.body.dataset['strings'] ?? '{}') as Record<string, string>;

  const render = () => {
    renderShellProgress(doc, tracker.status);
    const text = [...tracker.notices]
      .map((n: Notice) => strings[`notice.${n}`])
      .filter(Boolean)
      .join(' ');
    notice.textContent = text;
    notice.hidden = !text;
  };
  tracker.subscribe(render);
  render();

  frame.src = initialPage(tracker);
  frame.addEventListener('load', () => {
    // Keep the page in the shell's URL (deep link, no extra history entries).
    try {
      const inner = frame.contentWindow!.location;
      const base = new URL('./', location.href).pathname;
      if (inner.pathname.startsWith(base))
        history.replaceState(null, '', `#${inner.pathname.slice(base.length)}${inner.hash}`);
      doc.title = `${frame.contentDocument?.title ?? ''}`;
    } catch {
      // A page on another origin in the frame (an outside link): nothing to mirror.
    }
  });

  exit.addEventListener('click', () => {
    if (!window.confirm(strings['exitConfirm'] ?? '')) return;
    tracker.exit();
    frame.remove();
    exit.disabled = true;
    notice.focus();
  });
  doc.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'hidden') tracker.flush();
  });
  // The LMS unloads the shell when the learner leaves: end the session then.
  addEventListener('pagehide', () => tracker.exit());
}
