import { describe, expect, test } from 'vitest';
import { pl } from '../../../src/i18n/pl.ts';
import {
  activityStateText,
  finalLine,
  lessonsLine,
  percentDone,
  plural,
  shellLines,
  STATUS_KEY_PREFIXES,
} from '../../../src/scripts/status-text.ts';
import type { CourseRules } from '../../../src/tracking/course-rules.ts';
import { emptyProgress, type Progress } from '../../../src/tracking/progress.ts';
import { learnerStatus } from '../../../src/tracking/status.ts';
import { statusStrings } from '../../../src/utils/status-strings.ts';

const s = statusStrings();
const rules: CourseRules = {
  courseId: 'course-x',
  layout: { keys: [], textPrefixes: [] },
  requiredLessons: ['a', 'b', 'c', 'd'],
  requiredActivities: ['ex-1', 'ex-2', 'ex-3'],
  practiceActivities: ['quiz-lo1'],
  hasAssessment: true,
  assessmentAttempts: 3,
  masteryScore: 80,
  outcomes: ['lo1'],
  terminalStatus: 'hold',
};
const status = (p: Partial<Progress>) => learnerStatus({ ...emptyProgress(), ...p }, rules);

describe('statusStrings', () => {
  test('returns every key the status texts use, and only those', () => {
    for (const key of Object.keys(s)) expect(STATUS_KEY_PREFIXES.some((prefix) => key.startsWith(prefix))).toBe(true);
    expect(s['progress.started.many']).toBe(pl['progress.started.many']);
    expect(s['progress.forget']).toBeUndefined();
  });
});

describe('plural', () => {
  test('returns the Polish form for 1, 2-4, 5+, 12-14 and 22', () => {
    expect([1, 2, 5, 12, 22].map((n) => plural(s, 'progress.attemptsLeft', n))).toEqual([
      'została 1 próba',
      'zostały 2 próby',
      'zostało 5 prób',
      'zostało 12 prób',
      'zostały 22 próby',
    ]);
  });
});

describe('lessonsLine', () => {
  test('returns read lessons, and started ones apart', () => {
    expect(lessonsLine(status({ visited: ['a', 'b', 'c'], read: ['a'] }), s)).toBe(
      'Lekcje przeczytane do końca: 1 z 4 (2 rozpoczęte)',
    );
    expect(lessonsLine(status({}), s)).toBe('Lekcje przeczytane do końca: 0 z 4');
  });
});

describe('finalLine', () => {
  test('returns not taken, failed with the best score and attempts left, passed with the score', () => {
    expect(finalLine(status({}).final, s)).toBe('Test końcowy: jeszcze nie rozwiązany');
    expect(finalLine(status({ assessment: { percent: 55, passed: false, attempts: 2 } }).final, s)).toBe(
      'Test końcowy: niezaliczony, najlepszy wynik 55%, została 1 próba',
    );
    expect(finalLine(status({ assessment: { percent: 60, passed: false, attempts: 3 } }).final, s)).toBe(
      'Test końcowy: niezaliczony, najlepszy wynik 60%, nie ma już prób',
    );
    expect(finalLine(status({ assessment: { percent: 92, passed: true, attempts: 1 } }).final, s)).toBe(
      'Test końcowy: zaliczony, wynik 92%',
    );
  });
});

describe('shellLines', () => {
  test('returns one measure per label, never a percent next to a count', () => {
    const lines = shellLines(status({ read: ['a', 'b'], visited: ['a', 'b'] }), s);
    expect(lines).toEqual(['Lekcje: 2 z 4', 'Ćwiczenia: 0 z 3', 'Test: jeszcze nie']);
    expect(lines.join(' ')).not.toMatch(/%/);
  });
});

describe('percentDone', () => {
  test('returns the progress measure the LMS gets, as a whole percent', () => {
    const done = status({ read: ['a', 'b'], activities: { 'ex-1': { score: 1, max: 2, attempts: 1 } } });
    expect(percentDone(done)).toBe(Math.round(done.progressMeasure * 100));
    expect(percentDone(done)).toBe(37); // 3 of 8 steps (4 lessons, 3 exercises, the final)
  });
});

describe('activityStateText', () => {
  test('returns an exercise as a percent and a quiz as correct answers', () => {
    expect(activityStateText({ done: true, score: 7, max: 9 }, 'exercise', s)).toBe('wykonane, wynik 78%');
    expect(activityStateText({ done: true, score: 3, max: 4 }, 'quiz', s)).toBe('poprawne odpowiedzi: 3 z 4');
    expect(activityStateText({ done: false }, 'quiz', s)).toBe('jeszcze nie rozwiązany');
  });
});
