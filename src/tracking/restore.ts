import type { LaunchState } from './adapter.ts';
import type { DeviceStore } from './device-store.ts';
import { emptyProgress, type Progress } from './progress.ts';
import { decodeProgress, type Envelope, type StateLayout } from './suspend-data.ts';

/** What a launch resumes from. */
export interface Restored {
  progress: Progress;
  envelope: Envelope;
  /** The LMS's data was unreadable (the learner is told). */
  discarded?: boolean;
  /** Where the progress came from. */
  from: 'lms' | 'device' | 'new';
}

/**
 * Chooses what to resume: the LMS's suspend data, or this device's copy of
 * the same attempt when it is newer (a commit that never reached the LMS),
 * filling in free text the LMS copy had to leave out. A device copy of
 * another attempt is cleared; so is one when the LMS starts a new attempt
 * (entry ab-initio with no data of ours). Review mode reads the LMS's data
 * and leaves the device alone.
 */
export function restore(
  launch: LaunchState,
  layout: StateLayout,
  device: DeviceStore | undefined,
  newToken: () => string,
): Restored {
  const lms = decodeProgress(launch.suspendData, layout);
  const discarded = Boolean(lms.discarded);
  const fresh = (): Restored => ({ progress: emptyProgress(), envelope: { token: newToken(), seq: 0 }, from: 'new' });
  if (!device || launch.reviewOnly) {
    const envelope = lms.envelope ?? { token: newToken(), seq: 0 };
    return { progress: lms.progress, envelope, discarded, from: launch.suspendData ? 'lms' : 'new' };
  }
  const record = device.read();
  const copy = record ? decodeProgress(record.data, layout) : undefined;
  const sameAttempt = (env: Envelope | undefined) => Boolean(record && env && record.token === env.token);

  if (lms.envelope) {
    if (!sameAttempt(lms.envelope)) {
      device.clear();
      return { progress: lms.progress, envelope: lms.envelope, discarded, from: 'lms' };
    }
    if (record!.seq > lms.envelope.seq) return { progress: copy!.progress, envelope: copy!.envelope!, from: 'device' };
    const progress = { ...lms.progress, answers: { ...lms.progress.answers } };
    for (const key of lms.envelope.omitted ?? []) {
      const text = copy?.progress.answers[key];
      if (text !== undefined) progress.answers[key] = text;
    }
    return { progress, envelope: { token: lms.envelope.token, seq: lms.envelope.seq }, from: 'lms' };
  }
  if (launch.suspendData && !discarded) {
    // Data of an earlier version of the course (migrated): this attempt's, without an envelope yet.
    device.clear();
    return { progress: lms.progress, envelope: { token: newToken(), seq: 0 }, from: 'lms' };
  }
  if (launch.entry === 'resume' && copy?.envelope) {
    // The LMS says the attempt goes on but has none of our data: the device's copy is all there is.
    return { progress: copy.progress, envelope: copy.envelope, discarded, from: 'device' };
  }
  device.clear();
  return { ...fresh(), discarded };
}
