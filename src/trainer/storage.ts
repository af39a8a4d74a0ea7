// The room's work is kept in localStorage (one key per exercise) so that it survives a reload and a
// browser restart until the trainer resets. Storage may be disabled (private modes, policies) or full:
// the room then keeps working in memory and the trainer is told once.

/** Prefix of trainer mode's keys; the learner's progress uses other `lse-m1:` keys. */
export const STORAGE_PREFIX = 'lse-m1:trainer:';

/** The key of one exercise's room, e.g. `lse-m1:trainer:roles`. */
export const roomKey = (exercise: string): string => `${STORAGE_PREFIX}${exercise}`;

/** The trainer's own settings (keyboard shortcuts on or off). */
export const PREFS_KEY = `${STORAGE_PREFIX}prefs`;

/** How the last save went. */
export type SaveStatus = 'saved' | 'unavailable' | 'full';

/** The window's localStorage, or null when the browser refuses it (reading it may throw). */
export function localStore(win: { localStorage: Storage } | undefined = globalThis.window): Storage | null {
  try {
    return win?.localStorage ?? null;
  } catch {
    return null;
  }
}

/** A saved value parsed, or null when absent, unreadable or refused. */
export function readSaved(storage: Storage | null, key: string): unknown {
  if (!storage) return null;
  try {
    const text = storage.getItem(key);
    return text === null ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

// DOMException names for a full store differ by browser: Chromium and WebKit say QuotaExceededError,
// old Firefox NS_ERROR_DOM_QUOTA_REACHED.
const FULL = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/** Saves a value as JSON; never throws. */
export function writeSaved(storage: Storage | null, key: string, value: unknown): SaveStatus {
  if (!storage) return 'unavailable';
  try {
    storage.setItem(key, JSON.stringify(value));
    return 'saved';
  } catch (error) {
    return FULL.has((error as { name?: string }).name ?? '') ? 'full' : 'unavailable';
  }
}

/** Removes a saved value; never throws. */
export function removeSaved(storage: Storage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to do: the room in memory is reset anyway.
  }
}
