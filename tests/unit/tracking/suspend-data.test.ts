import { describe, expect, test } from 'vitest';
import { emptyProgress } from '../../../src/tracking/progress.ts';
import { decodeProgress, encodeProgress, encodeWithin } from '../../../src/tracking/suspend-data.ts';
import { fullCourseProgress } from '../../../src/tools/full-course-progress.ts';

describe('encodeProgress / decodeProgress', () => {
  test('returns the same progress after a round trip', () => {
    const p = fullCourseProgress();
    expect(decodeProgress(encodeProgress(p))).toEqual({ progress: p });
  });

  test('returns base64 only (safe in every LMS)', () => {
    expect(encodeProgress(fullCourseProgress())).toMatch(/^[A-Za-z0-9+/=]+$/);
  });

  test('fits a learner who has done everything into SCORM 1.2 suspend_data (4096 characters)', () => {
    const data = encodeProgress(fullCourseProgress());
    expect(data.length).toBeLessThanOrEqual(4096);
  });

  test('migrates version 1 (lesson visits in browser storage)', () => {
    const decoded = decodeProgress('{"version":1,"visited":["welcome","roles"],"lastLesson":"roles"}');
    expect(decoded.migratedFrom).toBe(1);
    expect(decoded.progress.visited).toEqual(['welcome', 'roles']);
    expect(decoded.progress.location).toBe('roles');
  });

  test('returns a fresh start, flagged, for corrupted or unknown data, never throwing', () => {
    expect(decodeProgress('%%%not base64%%%')).toEqual({ progress: emptyProgress(), discarded: 'corrupted' });
    expect(decodeProgress('{"v":99}')).toEqual({ progress: emptyProgress(), discarded: 'unknown-version' });
    expect(decodeProgress('{broken json')).toMatchObject({ discarded: 'corrupted' });
    expect(decodeProgress('')).toEqual({ progress: emptyProgress() });
  });

  test('ignores malformed fields inside otherwise valid data', () => {
    const json = JSON.stringify({ v: 2, l: ['a', 3], a: { x: [1, 'no', 1] }, o: {}, r: { k: 5, ok: 'tak' } });
    const { progress } = decodeProgress(json);
    expect(progress).toEqual({ ...emptyProgress(), visited: ['a'], read: ['a'], answers: { ok: 'tak' } });
  });
});

describe('encodeWithin', () => {
  test('leaves the longest drafts out until the data fits, and says which', () => {
    const p = fullCourseProgress();
    p.answers['ex-code-of-ethics'] =
      'Bardzo długi szkic kodeksu, różne słowa. '.repeat(20).split('').reverse().join('') + Math.random();
    p.answers['long-draft'] = Array.from({ length: 4000 }, (_, i) =>
      String.fromCharCode(0x100 + ((i * 7919) % 500)),
    ).join('');
    const { data, omitted } = encodeWithin(p, 4096);
    expect(data.length).toBeLessThanOrEqual(4096);
    expect(omitted[0]).toBe('long-draft');
    expect(decodeProgress(data).progress.answers['long-draft']).toBeUndefined();
  });
});
