// A copy as Markdown, for pasting into a document or a message: headings per section, one line per field,
// rows as numbered sub-sections. User text is escaped so it cannot turn into Markdown structure.
import type { SimpleField, Template } from '../schemas/template.ts';
import { displayValue, isShown, type Copy, type Row } from './values.ts';

/** Escapes what Markdown would read as markup at the start of a line or inline. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>#|])/g, '\\$1')
    .replace(/^(\s*)([-+])(\s)/gm, '$1\\$2$3')
    .replace(/^(\s*\d+)\.(\s)/gm, '$1\\.$2')
    .replace(/\r?\n/g, '  \n');
}

function line(field: SimpleField, value: Row[string] | undefined): string {
  const text = displayValue(field, value);
  return `- **${escapeMarkdown(field.label)}:** ${text ? escapeMarkdown(text) : '—'}`;
}

/** One copy of a form template as Markdown (the agreement has its own document). */
export function copyToMarkdown(template: Template, copy: Copy): string {
  const out = [`# ${escapeMarkdown(template.title)}: ${escapeMarkdown(copy.name)}`, ''];
  for (const section of template.sections) {
    const fields = section.fields.filter((f) => isShown(f, copy.values));
    if (fields.length === 0) continue;
    out.push(`## ${escapeMarkdown(section.title)}`, '');
    for (const field of fields) {
      if (field.type !== 'rows') {
        out.push(line(field, copy.values[field.id] as Row[string] | undefined));
        continue;
      }
      const rows = (copy.values[field.id] as Row[] | undefined) ?? [];
      rows.forEach((row, i) => {
        out.push('', `### ${escapeMarkdown(field.item)} ${i + 1}`, '');
        for (const inner of field.fields) out.push(line(inner, row[inner.id]));
      });
    }
    out.push('');
  }
  return `${out.join('\n').trim()}\n`;
}
