// The learner's work on one scenario, saved while they work (tracker.setAnswer) and read back on reload:
// the choices under `ex-matching:<scenarioId>` as a few characters (indices into the scenario), the
// reasons under `ex-matching:why:<scenarioId>` as free text, which the tracker stores in its own part of
// the suspend data and keeps on the device when SCORM 1.2's 4096 characters cannot hold it.
import type { Scenario } from './schema.ts';

/** What the learner has done on one scenario. */
export interface Saved {
  /** Mentee id -> mentor id. */
  choices: Record<string, string>;
  /** Mentee id -> the learner's one-line reason. */
  reasons: Record<string, string>;
  /** The learner pressed "Sprawdź" and has not changed anything since. */
  checked: boolean;
}

/** Longest reason kept (one line is asked for; this stops a pasted essay from filling the suspend data). */
export const MAX_REASON = 200;

export function emptySaved(): Saved {
  return { choices: {}, reasons: {}, checked: false };
}

/** The learner's work as stored: the choices and the reasons, each under its own key. */
export interface Stored {
  /** Version 2: "2", "k" when checked (else "-"), then one character per mentee: its mentor's index in base 36, "." for none. */
  state: string;
  /** The reasons, as JSON by mentee id (free text: the tracker keeps it in its own part); '' when none. */
  reasons: string;
}

/**
 * Encodes the learner's work for a scenario. Choices are indices into the
 * scenario's mentees and mentors (the data's order: a scenario file's people
 * keep their order once published), so a whole scenario takes a few
 * characters of SCORM 1.2's 4096 (RTE 3.4.4); the reasons are learner text,
 * kept apart. Empty strings when there is nothing to keep (the tracker then
 * removes the key).
 */
export function encodeSaved(saved: Saved, scenario: Scenario): Stored {
  const mentors = new Map(scenario.mentors.map((m, j) => [m.id, j]));
  const marks = scenario.mentees.map((m) => {
    const j = mentors.get(saved.choices[m.id] ?? '');
    return j === undefined ? '.' : j.toString(36);
  });
  const chosen = marks.some((mark) => mark !== '.');
  const reasons = Object.entries(saved.reasons)
    .map(([mentee, text]) => [mentee, text.trim().slice(0, MAX_REASON)] as const)
    .filter(([, text]) => text);
  return {
    state: chosen ? `2${saved.checked ? 'k' : '-'}${marks.join('')}` : '',
    reasons: reasons.length > 0 ? JSON.stringify(Object.fromEntries(reasons)) : '',
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Version 1 (one JSON value: c = "mentee.mentor" pairs, r = reasons, k = checked). */
function decodeV1(value: string, scenario: Scenario, saved: Saved): void {
  let stored: unknown;
  try {
    stored = JSON.parse(value);
  } catch {
    return;
  }
  if (!isRecord(stored) || stored['v'] !== 1) return;
  const mentees = new Set(scenario.mentees.map((m) => m.id));
  const mentors = new Set(scenario.mentors.map((m) => m.id));
  if (typeof stored['c'] === 'string') {
    for (const pair of stored['c'].split(',')) {
      const [mentee, mentor] = pair.split('.');
      if (mentee && mentor && mentees.has(mentee) && mentors.has(mentor)) saved.choices[mentee] = mentor;
    }
  }
  if (isRecord(stored['r'])) readReasons(stored['r'], scenario, saved);
  saved.checked = stored['k'] === 1;
}

function readReasons(reasons: Record<string, unknown>, scenario: Scenario, saved: Saved): void {
  const mentees = new Set(scenario.mentees.map((m) => m.id));
  for (const [mentee, text] of Object.entries(reasons)) {
    if (mentees.has(mentee) && typeof text === 'string') saved.reasons[mentee] = text.slice(0, MAX_REASON);
  }
}

/**
 * Reads saved work back for a scenario (version 2, or version 1 in `state`).
 * Never throws: unreadable data gives an empty record, and choices or reasons
 * naming people no longer in the scenario are dropped.
 */
export function decodeSaved(state: string | undefined, reasons: string | undefined, scenario: Scenario): Saved {
  const saved = emptySaved();
  if (state?.startsWith('{')) decodeV1(state, scenario, saved);
  else if (state && /^2[k-][0-9a-z.]*$/.test(state)) {
    [...state.slice(2)].forEach((mark, i) => {
      const mentee = scenario.mentees[i];
      const mentor = mark === '.' ? undefined : scenario.mentors[parseInt(mark, 36)];
      if (mentee && mentor) saved.choices[mentee.id] = mentor.id;
    });
    saved.checked = state[1] === 'k';
  }
  if (reasons) {
    try {
      const parsed: unknown = JSON.parse(reasons);
      if (isRecord(parsed)) readReasons(parsed, scenario, saved);
    } catch {
      // Unreadable reasons: the choices still count.
    }
  }
  saved.checked &&= Object.keys(saved.choices).length > 0;
  return saved;
}

/** The storage key of a scenario's choices. */
export const savedKey = (activityId: string, scenarioId: string) => `${activityId}:${scenarioId}`;
/** The storage key of a scenario's reasons (free text: see src/utils/state-layout.ts). */
export const reasonsKey = (activityId: string, scenarioId: string) => `${activityId}:why:${scenarioId}`;
