// What Moodle 4.5 (mod/scorm, version 2024100700) does around the SCO, as the
// LMS double's `moodle` profile reproduces it. Each rule names the Moodle file
// and function it comes from. The data model itself is still validated by
// scorm-again; this layer decides what the SCO is handed at launch and what
// reaches the "server" on each commit.
import type { Standard } from './lms-double.ts';

/** One attempt as Moodle stores it: flat element -> value (table scorm_scoes_value). */
export interface MoodleAttempt {
  attempt: number;
  tracks: Record<string, string>;
}

/** What the package's manifest tells Moodle (mod/scorm/datamodels/scormlib.php scorm_get_manifest()). */
export interface ManifestFacts {
  /** 1.2 `adlcp:masteryscore`, absent when the manifest has none. */
  masteryScore12?: string;
  /** 2004: every objective of the SCO (primary first), with its minNormalizedMeasure when stated. */
  objectiveMeasures: Array<string | undefined>;
}

export type LaunchMode = 'normal' | 'review' | 'browse';

/**
 * mod/scorm/lib.php scorm_check_mode(): an attempt whose status is terminal
 * (1.2 lesson_status completed/passed/failed; 2004 completion_status
 * completed) opens in review mode unless the learner asked for a new attempt.
 */
export function isTerminal(standard: Standard, tracks: Record<string, string>): boolean {
  if (standard === '1.2') return ['completed', 'passed', 'failed'].includes(tracks['cmi.core.lesson_status'] ?? '');
  return tracks['cmi.completion_status'] === 'completed';
}

/**
 * 2004: scormlib.php defaults each objective's minnormalizedmeasure to 1.0 and
 * scorm_13lib.php get_scorm_default() hands the SCO the last non-empty one as
 * cmi.scaled_passing_score; '' when the SCO has no objectives.
 */
export function scaledPassingScore(measures: ManifestFacts['objectiveMeasures']): string {
  let value = '';
  for (const measure of measures) {
    const m = measure ?? '1.0';
    if (m !== '' && Number(m) !== 0) value = String(Number(m));
  }
  return value;
}

/** The flat data model Moodle hands the SCO at launch (get_scorm_default in scorm_12lib.php / scorm_13lib.php). */
export function launchValues(
  standard: Standard,
  attempt: MoodleAttempt,
  manifest: ManifestFacts,
  mode: LaunchMode,
  learner: { id: string; name: string },
): Record<string, string> {
  const t = attempt.tracks;
  const credit = mode === 'normal' ? 'credit' : 'no-credit';
  if (standard === '1.2') {
    // 1.2: every stored track is loaded; entry from the stored status and exit.
    const entry = !t['cmi.core.lesson_status'] ? 'ab-initio' : t['cmi.core.exit'] === 'suspend' ? 'resume' : '';
    const values: Record<string, string> = { ...t };
    delete values['cmi.core.session_time'];
    return {
      ...values,
      'cmi.core.student_id': learner.id,
      'cmi.core.student_name': learner.name,
      'cmi.core.lesson_status': t['cmi.core.lesson_status'] || 'not attempted',
      'cmi.core.entry': entry,
      'cmi.core.lesson_mode': mode,
      'cmi.core.credit': credit,
      'cmi.student_data.mastery_score': manifest.masteryScore12 ?? '',
    };
  }
  // 2004: "only cmi.exit==suspend should allow previous datamodel elements on re-launch".
  const suspended = t['cmi.exit'] === 'suspend';
  const values: Record<string, string> = suspended ? { ...t } : {};
  delete values['cmi.session_time'];
  const passing = scaledPassingScore(manifest.objectiveMeasures);
  return {
    ...values,
    'cmi.learner_id': learner.id,
    'cmi.learner_name': learner.name,
    'cmi.entry': suspended ? 'resume' : 'ab-initio',
    'cmi.mode': mode,
    'cmi.credit': credit,
    ...(passing ? { 'cmi.scaled_passing_score': passing } : {}),
  };
}

// Elements whose SetValue stores a number in Moodle's 1.2 runtime (`value*1.0`
// in datamodels/scorm_12.js LMSSetValue, for elements with a `range`).
const RANGED_12 =
  /^cmi\.(core\.score\.(raw|min|max)|objectives\.\d+\.score\.(raw|min|max)|interactions\.\d+\.weighting)$/;
// Read-only elements never collected (datamodels/scorm_12.js / scorm_13.js `mod: 'r'`).
const READ_ONLY = new Set([
  'cmi.core.student_id',
  'cmi.core.student_name',
  'cmi.core.entry',
  'cmi.core.lesson_mode',
  'cmi.core.credit',
  'cmi.core.total_time',
  'cmi.student_data.mastery_score',
  'cmi.learner_id',
  'cmi.learner_name',
  'cmi.entry',
  'cmi.mode',
  'cmi.credit',
  'cmi.total_time',
  'cmi.scaled_passing_score',
  'cmi.completion_threshold',
  'cmi.launch_data',
]);

/** A value as Moodle's 1.2 runtime keeps it: numbers for ranged elements, strings otherwise. */
type Kept = string | number;
const kept = (element: string, value: string): Kept => (RANGED_12.test(element) ? Number(value) * 1.0 : value);

