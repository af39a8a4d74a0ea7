import { Scorm12API, Scorm2004API } from 'scorm-again';

export type Standard = '1.2' | '2004';

/** What the preview records about the content's calls: what the tests assert on. */
export interface CallLog {
  initialize: number;
  terminate: number;
  commits: number;
  refusedCommits: number;
  rejections: Array<{ element: string; value: string; code: string }>;
}

/** What the preview keeps between launches (as a real LMS would). */
export interface SavedAttempt {
  cmi: Record<string, unknown>;
}

type Api = InstanceType<typeof Scorm12API> | InstanceType<typeof Scorm2004API>;
type Method = (...args: string[]) => string;

// scorm-again logs to the console; the preview shows its own panel instead.
export const SCORM_AGAIN_SETTINGS = { autocommit: false, lmsCommitUrl: false, logLevel: 5 } as const;

/** The LMS API's method names per standard. */
export const CALL_NAMES = {
  '1.2': {
    init: 'LMSInitialize',
    term: 'LMSFinish',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    error: 'LMSGetLastError',
  },
  '2004': { init: 'Initialize', term: 'Terminate', set: 'SetValue', commit: 'Commit', error: 'GetLastError' },
} as const;

/** The values the LMS sets before launch: learner, resume data, mastery score, entry. */
function launchData(
  standard: Standard,
  saved: SavedAttempt | undefined,
  mastery: number | undefined,
  mode: string,
  learnerId: string,
) {
  const cmi = (saved?.cmi ?? {}) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- scorm-again's JSON shape
  if (standard === '1.2') {
    const exit = cmi['core']?.exit;
    const entry = exit === 'suspend' ? 'resume' : saved ? '' : 'ab-initio';
    const core = { ...(cmi['core'] ?? {}), entry, exit: '', lesson_mode: mode, student_id: learnerId };
    const studentData =
      mastery === undefined ? cmi['student_data'] : { ...(cmi['student_data'] ?? {}), mastery_score: String(mastery) };
    return { ...cmi, core, ...(studentData ? { student_data: studentData } : {}) };
  }
  const entry = cmi['exit'] === 'suspend' ? 'resume' : saved ? '' : 'ab-initio';
  return {
    ...cmi,
    entry,
    exit: '',
    mode,
    learner_id: learnerId,
    ...(mastery === undefined ? {} : { scaled_passing_score: String(mastery / 100) }),
  };
}

/**
 * A test double of an LMS around scorm-again: the real runtime validates
 * every call; this wrapper counts sessions, records refused values, can make
 * commits fail, and keeps the attempt between launches.
 */
export function createLms(options: {
  standard: Standard;
  saved: SavedAttempt | undefined;
  masteryScore: number | undefined;
  /** LMS launch mode: normal, browse or review. */
  mode: 'normal' | 'browse' | 'review';
  /** The launching learner's id. */
  learnerId?: string;
  persist: (attempt: SavedAttempt) => void;
  onChange: () => void;
}) {
  const { standard } = options;
  const api: Api =
    standard === '1.2' ? new Scorm12API({ ...SCORM_AGAIN_SETTINGS }) : new Scorm2004API({ ...SCORM_AGAIN_SETTINGS });
  api.loadFromJSON(
    launchData(standard, options.saved, options.masteryScore, options.mode, options.learnerId ?? 'student-42'),
    '',
  );
  const log: CallLog = { initialize: 0, terminate: 0, commits: 0, refusedCommits: 0, rejections: [] };
  let failNext = 0;
  let forcedError = '';
  const names = CALL_NAMES[standard];
  const call = (name: string, ...args: string[]) => (api as unknown as Record<string, Method>)[name]!(...args);
  const save = () => options.persist({ cmi: (api.renderCMIToJSONObject() as { cmi: Record<string, unknown> }).cmi });

  const wrapped: Record<string, Method> = {};
  for (const name of API_METHODS[standard]) {
    wrapped[name] = (...args: string[]) => {
      forcedError = name === names.error ? forcedError : '';
      if (name === names.error && forcedError) return forcedError;
      if (name === names.commit && failNext > 0) {
        failNext -= 1;
        log.refusedCommits += 1;
        // SCORM 2004 error 391 "General Commit Failure"; 1.2 has only 101 "General Exception".
        forcedError = standard === '1.2' ? '101' : '391';
        options.onChange();
        return 'false';
      }
      const result = call(name, ...args);
      if (name === names.init && result === 'true') log.initialize += 1;
      if (name === names.term && result === 'true') {
        log.terminate += 1;
        save();
      }
      if (name === names.commit && result === 'true') {
        log.commits += 1;
        save();
      }
      if (name === names.set && result !== 'true') {
        log.rejections.push({ element: args[0] ?? '', value: args[1] ?? '', code: call(names.error) });
      }
      if (name !== names.error) options.onChange();
      return result;
    };
  }
  return {
    api: wrapped,
    log,
    /** The data model as the LMS holds it now. */
    cmi: () => (api.renderCMIToJSONObject() as { cmi: Record<string, unknown> }).cmi,
    failNextCommits(n: number) {
      failNext = n;
    },
  };
}

/** Every method of each standard's API object. */
export const API_METHODS: Record<Standard, string[]> = {
  '1.2': [
    'LMSInitialize',
    'LMSFinish',
    'LMSGetValue',
    'LMSSetValue',
    'LMSCommit',
    'LMSGetLastError',
    'LMSGetErrorString',
    'LMSGetDiagnostic',
  ],
  '2004': [
    'Initialize',
    'Terminate',
    'GetValue',
    'SetValue',
    'Commit',
    'GetLastError',
    'GetErrorString',
    'GetDiagnostic',
  ],
};
