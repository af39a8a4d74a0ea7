import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { BEACON_LIMIT } from '../../../../scorm/preview/moodle.ts';
import { runFullCourse } from '../../../../src/tools/full-course-run.ts';
import { moodleSession } from '../../../../src/tools/moodle-run.ts';
import { rulesFromFiles } from '../../../../src/utils/build-rules.ts';
import { MemoryStorage } from '../../support/memory-storage.ts';

const rules = rulesFromFiles();
const options = () => ({ tracker: { deviceStorage: new MemoryStorage(), retries: 1, retryDelayMs: 2000 } });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

// A whole course through the tracker: seconds of work, more on a loaded machine.
describe('the course against the Moodle 4.5 profile of the LMS double', { timeout: 60_000 }, () => {
  test('1.2: after refused commits the status, score, objectives and interactions still reach Moodle', () => {
    const session = moodleSession('1.2', rules, options());
    session.tracker.start();
    session.lms.failNextCommits(3);
    runFullCourse(session.tracker);
    vi.advanceTimersByTime(60_000);
    const tracks = session.stored()!.tracks;
    expect(tracks['cmi.core.lesson_status']).toBe('passed');
    expect(Number(tracks['cmi.core.score.raw'])).toBe(100);
    expect(tracks['cmi.objectives.5.status']).toBe('passed');
    const ids = Object.entries(tracks)
      .filter(([k]) => /^cmi\.interactions\.\d+\.id$/.test(k))
      .map(([, v]) => v);
    expect(ids.filter((id) => id.startsWith('q-')).length).toBeGreaterThan(24);
    expect(ids).toEqual(expect.arrayContaining(['ex-roles-s01', 'ex-code-of-ethics-code']));
    expect(session.lms.log.rejections).toEqual([]);
    // Every interaction the course wrote has its id, type and result on the server.
    for (let n = 0; n < ids.length; n += 1) {
      expect(tracks[`cmi.interactions.${n}.id`]).not.toBe('');
      expect(tracks[`cmi.interactions.${n}.type`]).toBeDefined();
    }
  });

  test('2004: a full course, committed as Moodle does (whole model each time), stays well under the 64 KiB beacon', () => {
    const session = moodleSession('2004', rules, options());
    session.tracker.start();
    runFullCourse(session.tracker);
    vi.advanceTimersByTime(5_000);
    session.tracker.exit();
    expect(session.lms.log.refusedBeacons).toBe(0);
    expect(session.lms.log.largestCommitBytes).toBeLessThan(BEACON_LIMIT * 0.75);
    expect(session.stored()!.tracks['cmi.completion_status']).toBe('completed');
    expect(session.lms.log.rejections).toEqual([]);
  });

  test("2004: the pass mark Moodle hands over is the manifest's 80 %", () => {
    const session = moodleSession('2004', rules, options());
    session.tracker.start();
    expect(session.tracker.masteryScore).toBe(80);
  });
});
