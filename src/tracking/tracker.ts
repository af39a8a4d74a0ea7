import type { LaunchState, Report, TrackingAdapter } from './adapter.ts';
import { masteryInForce, standing, type CourseRules, type Standing } from './course-rules.ts';
import { DeviceStore, deviceKey, removeLegacyOverflow } from './device-store.ts';
import type { Interaction, InteractionSource } from './interaction.ts';
import * as model from './progress.ts';
import { restore } from './restore.ts';
import { learnerStatus, type LearnerStatus } from './status.ts';
import { encodeProgress, encodeWithin, type Envelope } from './suspend-data.ts';

/** Something the learner should be told about their saved progress. */
export type Notice =
  /** Browser storage is off or full: progress lasts only while the tab is open. */
  | 'storage-unavailable'
  /** Saved progress could not be read and was started afresh (the LMS's status and score are kept). */
  | 'progress-reset'
  /** The LMS keeps refusing to save; saving is retried, a copy is on this device. */
  | 'save-failing'
  /** The LMS keeps refusing to save and this device cannot keep a copy either. */
  | 'save-failing-unkept'
  /** Some free text does not fit the LMS's storage: it is kept on this device only. */
  | 'texts-on-device'
  /** Browse or review mode: nothing is scored or saved. */
  | 'review-mode'
  /** The session has ended ("Zakończ"), its last commit confirmed. */
  | 'session-ended'
  /** The session has ended but the LMS did not confirm the last commit (a copy is on this device). */
  | 'session-ended-unsaved';

export interface TrackerOptions {
  /** Commit this long after the last change (a lesson read, an answer, an exercise checked). */
  commitDelayMs?: number;
  /** How many retries of a refused commit before the learner is warned; retrying goes on after. */
  retries?: number;
  retryDelayMs?: number;
  /** Browser storage for the device copy of an LMS learner's progress (device-store.ts). */
  deviceStorage?: Storage;
  now?: () => number;
  /** A new attempt's token (tests make it predictable). */
  newToken?: () => string;
}

const randomToken = () => Math.random().toString(36).slice(2, 8);

/**
 * The one tracking interface: islands and pages report here; the adapter
 * behind it decides where progress goes. Changes are written to the data
 * model and committed ~2 s after the last one (at once when the LMS status
 * changes, and when the page is hidden or goes away), so almost nothing
 * depends on the unload; refused commits are retried. Review mode writes
 * nothing.
 */
export class Tracker {
  private state = model.emptyProgress();
  private envelope: Envelope = { token: '', seq: 0 };
  private device: DeviceStore | undefined;
  private readonly listeners = new Set<() => void>();
  private dirty = false;
  private reviewOnly = false;
  private commitTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private failedCommits = 0;
  private commitQueued = false;
  private ended = false;
  private startedAt = 0;
  private mastery: number;
  private lastStanding: Standing | undefined;
  /** Free-text answer keys the LMS copy leaves out (kept on this device). */
  omittedTexts: string[] = [];
  readonly notices = new Set<Notice>();

  constructor(
    readonly adapter: TrackingAdapter,
    private readonly rules: CourseRules,
    private readonly options: TrackerOptions = {},
  ) {
    this.mastery = rules.masteryScore;
  }

  /** Opens the session, restores saved progress (from the LMS or, when newer, this device) and commits at once. */
  start(): void {
    this.startedAt = this.now();
    const launch = this.adapter.start();
    this.reviewOnly = launch.reviewOnly;
    this.mastery = masteryInForce(launch.masteryScore, this.rules.masteryScore);
    if (launch.reviewOnly) this.notices.add('review-mode');
    this.device = this.deviceFor(launch);
    const restored = restore(launch, this.rules.layout, this.device, this.options.newToken ?? randomToken);
    if (restored.discarded) this.notices.add('progress-reset');
    this.state = restored.progress;
    this.envelope = restored.envelope;
    if (!this.state.location && launch.location) this.state = { ...this.state, location: launch.location };
    if ('persistent' in this.adapter && this.adapter.persistent === false) this.notices.add('storage-unavailable');
    this.lastStanding = this.standing;
    // The early commit: status, exit = suspend and the data, before the learner does anything.
    if (!this.reviewOnly && this.adapter.kind !== 'local') this.commit();
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
    if (this.state.location === id && this.state.visited.includes(id)) return;
    this.update(model.visitLesson(this.state, id));
  }

  /** The learner reached a lesson's end: it counts as read. */
  readLesson(id: string): void {
    if (this.state.read.includes(id)) return;
    this.update(model.readLesson(this.state, id));
  }

  /** Records an exercise or practice quiz check and its items' interactions. */
  recordActivity(id: string, result: { score: number; max: number }, interactions: Interaction[] = []): void {
    const source: InteractionSource = this.rules.practiceActivities.includes(id) ? 'practice' : 'exercise';
    if (this.writable) this.adapter.addActivity(id, tag(interactions, source, id), result);
    this.update(model.setActivity(this.state, id, result));
  }

  /** Reports one practice answer to the LMS as it happens (no other state changes). */
  recordInteraction(interaction: Interaction): void {
    if (!this.writable) return;
    this.adapter.addInteraction({ ...interaction, source: 'practice' });
    this.dirty = true;
    this.scheduleCommit();
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
    if ((this.state.answers[id] ?? '') === value) return;
    this.update(model.setAnswer(this.state, id, value));
  }