/**
 * Moodle's change tracking of one SCO session. 1.2 (datamodels/scorm_12.js
 * CollectData()) sends what differs from each element's "default" and updates
 * the default *before* the request is made, so a value whose commit failed is
 * not sent again unless it changes. 2004 (datamodels/scorm_13.js CollectData())
 * sends every element that differs from its page-load value, and every
 * `.n.` element, on every commit: the whole model, growing all session.
 */
export class MoodleChangeTracking {
  private readonly current = new Map<string, Kept>();
  private readonly defaults = new Map<string, Kept>();

  constructor(
    private readonly standard: Standard,
    launch: Record<string, string>,
  ) {
    for (const [element, value] of Object.entries(launch)) {
      this.current.set(element, value);
      // Scalars carry their launch value as default; `.n.` elements have none in the generic model.
      if (!/\.\d+\./.test(element)) this.defaults.set(element, value);
    }
  }

  /** Records a value the SCO set successfully. */
  set(element: string, value: string): void {
    this.current.set(element, this.standard === '1.2' ? kept(element, value) : value);
  }

  /** What Moodle's StoreData() would send now, as [element, value] pairs. */
  collect(): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    for (const [element, value] of this.current) {
      if (READ_ONLY.has(element) || element.endsWith('._count') || element.endsWith('._children')) continue;
      if (this.standard === '1.2' && element === 'cmi.core.session_time') continue; // never stored
      const isIndexed = /\.\d+\./.test(element);
      const previous = this.defaults.get(element);
      const changed =
        previous === undefined ||
        // Moodle compares loosely: '85' and 85 are the same value, told apart only by the type check below.
        previous != value ||
        typeof previous !== typeof value;
      if (this.standard === '2004' ? isIndexed || changed : changed) {
        out.push([element, String(value)]);
        // 1.2 marks it sent now, before the request (the bug the course must live with).
        if (this.standard === '1.2') this.defaults.set(element, value);
      }
    }
    return out;
  }

  /** The value the SCO last set (or was handed at launch). */
  value(element: string): string | undefined {
    const v = this.current.get(element);
    return v === undefined ? undefined : String(v);
  }
}

/** Moodle's form field name for an element (datamodels: `underscore()`). */
export const fieldName = (element: string) => element.replace(/\./g, '__');

/**
 * Size in bytes of the request body navigator.sendBeacon() gets from
 * mod/scorm/request.js useSendBeacon(): a FormData of every field plus
 * `unloading=1`, sent as multipart/form-data (Chromium's boundary is
 * "----WebKitFormBoundary" and 16 characters).
 */
export function beaconBytes(fields: Array<[string, string]>): number {
  const utf8 = new TextEncoder();
  const boundary = 38;
  let size = 0;
  for (const [name, value] of [...fields.map(([e, v]) => [fieldName(e), v] as const), ['unloading', '1'] as const]) {
    size += 2 + boundary + 2; // --boundary CRLF
    size += utf8.encode(`Content-Disposition: form-data; name="${name}"`).length + 4; // header CRLF CRLF
    size += utf8.encode(value).length + 2; // value CRLF
  }
  return size + 2 + boundary + 4; // --boundary-- CRLF
}

/** Chromium refuses to queue a beacon whose body exceeds 64 KiB (the keepalive quota). */
export const BEACON_LIMIT = 64 * 1024;

// datamodels/scorm_13.js: CMIFeedback is '^.*$' and CMILangString* use '.': in a
// JavaScript RegExp without the s flag '.' matches no line terminator, so a
// learner_response, a correct response pattern or a description with a line
// break is refused (406).
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const NO_LINE_BREAKS_2004 =
  /^cmi\.(interactions\.\d+\.(learner_response|description|correct_responses\.\d+\.pattern)|objectives\.\d+\.description|comments_from_learner\.\d+\.comment|location)$/;

/** Moodle 4.5's extra 2004 type checks (beyond scorm-again's): '406' when refused, else undefined. */
export function moodleRefuses2004(element: string, value: string): string | undefined {
  if (NO_LINE_BREAKS_2004.test(element) && LINE_BREAK.test(value)) return '406';
  return undefined;
}

/**
 * 1.2 at LMSFinish (datamodels/scorm_12.js StoreData(cmi, true)): an SCO that
 * never set a status is "completed"; in normal credit mode a mastery score and
 * a raw score make the status passed or failed, whatever the SCO said.
 */
export function finishOverrides12(values: (element: string) => string | undefined): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (values('cmi.core.lesson_status') === 'not attempted') out.push(['cmi.core.lesson_status', 'completed']);
  const mastery = values('cmi.student_data.mastery_score') ?? '';
  const raw = values('cmi.core.score.raw') ?? '';
  if (
    values('cmi.core.lesson_mode') === 'normal' &&
    values('cmi.core.credit') === 'credit' &&
    mastery !== '' &&
    raw !== ''
  )
    out.push(['cmi.core.lesson_status', Number(raw) >= Number(mastery) ? 'passed' : 'failed']);
  return out;
}
