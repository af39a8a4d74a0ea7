import type { Tracker } from '../tracking/tracker.ts';

/**
 * The property under which the launch shell exposes its tracker: the same
 * value as `SHELL_TRACKER` in src/tracking/runtime.ts (a unit test keeps them
 * equal). Repeated here so that a page can find the shell's tracker without
 * importing the tracker, the browser-storage adapter and lz-string, which a
 * page inside the shell never needs (text pages stay light).
 */
export const SHELL_TRACKER_KEY = '__lseTracker';

/** The launch shell's tracker when this page is in the shell's frame (same origin), else undefined. */
export function shellTrackerOf(win: Window): Tracker | undefined {
  try {
    if (win.parent === win) return undefined;
    return (win.parent as unknown as Record<string, Tracker | undefined>)[SHELL_TRACKER_KEY];
  } catch {
    return undefined; // a parent on another origin (an LMS page): not our shell
  }
}

/**
 * This page's tracker: the shell's, or (a page opened on its own) the one on
 * browser storage, whose code is loaded only then.
 */
export async function pageTracker(win: Window): Promise<Tracker> {
  const fromShell = shellTrackerOf(win);
  if (fromShell) return fromShell;
  const { getTracker } = await import('../tracking/runtime.ts');
  return getTracker();
}
