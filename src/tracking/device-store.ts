/**
 * A copy of an LMS learner's progress kept on this device while it may be
 * newer than what the LMS holds: a commit that never arrived (the unload's
 * beacon refused, Moodle's F5 reading the tracks before the closing page's
 * data lands), or free text too long for SCORM 1.2's suspend data. Keyed by
 * course and LMS learner id, so another learner on the same computer never
 * gets it; it names its attempt (token) and is cleared on a new attempt.
 */
export interface DeviceRecord {
  /** The attempt's token (from the suspend data's envelope). */
  token: string;
  /** Save counter of this copy. */
  seq: number;
  /** The whole progress as suspend data, free text included. */
  data: string;
}

const PREFIX = 'lse-m1:lms:';

/** The storage key of one learner's copy for one course. */
export const deviceKey = (courseId: string, learnerId: string) =>
  `${PREFIX}${encodeURIComponent(courseId)}:${encodeURIComponent(learnerId)}`;

export class DeviceStore {
  /** False once storage refused a write (full or disabled): the copy lasts only in memory. */
  usable = true;

  constructor(
    private readonly storage: Storage | undefined,
    private readonly key: string,
  ) {
    if (!storage) this.usable = false;
  }

  read(): DeviceRecord | undefined {
    try {
      const record = JSON.parse(this.storage?.getItem(this.key) ?? 'null') as Partial<DeviceRecord> | null;
      if (
        record &&
        typeof record.token === 'string' &&
        typeof record.seq === 'number' &&
        typeof record.data === 'string'
      )
        return record as DeviceRecord;
    } catch {
      // Unreadable: as if there were none.
    }
    return undefined;
  }

  write(record: DeviceRecord): void {
    if (!this.usable) return;
    try {
      this.storage!.setItem(this.key, JSON.stringify(record));
    } catch {
      this.usable = false;
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // Nothing we can reach.
    }
  }
}

/** Removes what the first SCORM release kept on the device under one fixed key for every learner. */
export function removeLegacyOverflow(storage: Storage | undefined): void {
  try {
    storage?.removeItem('lse-m1:drafts-overflow');
  } catch {
    // Nothing we can reach.
  }
}
