import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { LaunchState, Report, TrackingAdapter } from '../../../src/tracking/adapter.ts';
import type { CourseRules } from '../../../src/tracking/course-rules.ts';
import { deviceKey } from '../../../src/tracking/device-store.ts';
import type { Interaction } from '../../../src/tracking/interaction.ts';
import { decodeProgress, encodeProgress, type StateLayout } from '../../../src/tracking/suspend-data.ts';
import { Tracker } from '../../../src/tracking/tracker.ts';
import { emptyProgress } from '../../../src/tracking/progress.ts';
import { MemoryStorage } from '../support/memory-storage.ts';

class FakeAdapter implements TrackingAdapter {
  readonly kind = 'scorm12';
  readonly suspendLimit: number;
  saved: Report | undefined;
  committed: Report[] = [];
  interactions: Interaction[] = [];
  activities: Array<{ activity: string; items: Interaction[] }> = [];
  failCommits = 0;
  commits = 0;
  finished: { report: Report; ms: number } | undefined;
  constructor(
    private readonly launch: Partial<LaunchState> = {},
    limit = 4096,
  ) {
    this.suspendLimit = limit;
  }
  start(): LaunchState {
    return { suspendData: null, location: null, reviewOnly: false, learnerId: 'anna', ...this.launch };
  }
  save(report: Report) {
    this.saved = report;
  }
  addInteraction(i: Interaction) {
    this.interactions.push(i);
  }
  addActivity(activity: string, items: Interaction[]) {
    this.activities.push({ activity, items });
  }
  commit() {
    this.commits += 1;
    if (this.failCommits > 0) {
      this.failCommits -= 1;
      return false;
    }
    this.committed.push(this.saved!);
    return true;
  }
  finish(report: Report, ms: number) {
    this.finished = { report, ms };
    return true;
  }
}

