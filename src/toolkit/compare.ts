// The initial and the final questionnaire of one mentee side by side (lessons 10 and 11): every field of the
// final one that answers a field of the initial one (`pairs`), with what changed; self-rating areas matched
// by name, with the distance between the first and the last rating (what lesson 9 says to read).
import type { SimpleField, Template } from '../schemas/template.ts';
import { displayValue, fieldsOf, type Copy, type Row } from './values.ts';

export interface CompareLine {
  label: string;
  before: string;
  after: string;
  changed: boolean;
}

export interface CompareArea {
  area: string;
  /** The initial questionnaire's ratings, label and value. */
  before: Array<{ label: string; value: string }>;
  after: Array<{ label: string; value: string }>;
  /** Last rating now minus the paired rating at the start; undefined when either is missing. */
  change?: number;
}

const norm = (s: string) => s.trim().toLocaleLowerCase('pl');

/** The copy of `initials` that belongs with `final`: the same name, else the same first text answer. */
export function matchingInitial(initials: Copy[], final: Copy): Copy | undefined {
  return (
    initials.find((c) => norm(c.name) === norm(final.name)) ??
    initials.find(
      (c) => c.values['imie'] && norm(String(c.values['imie'])) === norm(String(final.values['imie'] ?? '')),
    )
  );
}

function areas(field: SimpleField[], other: SimpleField[], finalRows: Row[], initialRows: Row[]): CompareArea[] {
  const nameField = field.find((f) => f.type === 'text');
  const initialName = other.find((f) => f.id === nameField?.pairs) ?? other.find((f) => f.type === 'text');
  if (!nameField || !initialName) return [];
  const scales = field.filter((f) => f.type === 'scale');
  const initialScales = other.filter((f) => f.type === 'scale');
  const seen = new Set<Row>();
  const rate = (fields: SimpleField[], row: Row | undefined) =>
    fields.map((f) => ({ label: f.label, value: displayValue(f, row?.[f.id]) }));
  const out = finalRows
    .filter((row) => String(row[nameField.id] ?? '').trim())
    .map((row): CompareArea => {
      const name = String(row[nameField.id]);
      const match = initialRows.find((r) => norm(String(r[initialName.id] ?? '')) === norm(name));
      if (match) seen.add(match);
      const paired = scales.find((s) => s.pairs);
      const start = Number(match?.[paired?.pairs ?? ''] || NaN);
      const last = [...scales].reverse().find((s) => String(row[s.id] ?? '') !== '');
      const now = Number(last ? row[last.id] : NaN);
      const change = Number.isFinite(start) && Number.isFinite(now) ? now - start : undefined;
      return {
        area: name,
        before: rate(initialScales, match),
        after: rate(scales, row),
        ...(change === undefined ? {} : { change }),
      };
    });
  for (const row of initialRows) {
    const name = String(row[initialName.id] ?? '').trim();
    if (name && !seen.has(row))
      out.push({ area: name, before: rate(initialScales, row), after: rate(scales, undefined) });
  }
  return out;
}

/** Every paired field of the final questionnaire next to the initial one's answer. */
export function compare(initialT: Template, finalT: Template, initial: Copy, final: Copy) {
  const byId = new Map(fieldsOf(initialT).map((f) => [f.id, f]));
  const lines: CompareLine[] = [];
  let rated: CompareArea[] = [];
  for (const field of fieldsOf(finalT)) {
    const other = field.pairs ? byId.get(field.pairs) : undefined;
    if (!other) continue;
    if (field.type === 'rows' && other.type === 'rows') {
      rated = areas(
        field.fields,
        other.fields,
        (final.values[field.id] as Row[]) ?? [],
        (initial.values[other.id] as Row[]) ?? [],
      );
      continue;
    }
    if (field.type === 'rows' || other.type === 'rows') continue;
    const before = displayValue(other, initial.values[other.id] as Row[string]);
    const after = displayValue(field, final.values[field.id] as Row[string]);
    lines.push({ label: field.label, before, after, changed: norm(before) !== norm(after) });
  }
  return { lines, areas: rated };
}
