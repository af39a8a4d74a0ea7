import { Scorm12API, Scorm2004API } from 'scorm-again';
import { API_METHODS, CALL_NAMES, SCORM_AGAIN_SETTINGS, type CallLog, type Standard } from './lms-double.ts';
import {
  BEACON_LIMIT,
  beaconBytes,
  finishOverrides12,
  isTerminal,
  launchValues,
  moodleRefuses2004,
  MoodleChangeTracking,
  type LaunchMode,
  type ManifestFacts,
  type MoodleAttempt,
} from './moodle.ts';

type Method = (...args: string[]) => string;

export interface MoodleLmsOptions {
  standard: Standard;
  /** The learner's stored attempt, as Moodle's tables hold it. */
  saved: MoodleAttempt | undefined;
  manifest: ManifestFacts;
  /** The learner ticked "Start a new attempt" (only honoured after a terminal status, as Moodle does). */
  newAttempt: boolean;
  /** The learner chose "Preview" (browse): no attempt checks, no credit. */
  browse: boolean;
  /** Who is launching (cmi.core.student_id / cmi.learner_id). */
  learner?: { id: string; name: string };
  /** Writes the attempt to the "server". */
  persist: (attempt: MoodleAttempt) => void;
  /** A beacon's data lands later (after the next launch has read the tracks, as on F5). */
  persistLater: (attempt: number, values: Array<[string, string]>) => void;
  onChange: () => void;
}

/** What the Moodle profile adds to the call log. */
export interface MoodleLog extends CallLog {
  /** Beacons Chromium refused to queue (body over 64 KiB): the data never arrived. */
  refusedBeacons: number;
  /** Size in bytes of the largest commit body, and of the last one. */
  largestCommitBytes: number;
  lastCommitBytes: number;
  /** Elements sent by each commit, in order (for tests of what reaches Moodle). */
  sent: Array<Array<[string, string]>>;
}

/**
 * The LMS double's Moodle 4.5 profile: scorm-again validates the data model;
 * launch values, review mode, change tracking, refused commits, the beacon on
 * unload and Moodle's stricter 2004 patterns follow ./moodle.ts.
 */
export function createMoodleLms(options: MoodleLmsOptions) {
  const { standard } = options;
  let attempt: MoodleAttempt = options.saved ?? { attempt: 1, tracks: {} };
  let mode: LaunchMode = 'normal';
  if (options.browse) mode = 'browse';
  else if (isTerminal(standard, attempt.tracks)) {
    if (options.newAttempt) attempt = { attempt: attempt.attempt + 1, tracks: {} };
    else mode = 'review';
  }
  const launch = launchValues(
    standard,
    attempt,
    options.manifest,
    mode,
    options.learner ?? { id: 'student-42', name: 'Nowak, Anna' },
  );
  const api =
    standard === '1.2' ? new Scorm12API({ ...SCORM_AGAIN_SETTINGS }) : new Scorm2004API({ ...SCORM_AGAIN_SETTINGS });
  const forScormAgain = Object.fromEntries(Object.entries(launch).filter(([e]) => !/\.exit$/.test(e)));
  api.loadFromFlattenedJSON(forScormAgain, '');
  const tracking = new MoodleChangeTracking(standard, launch);
  const log: MoodleLog = {
    initialize: 0,
    terminate: 0,
    commits: 0,
    refusedCommits: 0,
    rejections: [],
    refusedBeacons: 0,
    largestCommitBytes: 0,
    lastCommitBytes: 0,
    sent: [],
  };
  const names = CALL_NAMES[standard];
  const call = (name: string, ...args: string[]) => (api as unknown as Record<string, Method>)[name]!(...args);
  let failNext = 0;
  let forcedError = '';
  let unloading = false;

  /** datamodel.php: the request either stores the collected values or fails (101 to the SCO). */
  const store = (values: Array<[string, string]>): boolean => {
    const bytes = beaconBytes(values);
    log.lastCommitBytes = bytes;
    log.largestCommitBytes = Math.max(log.largestCommitBytes, bytes);
    if (failNext > 0) {
      failNext -= 1;
      log.refusedCommits += 1;
      return false;
    }
    if (unloading) {
      // request.js useSendBeacon(): "false\n101" when the beacon cannot be queued, else "true\n0" at once.
      if (bytes > BEACON_LIMIT) {
        log.refusedBeacons += 1;
        return false;
      }
      log.sent.push(values);
      options.persistLater(attempt.attempt, values);
      return true;
    }
    log.sent.push(values);
    for (const [element, value] of values) attempt.tracks[element] = value;
    options.persist(attempt);
    return true;
  };

  const wrapped: Record<string, Method> = {};
  for (const name of API_METHODS[standard]) {
    wrapped[name] = (...args: string[]) => {
      if (name === names.error) return forcedError || call(name);
      forcedError = '';
      let result: string;
      if (name === names.set && standard === '2004' && moodleRefuses2004(args[0] ?? '', args[1] ?? '')) {
        forcedError = '406';
        result = 'false';
      } else if (name === names.commit || name === names.term) {
        result = call(name, ...args);
        if (result === 'true') {
          if (name === names.term && standard === '1.2')
            for (const [e, v] of finishOverrides12((e) => tracking.value(e))) tracking.set(e, v);
          if (!store(tracking.collect())) {
            forcedError = standard === '1.2' ? '101' : '391';
            result = 'false';
          } else if (name === names.commit) log.commits += 1;
          if (name === names.term) log.terminate += 1;
        }
      } else {
        result = call(name, ...args);
        if (name === names.init && result === 'true') log.initialize += 1;
        if (name === names.set && result === 'true') tracking.set(args[0] ?? '', args[1] ?? '');
      }
      if (name === names.set && result !== 'true') {
        log.rejections.push({ element: args[0] ?? '', value: args[1] ?? '', code: forcedError || call(names.error) });
      }
      options.onChange();
      return result;
    };
  }
  return {
    api: wrapped,
    log,
    mode,
    attempt: attempt.attempt,
    /** The data model as the SCO sees it now (scorm-again's JSON). */
    cmi: () => (api.renderCMIToJSONObject() as { cmi: Record<string, unknown> }).cmi,
    /** What the "server" holds for this attempt. */
    stored: () => ({ ...attempt.tracks }),
    failNextCommits(n: number) {
      failNext = n;
    },
    /** The player window is going away (pagehide, beforeunload) or hidden: commits go by beacon. */
    setUnloading(value: boolean) {
      unloading = value;
    },
  };
}
