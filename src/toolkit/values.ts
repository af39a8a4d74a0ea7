// A copy's values: what the user typed into one copy of a template. Pure; shared by the form, the print
// view, the Markdown export and the import guard.
import type { SimpleField, Template, TemplateField } from '../schemas/template.ts';

/** One row of a `rows` field: row field id -> value. */
export type Row = Record<string, string | string[]>;
/** A field's value: text (every single-value field, numbers and dates included), ticked ids, or rows. */
export type Value = string | string[] | Row[];
/** Field id -> value. Unknown ids are kept (a newer course may have added the field). */
export type Values = Record<string, Value>;

/** One saved copy of a template. */
export interface Copy {
  /** Random id, stable across renames, exports and imports. */
  id: string;
  /** The user's name for the copy ("Kuba", "Grupa Ewy"). */
  name: string;
  /** ISO 8601 times. */
  created: string;
  updated: string;
  values: Values;
}

/** Every top-level field of a template, in order. */
export const fieldsOf = (template: Template): TemplateField[] => template.sections.flatMap((s) => s.fields);

/** An empty row of a rows field. */
export function emptyRow(fields: SimpleField[]): Row {
  return Object.fromEntries(fields.map((f) => [f.id, f.type === 'checks' ? [] : '']));
}

/** A new copy's values: every field empty, lists with their starting rows. */
export function emptyValues(template: Template): Values {
  return Object.fromEntries(
    fieldsOf(template).map((f): [string, Value] => {
      if (f.type === 'rows') return [f.id, Array.from({ length: f.start }, () => emptyRow(f.fields))];
      return [f.id, f.type === 'checks' ? [] : ''];
    }),
  );
}

/** Whether a field is shown, given the copy's values (`when`). */
export function isShown(field: TemplateField, values: Values): boolean {
  return !field.when || values[field.when.field] === field.when.is;
}

/** A value as text for reading (labels for choices, one line per row field left to the caller). */
export function displayValue(field: SimpleField, value: Value | undefined): string {
  if (value === undefined) return '';
  if (field.type === 'choice' || field.type === 'checks') {
    const ids = Array.isArray(value) ? (value as string[]) : [value];
    return ids
      .map((id) => field.options?.find((o) => o.id === id)?.label ?? id)
      .filter(Boolean)
      .join(', ');
  }
  if (field.type === 'date' && typeof value === 'string') return formatDate(value);
  return typeof value === 'string' ? value : '';
}

const dateFormat = new Intl.DateTimeFormat('pl-PL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `2026-03-05` as "5 marca 2026"; anything else as it is. */
export function formatDate(iso: string): string {
  const time = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : NaN;
  return Number.isNaN(time) ? iso : dateFormat.format(time).replace(/\s*r\.$/, '');
}

/** Whether a value holds anything. */
export function isFilled(value: Value | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  return value.some((v) => (typeof v === 'string' ? v.trim() !== '' : Object.values(v).some((x) => isFilled(x))));
}

/** A fresh random copy id (crypto when there is one). */
export function newId(): string {
  const bytes = new Uint8Array(9);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 12);
}
