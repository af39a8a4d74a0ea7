// The toolkit's file format: what the browser stores per template and what export/import moves between
// devices. One shape for both:
//   { "format": "lse-toolkit", "version": 2, "exported": "<ISO time>", "templates": { "<template id>": [Copy, ...] } }
// Version 1 (the first format) held one template per file and copies without ids:
//   { "format": "lse-toolkit", "version": 1, "template": "<id>", "copies": [{ "name", "saved", "values" }] }
// A file is checked whole by the hand-written guards below (no schema library in the browser) and migrated
// to the current version before anything is stored: it is taken completely or refused with the reason.
import { newId, type Copy, type Row, type Value, type Values } from './values.ts';

export const FORMAT = 'lse-toolkit';
export const VERSION = 2;

/** The current file shape. */
export interface ToolkitFile {
  format: typeof FORMAT;
  version: typeof VERSION;
  exported?: string;
  templates: Record<string, Copy[]>;
}

/** Why a file was refused; `at` says where in the file (`templates.plan-sesji[2].name`). */
export type FileError =
  | { code: 'notJson' }
  | { code: 'notToolkit' }
  | { code: 'newer'; version: number }
  | { code: 'unknownVersion'; version: unknown }
  | { code: 'unknownTemplate'; template: string }
  | { code: 'invalid'; at: string }
  | { code: 'tooLarge' };

export type ReadResult = { ok: true; file: ToolkitFile; migratedFrom?: number } | { ok: false; error: FileError };

/** Limits that keep a hostile or broken file from filling the browser's storage. */
export const LIMITS = { fileChars: 5_000_000, copies: 500, rows: 200, text: 20_000, name: 200 };

class Invalid extends Error {
  constructor(readonly at: string) {
    super(at);
  }
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isText = (x: unknown, max = LIMITS.text): x is string => typeof x === 'string' && x.length <= max;
const isTime = (x: unknown): x is string => isText(x, 40) && !Number.isNaN(Date.parse(x));

function cell(value: unknown, at: string): string | string[] {
  if (isText(value)) return value;
  if (Array.isArray(value) && value.length <= LIMITS.rows && value.every((v) => isText(v, 200))) return [...value];
  throw new Invalid(at);
}

function value(raw: unknown, at: string): Value {
  if (Array.isArray(raw) && raw.some(isRecord)) {
    if (raw.length > LIMITS.rows || !raw.every(isRecord)) throw new Invalid(at);
    return raw.map((row, r): Row =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, cell(v, `${at}[${r}].${k}`)])),
    );
  }
  return cell(raw, at);
}

function values(raw: unknown, at: string): Values {
  if (!isRecord(raw)) throw new Invalid(at);
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, value(v, `${at}.${k}`)]));
}

function copy(raw: unknown, at: string): Copy {
  if (!isRecord(raw)) throw new Invalid(at);
  const { id, name, created, updated } = raw;
  if (typeof id !== 'string' || !/^[a-z0-9]{1,40}$/i.test(id)) throw new Invalid(`${at}.id`);
  if (!isText(name, LIMITS.name)) throw new Invalid(`${at}.name`);
  if (!isTime(created)) throw new Invalid(`${at}.created`);
  if (!isTime(updated)) throw new Invalid(`${at}.updated`);
  return { id, name, created, updated, values: values(raw['values'], `${at}.values`) };
}

function copies(raw: unknown, at: string, read: (c: unknown, at: string) => Copy): Copy[] {
  if (!Array.isArray(raw) || raw.length > LIMITS.copies) throw new Invalid(at);
  return raw.map((c, i) => read(c, `${at}[${i}]`));
}

/** Version 1 -> 2: one template per file, copies without ids or creation time. */
function fromVersion1(data: Record<string, unknown>): ToolkitFile {
  const template = data['template'];
  if (!isText(template, 80)) throw new Invalid('template');
  const list = copies(data['copies'], 'copies', (raw, at) => {
    if (!isRecord(raw)) throw new Invalid(at);
    if (!isText(raw['name'], LIMITS.name)) throw new Invalid(`${at}.name`);
    if (!isTime(raw['saved'])) throw new Invalid(`${at}.saved`);
    const saved = raw['saved'];
    return {
      id: newId(),
      name: raw['name'],
      created: saved,
      updated: saved,
      values: values(raw['values'], `${at}.values`),
    };
  });
  return { format: FORMAT, version: VERSION, templates: { [template]: list } };
}

function fromVersion2(data: Record<string, unknown>): ToolkitFile {
  const templates = data['templates'];
  if (!isRecord(templates)) throw new Invalid('templates');
  const out: Record<string, Copy[]> = {};
  for (const [id, list] of Object.entries(templates)) out[id] = copies(list, `templates.${id}`, copy);
  const exported = data['exported'];
  return { format: FORMAT, version: VERSION, ...(isTime(exported) ? { exported } : {}), templates: out };
}

/**
 * Reads a toolkit file (an export, or what the browser stored): checked whole, migrated to the current
 * version, and refused with a reason when it is broken, from a newer course, or names a template this course
 * does not have (`known`; leave empty to accept any).
 */
export function readToolkitFile(text: string, known: ReadonlySet<string> = new Set()): ReadResult {
  if (text.length > LIMITS.fileChars) return { ok: false, error: { code: 'tooLarge' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'notJson' } };
  }
  if (!isRecord(data) || data['format'] !== FORMAT) return { ok: false, error: { code: 'notToolkit' } };
  const version = data['version'];
  if (typeof version === 'number' && Number.isInteger(version) && version > VERSION) {
    return { ok: false, error: { code: 'newer', version } };
  }
  if (version !== 1 && version !== 2) return { ok: false, error: { code: 'unknownVersion', version } };
  let file: ToolkitFile;
  try {
    file = version === 1 ? fromVersion1(data) : fromVersion2(data);
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: { code: 'invalid', at: error.at } };
    throw error;
  }
  const unknown = Object.keys(file.templates).find((id) => known.size > 0 && !known.has(id));
  if (unknown !== undefined) return { ok: false, error: { code: 'unknownTemplate', template: unknown } };
  return version === VERSION ? { ok: true, file } : { ok: true, file, migratedFrom: version };
}

/** A file holding `templates`, as JSON text (the export, and the stored form of one template). */
export function writeToolkitFile(templates: Record<string, Copy[]>, exported?: string): string {
  const file: ToolkitFile = { format: FORMAT, version: VERSION, ...(exported ? { exported } : {}), templates };
  return JSON.stringify(file, null, exported ? 2 : undefined);
}

/** Adds imported copies to the ones kept: the same copy again is skipped; a different one never overwrites. */
export function mergeCopies(kept: Copy[], incoming: Copy[], suffix: string): { copies: Copy[]; added: number } {
  const out = [...kept];
  let added = 0;
  for (const copy of incoming) {
    const same = out.find((c) => c.id === copy.id);
    if (same && JSON.stringify(same) === JSON.stringify(copy)) continue;
    out.push(same ? { ...copy, id: newId(), name: `${copy.name} ${suffix}`.slice(0, LIMITS.name) } : copy);
    added++;
  }
  return { copies: out, added };
}
