// Importing an export file into this device's storage (loaded when the user picks a file): the file is read
// whole (file-format.ts), merged into every template it holds without overwriting, and stored all at once.
import { fill } from '../i18n/fill.ts';
import { toolkitImportPl } from '../i18n/pl/toolkit-import.ts';
import { mergeCopies, readToolkitFile, VERSION, type FileError } from './file-format.ts';
import { loadCopies, saveCopies, type StorageStatus } from './storage.ts';
import type { Copy } from './values.ts';

const ti = (key: keyof typeof toolkitImportPl, values?: Record<string, string | number>) =>
  fill(toolkitImportPl[key], values);

/** Why a file was refused, in words. */
export function errorText(error: FileError): string {
  switch (error.code) {
    case 'newer':
      return ti('toolkit.error.newer', { version: error.version, current: VERSION });
    case 'unknownTemplate':
      return ti('toolkit.error.unknownTemplate', { template: error.template });
    case 'invalid':
      return ti('toolkit.error.invalid', { at: error.at });
    default:
      return ti(`toolkit.error.${error.code}`);
  }
}

export type ImportResult =
  { ok: false; error: string } | { ok: true; status: StorageStatus; copies: Copy[] | undefined; message: string };

/** Imports `text` (an export file); `current` are the open template's copies as shown. */
export function importText(
  text: string,
  known: ReadonlySet<string>,
  storage: Storage | undefined,
  templateId: string,
  current: Copy[],
): ImportResult {
  const read = readToolkitFile(text, known);
  if (!read.ok) return { ok: false, error: errorText(read.error) };
  const merged: Record<string, Copy[]> = {};
  let count = 0;
  for (const [id, incoming] of Object.entries(read.file.templates)) {
    const kept = id === templateId ? current : loadCopies(storage, id).copies;
    const { copies, added } = mergeCopies(kept, incoming, ti('toolkit.importSuffix'));
    merged[id] = copies;
    count += added;
  }
  // Nothing is stored unless everything fits.
  const status = saveCopies(storage, merged);
  const migrated = read.migratedFrom ? ` ${ti('toolkit.migrated', { version: read.migratedFrom })}` : '';
  const message = (count > 0 ? ti('toolkit.imported', { count }) : ti('toolkit.importedNothing')) + migrated;
  return { ok: true, status, copies: merged[templateId], message };
}