const layout: StateLayout = { keys: ['q1', 'q2'], textPrefixes: ['j.'] };
const rules: CourseRules = {
  courseId: 'course-x',
  requiredLessons: ['a', 'b'],
  requiredActivities: ['ex-1'],
  practiceActivities: ['quiz-lo1'],
  hasAssessment: true,
  assessmentAttempts: 0,
  masteryScore: 80,
  outcomes: ['lo1', 'lo2'],
  terminalStatus: 'immediate',
  layout,
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

let tokens = 0;
function started(adapter = new FakeAdapter(), storage = new MemoryStorage(), over: Partial<CourseRules> = {}) {
  const tracker = new Tracker(
    adapter,
    { ...rules, ...over },
    {
      retries: 5,
      retryDelayMs: 2000,
      deviceStorage: storage,
      newToken: () => `t${(tokens += 1)}`,
    },
  );
  tracker.start();
  return { tracker, adapter, storage };
}
const decoded = (report: Report) => decodeProgress(report.suspendData, layout);
/** Lets the commit that a status change queues for the end of the task run. */
const endOfTask = () => Promise.resolve();

describe('Tracker', () => {
  test('commits at launch (status and exit before the learner does anything)', () => {
    const { adapter } = started();
    expect(adapter.committed).toHaveLength(1);
    expect(decoded(adapter.committed[0]!).envelope).toMatchObject({ seq: 1 });
  });

  test('commits 2 s after the last change, and at the end of the task when the status changes', async () => {
    const { tracker, adapter } = started();
    tracker.visitLesson('a');
    tracker.readLesson('a');
    expect(adapter.committed).toHaveLength(1);
    vi.advanceTimersByTime(1999);
    expect(adapter.committed).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(adapter.committed).toHaveLength(2);
    tracker.visitLesson('b');
    tracker.readLesson('b');
    tracker.recordActivity('ex-1', { score: 3, max: 4 });
    const before = adapter.committed.length;
    tracker.setOutcome('lo1', { scaled: 0.75, passed: false }); // reported in the same task: same commit
    await endOfTask();
    expect(adapter.committed).toHaveLength(before + 1);
    expect(adapter.committed.at(-1)!.standing).toMatchObject({ completion: 'completed', progressMeasure: 1 });
    expect(adapter.committed.at(-1)!.outcomes[0]).toMatchObject({ id: 'lo1', result: { scaled: 0.75 } });
    expect(adapter.saved!.location).toBe('b');
  });

  test('retries a refused commit, warns after 5 retries, and loses nothing once the LMS recovers', async () => {
    const { tracker, adapter } = started();
    adapter.failCommits = 6;
    tracker.recordAssessment(90);
    await endOfTask();
    vi.advanceTimersByTime(4 * 2000);
    expect(tracker.notices.has('save-failing')).toBe(false);
    vi.advanceTimersByTime(2000);
    expect(tracker.notices.has('save-failing')).toBe(true);
    tracker.setAnswer('j.a.1', 'mój szkic');
    vi.advanceTimersByTime(4000);
    expect(tracker.notices.has('save-failing')).toBe(false);
    const last = adapter.committed.at(-1)!;
    expect(last.standing.success).toBe('passed');
    expect(decoded(last).progress.answers['j.a.1']).toBe('mój szkic');
  });

  test('each retry is a new save: the suspend data changes, so an LMS that sends only changes sends it', async () => {
    const { tracker, adapter } = started();
    adapter.failCommits = 1;
    tracker.recordAssessment(90);
    await endOfTask();
    const refused = adapter.saved!.suspendData;
    vi.advanceTimersByTime(2000);
    expect(adapter.committed.at(-1)!.suspendData).not.toBe(refused);
  });

  test('exits with suspend while unfinished and normally once completed and passed', () => {
    const first = started();
    first.tracker.readLesson('a');
    first.tracker.exit();
    expect(first.adapter.finished!.report.standing.finished).toBe(false);

    const second = started();
    second.tracker.readLesson('a');
    second.tracker.readLesson('b');
    second.tracker.recordActivity('ex-1', { score: 1, max: 1 });
    second.tracker.recordAssessment(85);
    vi.advanceTimersByTime(1234);
    second.tracker.exit();
    expect(second.adapter.finished!.report.standing.finished).toBe(true);
    expect(second.adapter.finished!.ms).toBe(1234);
  });

  test('ignores calls after exit (one Terminate per launch)', () => {
    const { tracker, adapter } = started();
    tracker.exit();
    tracker.exit();
    const saves = adapter.committed.length;
    tracker.readLesson('a');
    expect(adapter.committed).toHaveLength(saves);
    expect(tracker.notices.has('session-ended')).toBe(true);
  });

  test('review mode saves and commits nothing, and leaves the device copy alone', () => {
    const storage = new MemoryStorage();
    const { tracker, adapter } = started(new FakeAdapter({ reviewOnly: true }), storage);
    tracker.readLesson('a');
    tracker.setAnswer('q1', 'b');
    vi.advanceTimersByTime(10_000);
    tracker.flush();
    expect(adapter.saved).toBeUndefined();
    expect(adapter.commits).toBe(0);
    expect(storage.length).toBe(0);
    expect(tracker.progress.read).toEqual(['a']); // the learner still sees what they do
  });

  test('uses the LMS mastery score but refuses a 100 % that can only be a default', () => {
    const { tracker } = started(new FakeAdapter({ masteryScore: 60 }));
    tracker.recordAssessment(65);
    tracker.recordAssessment(40);
    expect(tracker.standing).toMatchObject({ success: 'passed', scorePercent: 65 });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const moodle = started(new FakeAdapter({ masteryScore: 100 }));
    expect(moodle.tracker.masteryScore).toBe(80);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  test('restores saved progress, and flags unreadable data without throwing', () => {
    const { tracker } = started(new FakeAdapter({ suspendData: '{"version":1,"visited":["a"],"lastLesson":"a"}' }));
    expect(tracker.progress.visited).toEqual(['a']);
    const broken = started(new FakeAdapter({ suspendData: '@@@' }));
    expect(broken.tracker.notices.has('progress-reset')).toBe(true);
    expect(broken.tracker.progress.visited).toEqual([]);
  });

  test('tags interactions: practice answers, exercise checks, final-assessment slots', () => {
    const { tracker, adapter } = started();
    const interaction: Interaction = {
      id: 'q-1',
      response: { kind: 'true-false', value: true },
      result: 'correct',
      weighting: 1,
      latencyMs: 1000,
      timestamp: new Date(),
    };
    tracker.recordInteraction(interaction);
    tracker.recordActivity('ex-1', { score: 1, max: 2 }, [interaction]);
    tracker.recordAssessment(50, [interaction, { ...interaction, id: 'q-2' }]);
    expect(adapter.interactions.map((i) => [i.source, i.slot])).toEqual([
      ['practice', undefined],
      ['assessment', 0],
      ['assessment', 1],
    ]);
    expect(adapter.activities[0]!.items[0]).toMatchObject({ source: 'exercise', activity: 'ex-1' });
    tracker.setOutcome('lo2', { scaled: 0.5, passed: false });
    vi.advanceTimersByTime(2000);
    expect(adapter.saved!.outcomes).toEqual([{ id: 'lo1' }, { id: 'lo2', result: { scaled: 0.5, passed: false } }]);
  });
});

describe('Tracker: the copy on this device', () => {
  test('resumes from the device when the LMS missed the last commits of the same attempt', () => {
    const storage = new MemoryStorage();
    const first = started(new FakeAdapter(), storage);
    first.tracker.readLesson('a');
    const lmsData = first.adapter.committed.at(-1)!.suspendData; // the launch commit only
    first.tracker.readLesson('b');
    first.tracker.exit(); // the page went away; its Terminate never reached the LMS
    const again = started(new FakeAdapter({ suspendData: lmsData, entry: 'resume' }), storage);
    expect(again.tracker.progress.read).toEqual(['a', 'b']);
  });

  test('a new attempt (ab-initio, no data) starts empty and clears the device copy', () => {
    const storage = new MemoryStorage();
    const first = started(new FakeAdapter(), storage);
    first.tracker.readLesson('a');
    const fresh = started(new FakeAdapter({ entry: 'ab-initio' }), storage);
    expect(fresh.tracker.progress.read).toEqual([]);
  });

  test('another learner on the same computer never gets the first one’s text', () => {
    const storage = new MemoryStorage();
    const anna = started(new FakeAdapter({}, 200), storage);
    anna.tracker.setAnswer('j.a.1', 'Prywatna notatka Anny. '.repeat(40));
    vi.advanceTimersByTime(2000);
    expect(anna.tracker.notices.has('texts-on-device')).toBe(true);
    const annaData = anna.adapter.committed.at(-1)?.suspendData ?? anna.adapter.saved!.suspendData;
    const bartek = started(new FakeAdapter({ learnerId: 'bartek', entry: 'resume' }, 200), storage);
    expect(bartek.tracker.progress.answers).toEqual({});
    const annaAgain = started(new FakeAdapter({ suspendData: annaData, entry: 'resume' }, 200), storage);
    expect(annaAgain.tracker.progress.answers['j.a.1']).toContain('Prywatna notatka Anny.');
    expect(storage.keys().every((k) => k.startsWith('lse-m1:lms:'))).toBe(true);
    expect(storage.keys()).toContain(deviceKey('course-x', 'anna'));
  });

  test('a copy of another attempt is cleared, not merged', () => {
    const storage = new MemoryStorage();
    const old = started(new FakeAdapter(), storage);
    old.tracker.readLesson('a');
    const other = encodeProgress(emptyProgress(), layout, { token: 'other', seq: 9 });
    const next = started(new FakeAdapter({ suspendData: other, entry: 'resume' }), storage);
    expect(next.tracker.progress.read).toEqual([]);
  });
});
