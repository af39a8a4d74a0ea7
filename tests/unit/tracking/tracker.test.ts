import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { LaunchState, Report, TrackingAdapter } from '../../../src/tracking/adapter.ts';
import type { CourseRules } from '../../../src/tracking/course-rules.ts';
import type { Interaction } from '../../../src/tracking/interaction.ts';
import { decodeProgress } from '../../../src/tracking/suspend-data.ts';
import { Tracker } from '../../../src/tracking/tracker.ts';

class FakeAdapter implements TrackingAdapter {
  readonly kind = 'scorm12';
  readonly suspendLimit = 4096;
  saved: Report | undefined;
  committed: Report[] = [];
  interactions: Interaction[] = [];
  failCommits = 0;
  finished: { report: Report; ms: number } | undefined;
  constructor(private readonly launch: Partial<LaunchState> = {}) {}
  start(): LaunchState {
    return { suspendData: null, location: null, reviewOnly: false, ...this.launch };
  }
  save(report: Report) {
    this.saved = report;
  }
  addInteraction(i: Interaction) {
    this.interactions.push(i);
  }
  commit() {
    if (this.failCommits > 0) {
      this.failCommits -= 1;
      return false;
    }
    this.committed.push(this.saved!);
    return true;
  }
  finish(report: Report, ms: number) {
    this.finished = { report, ms };
  }
}

const rules: CourseRules = {
  requiredLessons: ['a', 'b'],
  requiredActivities: ['ex-1'],
  practiceActivities: ['quiz-lo1'],
  hasAssessment: true,
  assessmentAttempts: 0,
  terminalStatus: 'immediate',
  masteryScore: 80,
  outcomes: ['lo1', 'lo2'],
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function started(adapter = new FakeAdapter()) {
  const tracker = new Tracker(adapter, rules, { commitIntervalMs: 30_000, retries: 5, retryDelayMs: 2000 });
  tracker.start();
  return { tracker, adapter };
}

describe('Tracker', () => {
  test('commits when the status changes and reports progress_measure and the bookmark', () => {
    const { tracker, adapter } = started();
    tracker.readLesson('a');
    expect(adapter.committed).toHaveLength(0); // still incomplete: waits for the timer
    tracker.visitLesson('b');
    tracker.readLesson('b');
    tracker.recordActivity('ex-1', { score: 3, max: 4 });
    expect(adapter.committed.at(-1)!.standing).toMatchObject({ completion: 'completed', progressMeasure: 1 });
    expect(adapter.saved!.location).toBe('b');
  });

  test('commits unsaved changes on the timer', () => {
    const { tracker, adapter } = started();
    tracker.setAnswer('q1', 'b');
    expect(adapter.committed).toHaveLength(0);
    vi.advanceTimersByTime(30_000);
    expect(decodeProgress(adapter.committed.at(-1)!.suspendData).progress.answers).toEqual({ q1: 'b' });
  });

  test('retries a refused commit, warns after 5 retries, and loses nothing once the LMS recovers', () => {
    const { tracker, adapter } = started();
    adapter.failCommits = 6;
    tracker.recordAssessment(90);
    expect(tracker.notices.has('save-failing')).toBe(false);
    vi.advanceTimersByTime(4 * 2000);
    expect(tracker.notices.has('save-failing')).toBe(false);
    vi.advanceTimersByTime(2000);
    expect(tracker.notices.has('save-failing')).toBe(true);
    tracker.setAnswer('draft', 'mój szkic');
    vi.advanceTimersByTime(4000);
    expect(tracker.notices.has('save-failing')).toBe(false);
    const last = adapter.committed.at(-1)!;
    expect(last.standing.success).toBe('passed');
    expect(decodeProgress(last.suspendData).progress.answers['draft']).toBe('mój szkic');
  });

  test('exits with suspend while unfinished and normally once completed and passed', () => {
    const first = started();
    first.tracker.readLesson('a');
    first.tracker.exit();
    expect(first.adapter.finished!.report.finished).toBe(false);

    const second = started();
    second.tracker.readLesson('a');
    second.tracker.readLesson('b');
    second.tracker.recordActivity('ex-1', { score: 1, max: 1 });
    second.tracker.recordAssessment(85);
    vi.advanceTimersByTime(1234);
    second.tracker.exit();
    expect(second.adapter.finished!.report.finished).toBe(true);
    expect(second.adapter.finished!.ms).toBe(1234);
  });

  test('ignores calls after exit (one Terminate per launch)', () => {
    const { tracker, adapter } = started();
    tracker.exit();
    tracker.exit();
    tracker.readLesson('a');
    expect(adapter.saved).toBeUndefined();
    expect(tracker.notices.has('session-ended')).toBe(true);
  });

  test('uses the LMS mastery score and keeps the best assessment attempt', () => {
    const { tracker } = started(new FakeAdapter({ masteryScore: 60 }));
    tracker.recordAssessment(65);
    tracker.recordAssessment(40);
    expect(tracker.standing).toMatchObject({ success: 'passed', scorePercent: 65 });
  });

  test('restores saved progress, and flags unreadable data without throwing', () => {
    const { tracker } = started(new FakeAdapter({ suspendData: '{"version":1,"visited":["a"],"lastLesson":"a"}' }));
    expect(tracker.progress.visited).toEqual(['a']);
    const broken = started(new FakeAdapter({ suspendData: '@@@' }));
    expect(broken.tracker.notices.has('progress-reset')).toBe(true);
    expect(broken.tracker.progress.visited).toEqual([]);
  });

  test('passes interactions to the adapter and objectives in course order', () => {
    const { tracker, adapter } = started();
    const interaction: Interaction = {
      id: 'q-1',
      response: { kind: 'true-false', value: true },
      result: 'correct',
      weighting: 1,
      latencyMs: 1000,
      timestamp: new Date(),
    };
    tracker.setOutcome('lo2', { scaled: 0.5, passed: false });
    tracker.recordActivity('quiz-lo2', { score: 1, max: 2 }, [interaction]);
    expect(adapter.interactions).toEqual([interaction]);
    expect(adapter.saved!.outcomes).toEqual([{ id: 'lo1' }, { id: 'lo2', result: { scaled: 0.5, passed: false } }]);
  });
});
