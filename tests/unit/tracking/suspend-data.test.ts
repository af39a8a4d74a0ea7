import { describe, expect, test } from 'vitest';
import { emptyProgress, type Progress } from '../../../src/tracking/progress.ts';
import { decodeProgress, encodeProgress, encodeWithin } from '../../../src/tracking/suspend-data.ts';
import { readContentFiles } from '../../../src/utils/content-files.ts';

/** A learner who has done everything the course offers, with typical answers and drafts. */
function fullCourseProgress(): Progress {
  const { lessons, course } = readContentFiles('content');
  const ids = lessons.map((l) => (l.data as { id: string }).id);
  const outcomes = (course.data as { outcomes: Array<{ id: string }> }).outcomes.map((o) => o.id);
  const p = emptyProgress();
  p.visited = ids;
  p.location = ids[ids.length - 1]!;
  for (const ex of ['roles', 'matching', 'code-of-ethics'])
    p.activities[`ex-${ex}`] = { score: 17, max: 20, attempts: 3 };
  for (const o of outcomes) p.activities[`quiz-${o}`] = { score: 7, max: 8, attempts: 2 };
  for (const o of outcomes) p.outcomes[o] = { scaled: 0.875, passed: true };
  // Quiz answers: 8 per outcome practice quiz and 24 in the final assessment.
  for (const o of outcomes) for (let q = 1; q <= 8; q += 1) p.answers[`q-${o}-${String(q).padStart(2, '0')}`] = 'b,d';
  for (let q = 1; q <= 24; q += 1) p.answers[`fa-${q}`] = 'a';
  // Exercises: 18 role statements, 15 matches with one-line reasons, the code of ethics and agreement.
  for (let s = 1; s <= 18; s += 1) p.answers[`ex-roles-s${s}`] = 'mentor,mentee';
  for (let m = 1; m <= 15; m += 1)
    p.answers[`ex-matching-m${m}`] = `${m % 3}|wspólne zainteresowania i podobne wartości`;
  p.answers['ex-code-of-ethics'] =
    'Szanujemy swój czas i przychodzimy punktualnie.\nTo, co mówimy w grupie, zostaje w grupie, także po zakończeniu procesu.\n' +
    'Szanujemy opinie innych, nawet gdy się z nimi nie zgadzamy.\nZanim coś powiemy lub napiszemy, zastanawiamy się nad tym.\n' +
    'Jesteśmy wobec siebie szczerzy i otwarci.\nBierzemy udział we wszystkich zaplanowanych spotkaniach.\n' +
    'Gdy ktoś nie może przyjść, uprzedza pozostałych i nadrabia zaległości.\nMentor uprzedza o nieobecności co najmniej dwa dni wcześniej.';
  p.assessment = { percent: 88, passed: true, attempts: 2 };
  return p;
}

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
    expect(progress).toEqual({ ...emptyProgress(), visited: ['a'], answers: { ok: 'tak' } });
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
