import type { Report, TrackingAdapter } from './adapter.ts';
import { standing, type CourseRules, type Standing } from './course-rules.ts';
import type { Interaction } from './interaction.ts';
import * as model from './progress.ts';
import { learnerStatus, type LearnerStatus } from './status.ts';
import { decodeProgress, encodeWithin } from './suspend-data.ts';

/** Something the learner should be told about their saved progress. */
export type Notice =
  /** Browser storage is off or full: progress lasts only while the tab is open. */
  | 'storage-unavailable'
  /** Saved progress could not be read and was started afresh (the LMS's status and score are kept). */
  | 'progress-reset'
  /** The LMS keeps refusing to save; nothing is lost, saving is retried. */
  | 'save-failing'
  /** Browse or review mode: nothing is scored. */
  | 'review-mode'
  /** The session has ended ("Zakończ"). */
  | 'session-ended';

export interface TrackerOptions {
  /** Commit at most this often while there are unsaved changes. */
  commitIntervalMs?: number;
  /** How many retries of a refused commit (2 s apart) before the learner is warned; retrying goes on after. */
  retries?: number;
  retryDelayMs?: number;
  /** Where drafts that do not fit into the LMS's suspend data are kept on the device. */
  overflowStorage?: Storage;
  now?: () => number;
}

const OVERFLOW_KEY = 'lse-m1:drafts-overflow';

/**
 * The one tracking interface: islands and pages report here; the adapter
 * behind it decides where progress goes. Commits when the status changes, on
 * a timer, and when the page is hidden; retries refused commits.
 */
export class Tracker {
  private state = model.emptyProgress();
  private listeners = new Set<() => void>();
  private dirty = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private interval: ReturnType<typeof setInterval> | undefined;
  private failedCommits = 0;
  private ended = false;
  private startedAt = 0;
  private mastery: number;
  private lastStanding: Standing | undefined;
  readonly notices = new Set<Notice>();

  constructor(
    readonly adapter: TrackingAdapter,
    private readonly rules: CourseRules,
    private readonly options: TrackerOptions = {},
  ) {
    this.mastery = rules.masteryScore;
  }

  /** Opens the session and restores saved progress. */
  start(): void {
    const now = this.options.now ?? Date.now;
    this.startedAt = now();
    const launch = this.adapter.start();
    if (launch.masteryScore !== undefined) this.mastery = launch.masteryScore;
    if (launch.reviewOnly) this.notices.add('review-mode');
    const decoded = decodeProgress(launch.suspendData);
    if (decoded.discarded) this.notices.add('progress-reset');
    this.state = this.withOverflowDrafts(decoded.progress);
    if (!this.state.location && launch.location) this.state = { ...this.state, location: launch.location };
    if ('persistent' in this.adapter && this.adapter.persistent === false) this.notices.add('storage-unavailable');
    this.lastStanding = this.standing;
    const interval = this.options.commitIntervalMs ?? 30_000;
    this.interval = setInterval(() => this.flush(), interval);
  }

  get progress(): Readonly<model.Progress> {
    return this.state;
  }

  /** What the LMS is told (status, score, progress measure). */
  get standing(): Standing {
    return standing(this.state, this.rules, this.mastery);
  }

  /** Where the learner stands: lessons, exercises, quizzes, the final test, the next step. */
  get status(): LearnerStatus {
    return learnerStatus(this.state, this.rules, this.mastery);
  }

