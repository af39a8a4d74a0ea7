// Where the toolkit keeps copies: the browser's localStorage, one key per template
// (`lse-toolkit:<template id>`, the file format of file-format.ts with that template only). Nothing is ever
// sent anywhere, and nothing goes through the course's tracker or into SCORM suspend_data. Every failure is
// a status the page tells the user about, never an exception: storage disabled (private modes, policies),
// full (quota), or a stored value that cannot be read (kept aside under `<key>:unreadable`, never lost).
import { isQuota, keyOf, PREFIX } from './device.ts';
import { readToolkitFile, writeToolkitFile } from './file-format.ts';
import type { Copy } from './values.ts';

export { browserStorage, keyOf, PREFIX } from './device.ts';

/** `ok`; `unavailable`: the browser refuses storage; `full`: the quota is used up; `unreadable`: bad stored data. */
export type StorageStatus = 'ok' | 'unavailable' | 'full' | 'unreadable';

/** The copies kept for a template. */
export function loadCopies(
  storage: Storage | undefined,
  templateId: string,
): { copies: Copy[]; status: StorageStatus } {
  if (!storage) return { copies: [], status: 'unavailable' };
  const key = keyOf(templateId);
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch {
    return { copies: [], status: 'unavailable' };
  }
  if (text === null) return { copies: [], status: 'ok' };
  const read = readToolkitFile(text);
  if (read.ok) return { copies: read.file.templates[templateId] ?? [], status: 'ok' };
  try {
    storage.setItem(`${key}:unreadable`, text);
    storage.removeItem(key);
  } catch {
    // Leave it where it is: better than losing it.
  }
  return { copies: [], status: 'unreadable' };
}

/**
 * Writes the copies of several templates at once: all of them or none (a failed write puts the earlier
 * values back), so an import is never half-stored.
 */
export function saveCopies(storage: Storage | undefined, byTemplate: Record<string, Copy[]>): StorageStatus {
  if (!storage) return 'unavailable';
  const before = new Map<string, string | null>();
  try {
    for (const [id, copies] of Object.entries(byTemplate)) {
      const key = keyOf(id);
      before.set(key, storage.getItem(key));
      if (copies.length === 0) storage.removeItem(key);
      else storage.setItem(key, writeToolkitFile({ [id]: copies }));
    }
    return 'ok';
  } catch (error) {
    for (const [key, value] of before) {
      try {
        if (value === null) storage.removeItem(key);
        else storage.setItem(key, value);
      } catch {
        // Restoring a value that was there before cannot need more room; ignore the impossible.
      }
    }
    return isQuota(error) ? 'full' : 'unavailable';
  }
}

/** Every toolkit key on this device (templates, unreadable leftovers, the matching helper). */
export function toolkitKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  return keys;
}

/** Deletes everything the toolkit keeps on this device; the course's own progress is left alone. */
export function clearToolkit(storage: Storage | undefined): StorageStatus {
  if (!storage) return 'unavailable';
  try {
    for (const key of toolkitKeys(storage)) storage.removeItem(key);
    return 'ok';
  } catch {
    return 'unavailable';
  }
}
