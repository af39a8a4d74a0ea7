import type { Standard } from '../../scorm/preview/lms-double.ts';
import { createMoodleLms } from '../../scorm/preview/moodle-lms.ts';
import { beaconBytes, type MoodleAttempt } from '../../scorm/preview/moodle.ts';
import type { Scorm12Api, Scorm2004Api } from '../../scorm/runtime/lms-api.ts';
import { Scorm12Adapter } from '../../scorm/runtime/scorm12-adapter.ts';
import { Scorm2004Adapter } from '../../scorm/runtime/scorm2004-adapter.ts';
import type { CourseRules } from '../tracking/course-rules.ts';
import { Tracker, type TrackerOptions } from '../tracking/tracker.ts';

/** A course session against the LMS double's Moodle 4.5 profile, outside a browser (tests, bench). */
export function moodleSession(
  standard: Standard,
  rules: CourseRules,
  options: { saved?: MoodleAttempt; tracker?: TrackerOptions } = {},
) {
  let stored: MoodleAttempt | undefined = options.saved;
  const lms = createMoodleLms({
    standard,
    saved: stored,
    manifest: {
      objectiveMeasures: [rules.masteryScore / 100, ...rules.outcomes.map(() => rules.masteryScore / 100)].map(String),
    },
    newAttempt: false,
    browse: false,
    persist: (attempt) => (stored = structuredClone(attempt)),
    persistLater: () => undefined,
    onChange: () => undefined,
  });
  const adapter =
    standard === '1.2'
      ? new Scorm12Adapter(lms.api as unknown as Scorm12Api)
      : new Scorm2004Adapter(lms.api as unknown as Scorm2004Api);
  const tracker = new Tracker(adapter, rules, options.tracker);
  return {
    lms,
    tracker,
    adapter,
    stored: () => stored,
    /** Bytes of the body Moodle's beacon would carry if the page unloaded now (the whole 2004 model). */
    unloadBytes: () => beaconBytes(Object.entries(stored?.tracks ?? {})),
  };
}