  get masteryScore(): number {
    return this.mastery;
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The learner opened a lesson (it becomes the bookmark). */
  visitLesson(id: string): void {
    this.update(model.visitLesson(this.state, id));
  }

  /** The learner reached a lesson's end: it counts as read. */
  readLesson(id: string): void {
    if (this.state.read.includes(id)) return;
    this.update(model.readLesson(this.state, id));
  }

  /** Records an exercise or quiz result and its interactions. */
  recordActivity(id: string, result: { score: number; max: number }, interactions: Interaction[] = []): void {
    if (!this.ended) for (const interaction of interactions) this.adapter.addInteraction(interaction);
    this.update(model.setActivity(this.state, id, result));
  }

  /** Reports one answer to the LMS as it happens (no other state changes). */
  recordInteraction(interaction: Interaction): void {
    if (this.ended) return;
    this.adapter.addInteraction(interaction);
    this.dirty = true;
  }

  /** Records an outcome's score; an outcome once met stays met (the best evidence counts). */
  reportOutcome(id: string, scaled: number): void {
    const best = Math.max(scaled, this.state.outcomes[id]?.scaled ?? 0);
    this.setOutcome(id, { scaled: best, passed: best * 100 >= this.mastery });
  }

  setOutcome(id: string, result: model.OutcomeResult): void {
    this.update(model.setOutcome(this.state, id, result));
  }

  /** Stores an answer or a draft as the learner types (empty string removes it). */
  setAnswer(id: string, value: string): void {
    if (this.state.answers[id] === value) return;
    this.update(model.setAnswer(this.state, id, value));
  }

  recordAssessment(percent: number, interactions: Interaction[] = []): void {
    if (!this.ended) for (const interaction of interactions) this.adapter.addInteraction(interaction);
    this.update(model.recordAssessment(this.state, percent, percent >= this.mastery));
  }

  /** Commits now if anything is unsaved (page hidden, timer). */
  flush(): void {
    if (this.dirty && !this.ended) this.commit();
  }

  /** Ends the session ("Zakończ", or the page going away): exit mode, session time, Terminate. */
  exit(): void {
    if (this.ended) return;
    this.ended = true;
    clearInterval(this.interval);
    clearTimeout(this.retryTimer);
    const now = this.options.now ?? Date.now;
    this.adapter.finish(this.report(), now() - this.startedAt);
    this.notices.add('session-ended');
    this.emit();
  }

  /** Forgets all progress (public site only, after the learner confirms). */
  clear(): void {
    this.adapter.clear?.();
    this.options.overflowStorage?.removeItem(OVERFLOW_KEY);
    this.state = model.emptyProgress();
    this.dirty = false;
    this.emit();
  }

  private report(): Report {
    const s = this.standing;
    const { data, omitted } = encodeWithin(this.state, this.adapter.suspendLimit);
    this.keepOverflowDrafts(omitted);
    const report: Report = {
      standing: s,
      finished: s.finished,
      suspendData: data,
      outcomes: this.rules.outcomes.map((id) => {
        const result = this.state.outcomes[id];
        return result ? { id, result } : { id };
      }),
    };
    if (this.state.location) report.location = this.state.location;
    return report;
  }

  private update(next: model.Progress): void {
    if (this.ended) return;
    this.state = next;
    this.dirty = true;
    this.adapter.save(this.report());
    const now = this.standing;
    const statusChanged =
      now.lessonStatus !== this.lastStanding?.lessonStatus ||
      now.completion !== this.lastStanding?.completion ||
      now.success !== this.lastStanding?.success ||
      now.scorePercent !== this.lastStanding?.scorePercent;
    this.lastStanding = now;
    if (statusChanged || this.adapter.kind === 'local') this.commit();
    this.emit();
  }

  private commit(): void {
    clearTimeout(this.retryTimer);
    if (this.adapter.commit()) {
      this.dirty = false;
      this.failedCommits = 0;
      if (this.notices.delete('save-failing')) this.emit();
      return;
    }
    this.failedCommits += 1;
    if (this.failedCommits > (this.options.retries ?? 2)) {
      if (!this.notices.has('save-failing')) {
        this.notices.add('save-failing');
        this.emit();
      }
    }
    // After the learner is warned, keep trying, less often: the next success carries everything.
    const delay = this.options.retryDelayMs ?? 2000;
    const warned = this.notices.has('save-failing');
    this.retryTimer = setTimeout(() => this.commit(), warned ? delay * 2 : delay);
  }

  private keepOverflowDrafts(omitted: string[]): void {
    const storage = this.options.overflowStorage;
    if (!storage || omitted.length === 0) return;
    try {
      storage.setItem(
        OVERFLOW_KEY,
        JSON.stringify(Object.fromEntries(omitted.map((id) => [id, this.state.answers[id]]))),
      );
    } catch {
      // Device storage unavailable too: the drafts stay in this tab's memory.
    }
  }

  private withOverflowDrafts(progress: model.Progress): model.Progress {
    try {
      const saved = JSON.parse(this.options.overflowStorage?.getItem(OVERFLOW_KEY) ?? '{}') as Record<string, unknown>;
      const answers = { ...progress.answers };
      for (const [id, text] of Object.entries(saved))
        if (typeof text === 'string' && !(id in answers)) answers[id] = text;
      return { ...progress, answers };
    } catch {
      return progress;
    }
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
