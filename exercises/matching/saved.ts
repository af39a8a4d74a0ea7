// The learner's work on one scenario as a compact string, saved under `ex-matching:<scenarioId>` while they
// work (tracker.setAnswer) and read back on reload. The whole course must fit SCORM 1.2's 4096-character
// suspend_data (RTE 3.4.4), so choices are `mentee.mentor` pairs joined by commas (the SCORM 1.2 matching
// format) and empty parts are left out. Reasons are learner text: the tracker keeps long text on the device
// when it does not fit.
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

/** Stored shape, version 1: c = choices, r = reasons, k = checked. */
interface Stored {
  v: 1;
  c?: string;
  r?: Record<string, string>;
  k?: 1;
}

/** Longest reason kept (one line is asked for; this stops a pasted essay from filling the suspend data). */
export const MAX_REASON = 200;

export function emptySaved(): Saved {
  return { choices: {}, reasons: {}, checked: false };
}

/** Encodes the learner's work; '' when there is nothing to keep (the tracker then removes the key). */
export function encodeSaved(saved: Saved): string {
  const stored: Stored = { v: 1 };
  const choices = Object.entries(saved.choices).filter(([, mentor]) => mentor);
  if (choices.length > 0) stored.c = choices.map(([mentee, mentor]) => `${mentee}.${mentor}`).join(',');
  const reasons = Object.entries(saved.reasons)
    .map(([mentee, text]) => [mentee, text.trim().slice(0, MAX_REASON)] as const)
    .filter(([, text]) => text);
  if (reasons.length > 0) stored.r = Object.fromEntries(reasons);
  if (saved.checked && choices.length > 0) stored.k = 1;
  return stored.c || stored.r ? JSON.stringify(stored) : '';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads saved work back for a scenario. Never throws: unreadable data gives an empty record, and choices
 * or reasons naming people no longer in the scenario (an edited scenario file) are dropped.
 */
export function decodeSaved(value: string | undefined, scenario: Scenario): Saved {
  const saved = emptySaved();
  if (!value) return saved;
  let stored: unknown;
  try {
    stored = JSON.parse(value);
  } catch {
    return saved;
  }
  if (!isRecord(stored) || stored['v'] !== 1) return saved;
  const mentees = new Set(scenario.mentees.map((m) => m.id));
  const mentors = new Set(scenario.mentors.map((m) => m.id));
  if (typeof stored['c'] === 'string') {
    for (const pair of stored['c'].split(',')) {
      const [mentee, mentor] = pair.split('.');
      if (mentee && mentor && mentees.has(mentee) && mentors.has(mentor)) saved.choices[mentee] = mentor;
    }
  }
  if (isRecord(stored['r'])) {
    for (const [mentee, text] of Object.entries(stored['r'])) {
      if (mentees.has(mentee) && typeof text === 'string') saved.reasons[mentee] = text.slice(0, MAX_REASON);
    }
  }
  saved.checked = stored['k'] === 1 && Object.keys(saved.choices).length > 0;
  return saved;
}

/** The storage key of a scenario's work. */
export const savedKey = (activityId: string, scenarioId: string) => `${activityId}:${scenarioId}`;