  /** Records a final assessment attempt; its interactions carry their position in the attempt. */
  recordAssessment(percent: number, interactions: Interaction[] = []): void {
    if (this.writable)
      interactions.forEach((i, slot) => this.adapter.addInteraction({ ...i, source: 'assessment', slot }));
    this.update(model.recordAssessment(this.state, percent, percent >= this.mastery));
  }

  /** Commits now if anything is unsaved (page hidden or going away). */
  flush(): void {
    if (this.dirty && this.writable) this.commit();
  }

  /** Ends the session ("Zakończ", or the page going away): exit mode, session time, Terminate. */
  exit(): void {
    if (this.ended) return;
    this.ended = true;
    clearTimeout(this.commitTimer);
    clearTimeout(this.retryTimer);
    if (!this.reviewOnly) this.envelope = { ...this.envelope, seq: this.envelope.seq + 1 };
    const saved = this.adapter.finish(this.report(), this.now() - this.startedAt);
    this.notices.add(saved ? 'session-ended' : 'session-ended-unsaved');
    this.emit();
  }

  /** Forgets all progress (public site only, after the learner confirms). */
  clear(): void {
    this.adapter.clear?.();
    this.state = model.emptyProgress();
    this.dirty = false;
    this.emit();
  }

  private get writable(): boolean {
    return !this.ended && !this.reviewOnly;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private deviceFor(launch: LaunchState): DeviceStore | undefined {
    if (this.adapter.kind === 'local') return undefined;
    removeLegacyOverflow(this.options.deviceStorage);
    return new DeviceStore(this.options.deviceStorage, deviceKey(this.rules.courseId, launch.learnerId ?? ''));
  }

  /** The report for the adapter; keeps the full copy (free text included) on this device. */
  private report(): Report {
    const s = this.standing;
    const { data, omitted } = encodeWithin(this.state, this.rules.layout, this.envelope, this.adapter.suspendLimit);
    this.omittedTexts = omitted;
    this.device?.write({ ...this.envelope, data: encodeProgress(this.state, this.rules.layout, this.envelope) });
    this.toggleNotice('texts-on-device', omitted.length > 0);
    const report: Report = {
      standing: s,
      suspendData: data,
      outcomes: this.rules.outcomes.map((id) => {
        const result = this.state.outcomes[id];
        return result ? { id, result } : { id };
      }),
    };
    if (this.state.location) report.location = this.state.location;
    return report;
  }

  /** A new save: the counter moves on (so suspend data always changes) and the data model is written. */
  private persist(): void {
    this.envelope = { ...this.envelope, seq: this.envelope.seq + 1 };
    this.adapter.save(this.report());
  }

  private update(next: model.Progress): void {
    if (this.ended) return;
    this.state = next;
    if (!this.reviewOnly) {
      this.dirty = true;
      const now = this.standing;
      const before = this.lastStanding;
      this.lastStanding = now;
      const statusChanged =
        now.lessonStatus !== before?.lessonStatus ||
        now.completion !== before?.completion ||
        now.success !== before?.success ||
        now.scorePercent !== before?.scorePercent;
      if (statusChanged || this.adapter.kind === 'local') this.commitSoon();
      else this.scheduleCommit();
    }
    this.emit();
  }

  /**
   * Commits at the end of the current task: what a check reports together (an
   * assessment's score and then its outcomes) reaches the LMS in one commit.
   */
  private commitSoon(): void {
    if (this.commitQueued) return;
    this.commitQueued = true;
    queueMicrotask(() => {
      this.commitQueued = false;
      if (this.writable && this.dirty) this.commit();
    });
  }

  private scheduleCommit(): void {
    clearTimeout(this.commitTimer);
    this.commitTimer = setTimeout(() => this.commit(), this.options.commitDelayMs ?? 2000);
  }

  /** Writes the current state to the data model (and the device copy), then commits. */
  private commit(): void {
    clearTimeout(this.commitTimer);
    clearTimeout(this.retryTimer);
    this.persist();
    if (this.adapter.commit()) {
      this.dirty = false;
      this.failedCommits = 0;
      this.toggleNotice('save-failing', false);
      this.toggleNotice('save-failing-unkept', false);
      return;
    }
    this.failedCommits += 1;
    if (this.failedCommits > (this.options.retries ?? 2)) {
      const kept = this.device?.usable ?? false;
      this.toggleNotice(kept ? 'save-failing' : 'save-failing-unkept', true);
    }
    // Keep trying, less often once the learner is warned; each retry is a new save so every value is sent again.
    const delay = this.options.retryDelayMs ?? 2000;
    const warned = this.notices.has('save-failing') || this.notices.has('save-failing-unkept');
    this.retryTimer = setTimeout(
      () => {
        if (!this.writable) return;
        this.persist();
        this.commit();
      },
      warned ? delay * 2 : delay,
    );
  }

  private toggleNotice(notice: Notice, on: boolean): void {
    if (this.notices.has(notice) === on) return;
    if (on) this.notices.add(notice);
    else this.notices.delete(notice);
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

/** Interactions tagged with where they come from. */
function tag(interactions: Interaction[], source: InteractionSource, activity: string): Interaction[] {
  return interactions.map((i) => ({ ...i, source, activity }));
}
