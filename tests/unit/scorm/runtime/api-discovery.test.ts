import { describe, expect, test } from 'vitest';
import { findLmsApi } from '../../../../scorm/runtime/api-discovery.ts';
import { Scorm12Adapter } from '../../../../scorm/runtime/scorm12-adapter.ts';
import { Scorm2004Adapter } from '../../../../scorm/runtime/scorm2004-adapter.ts';
import type { Scorm12Api, Scorm2004Api } from '../../../../scorm/runtime/lms-api.ts';
import { isPackagePage } from '../../../../scorm/runtime/shell.ts';

type FakeWindow = { parent: FakeWindow; top: FakeWindow; opener: FakeWindow | null } & Record<string, unknown>;

/** A chain of windows: [the SCO's, its parent, ...]; the last is the top. */
function chain(length: number, apis: Record<number, Record<string, unknown>> = {}): FakeWindow[] {
  const windows = Array.from({ length }, (_, i) => ({ ...(apis[i] ?? {}) }) as FakeWindow);
  windows.forEach((w, i) => {
    w.parent = windows[i + 1] ?? w;
    w.top = windows.at(-1)!;
    w.opener = null;
  });
  return windows;
}
const api12 = { LMSInitialize: () => 'true' };
const api2004 = { Initialize: () => 'true' };
const find = (w: FakeWindow) => findLmsApi(w as unknown as Window);

describe('findLmsApi', () => {
  test('finds the API in a parent several frames up (the LMS player holds it, the course is in frames)', () => {
    const windows = chain(4, { 3: { API: api12 } });
    expect(find(windows[0]!)).toEqual({ version: '1.2', api: api12 });
  });

  test('prefers SCORM 2004 when the LMS offers both', () => {
    const windows = chain(2, { 1: { API: api12, API_1484_11: api2004 } });
    expect(find(windows[0]!)?.version).toBe('2004');
  });

  test("looks in the opener's chain when the course runs in a popup", () => {
    const lms = chain(2, { 1: { API: api12 } });
    const popup = chain(1);
    popup[0]!.opener = lms[0]!;
    expect(find(popup[0]!)).toEqual({ version: '1.2', api: api12 });
  });

  test('skips windows of other origins (reading them throws) and gives up after 10 levels', () => {
    const windows = chain(3, { 2: { API: api12 } });
    Object.defineProperty(windows[1]!, 'API', {
      get() {
        throw new DOMException('cross-origin', 'SecurityError');
      },
    });
    expect(find(windows[0]!)?.version).toBe('1.2');
    const deep = chain(13, { 12: { API: api12 } });
    expect(find(deep[0]!)).toBeUndefined();
  });

  test('returns undefined with no LMS at all (the public site)', () => {
    expect(find(chain(1)[0]!)).toBeUndefined();
  });
});

describe('adapter start-up', () => {
  test('throws when the LMS refuses to initialise, so the shell can fall back to browser storage', () => {
    const refuse12 = { LMSInitialize: () => 'false', LMSGetLastError: () => '101', LMSGetErrorString: () => 'x' };
    const refuse2004 = { Initialize: () => 'false', GetLastError: () => '102', GetErrorString: () => 'x' };
    expect(() => new Scorm12Adapter(refuse12 as unknown as Scorm12Api).start()).toThrow(/refused to initialise/);
    expect(() => new Scorm2004Adapter(refuse2004 as unknown as Scorm2004Api).start()).toThrow(/refused to initialise/);
  });
});

describe('isPackagePage (deep links the shell may open)', () => {
  test('accepts relative pages of the package', () => {
    for (const path of ['index.html', 'lekcje/roles.html', 'cwiczenia/nasz-kodeks-etyki.html'])
      expect(isPackagePage(path)).toBe(true);
  });

  test('refuses other hosts, absolute paths, parent folders and other files', () => {
    for (const path of [
      '//evil.example/x.html',
      '/lekcje/roles.html',
      'https://evil.example/x.html',
      '../x.html',
      'lekcje/../../x.html',
      'lekcje//roles.html',
      'javascript:alert(1)//.html',
      'lekcje/roles.pdf',
      '',
    ])
      expect(isPackagePage(path), path).toBe(false);
  });
});
