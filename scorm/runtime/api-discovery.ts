import type { LmsApi, Scorm12Api, Scorm2004Api } from './lms-api.ts';

// ADL's discovery algorithm: look in the window, then up the parent chain a
// bounded number of levels, then in the opener and its parents.
const MAX_LEVELS = 10;

function lookup(win: Window, name: 'API' | 'API_1484_11'): unknown {
  try {
    return (win as unknown as Record<string, unknown>)[name];
  } catch {
    return undefined; // a cross-origin frame: not our LMS
  }
}

function climb(start: Window | null, name: 'API' | 'API_1484_11'): unknown {
  let win = start;
  for (let level = 0; win && level <= MAX_LEVELS; level += 1) {
    const api = lookup(win, name);
    if (api) return api;
    if (win.parent === win) break;
    win = win.parent;
  }
  return undefined;
}

function openerOf(win: Window): Window | null {
  try {
    return win.top?.opener ?? win.opener ?? null;
  } catch {
    return null;
  }
}

/** Finds the LMS's API, preferring SCORM 2004 when both are present. */
export function findLmsApi(win: Window): LmsApi | undefined {
  for (const start of [win, openerOf(win)]) {
    const api2004 = climb(start, 'API_1484_11');
    if (api2004) return { version: '2004', api: api2004 as Scorm2004Api };
    const api12 = climb(start, 'API');
    if (api12) return { version: '1.2', api: api12 as Scorm12Api };
  }
  return undefined;
}
