import { describe, expect, test } from 'vitest';
import { emptyProgress } from '../../../src/tracking/progress.ts';
import {
  decodeProgress,
  encodeProgress,
  encodeWithin,
  isText,
  type StateLayout,
} from '../../../src/tracking/suspend-data.ts';
import { fullCourseProgress } from '../../../src/tools/full-course-progress.ts';
import { layoutFromContent } from '../../../src/utils/state-layout.ts';

const layout = layoutFromContent();
const envelope = { token: 'k3j9x2', seq: 1234 };

/** A full course's progress without its free text (drafts, journal). */
function structuredOnly() {
  const p = fullCourseProgress();
  p.answers = Object.fromEntries(Object.entries(p.answers).filter(([key]) => !isText(layout, key)));
  return p;
}

describe('encodeProgress / decodeProgress', () => {
  test('returns the same progress and envelope after a round trip', () => {
    const p = fullCourseProgress();
    expect(decodeProgress(encodeProgress(p, layout, envelope), layout)).toEqual({ progress: p, envelope });
  });

  test('returns base64 only (safe in every LMS)', () => {
    expect(encodeProgress(fullCourseProgress(), layout, envelope)).toMatch(/^[A-Za-z0-9+/=]+$/);
  });

  test('fits a full course without free text (every answer at its longest) into 1,024 characters', () => {
    expect(encodeProgress(structuredOnly(), layout, envelope).length).toBeLessThanOrEqual(1024);
  });

  test('fits a learner who has done everything, drafts included, into SCORM 1.2 suspend_data (4096)', () => {
    expect(encodeProgress(fullCourseProgress(), layout, envelope).length).toBeLessThanOrEqual(4096);
  });

  test('keeps answers of a layout it does not know by name, and drops positional ones of another layout', () => {
    const other: StateLayout = { keys: ['z', ...layout.keys], textPrefixes: layout.textPrefixes };
    const p = emptyProgress();
    p.answers = { [layout.keys[0]!]: 'a', unknown: 'x', 'j.welcome.1': 'tekst' };
    const data = encodeProgress(p, layout);
    expect(decodeProgress(data, layout).progress.answers).toEqual(p.answers);
    expect(decodeProgress(data, other).progress.answers).toEqual({ unknown: 'x', 'j.welcome.1': 'tekst' });
  });

  test('returns answers holding the separators it uses ("|", "\\", "~", ",") unchanged', () => {
    const p = emptyProgress();
    const [a, b, c] = layout.keys.filter((k) => k.startsWith('q-'));
    p.answers = { [a!]: 'tak | nie \\p ~1', [b!]: '~~,~', [c!]: '' + layout.keys.slice(0, 3).join(',') };
    expect(decodeProgress(encodeProgress(p, layout), layout).progress.answers).toEqual(p.answers);
  });

  test('migrates version 2 (answers by key; every visited lesson counts as read)', () => {
    const v2 = JSON.stringify({ v: 2, l: ['welcome', 'roles'], b: 'roles', a: {}, o: {}, r: { 'q-lo1-01': 'a' } });
    const decoded = decodeProgress(v2, layout);
    expect(decoded.migratedFrom).toBe(2);
    expect(decoded.progress).toMatchObject({ read: ['welcome', 'roles'], answers: { 'q-lo1-01': 'a' } });
  });

  test('migrates version 1 (lesson visits in browser storage)', () => {
    const decoded = decodeProgress('{"version":1,"visited":["welcome","roles"],"lastLesson":"roles"}', layout);
    expect(decoded.migratedFrom).toBe(1);
    expect(decoded.progress.visited).toEqual(['welcome', 'roles']);
    expect(decoded.progress.location).toBe('roles');
  });

  test('returns a fresh start, flagged, for corrupted or unknown data, never throwing', () => {
    expect(decodeProgress('%%%not base64%%%', layout)).toEqual({ progress: emptyProgress(), discarded: 'corrupted' });
    expect(decodeProgress('{"v":99}', layout)).toEqual({ progress: emptyProgress(), discarded: 'unknown-version' });
    expect(decodeProgress('{broken json', layout)).toMatchObject({ discarded: 'corrupted' });
    expect(decodeProgress('', layout)).toEqual({ progress: emptyProgress() });
  });

  test('ignores malformed fields inside otherwise valid data', () => {
    const json = JSON.stringify({ v: 3, l: ['a', 3], d: [], a: { x: [1, 'no', 1] }, o: {}, x: { k: 5, ok: 'tak' } });
    const { progress } = decodeProgress(json, layout);
    expect(progress).toEqual({ ...emptyProgress(), visited: ['a'], answers: { ok: 'tak' } });
  });
});

describe('encodeWithin', () => {
  test('leaves the longest free text out until the data fits, says which, never structured answers', () => {
    const p = fullCourseProgress();
    p.answers['j.welcome.1'] = Array.from({ length: 4000 }, (_, i) =>
      String.fromCharCode(0x100 + ((i * 7919) % 500)),
    ).join('');
    const { data, omitted } = encodeWithin(p, layout, envelope, 4096);
    expect(data.length).toBeLessThanOrEqual(4096);
    expect(omitted[0]).toBe('j.welcome.1');
    const back = decodeProgress(data, layout);
    expect(back.progress.answers['j.welcome.1']).toBeUndefined();
    expect(back.envelope?.omitted).toEqual(omitted);
    for (const key of Object.keys(structuredOnly().answers)) expect(back.progress.answers[key]).toBeDefined();
  });
});
