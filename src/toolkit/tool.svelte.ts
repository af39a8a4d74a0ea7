// State of one template page: the copies kept on this device, the one open, edits (saved as typed), delete
// with undo, import and export. The components are thin views over it. Storage failures become `status`,
// which the page says in words; nothing here throws at the user.
import type { Template } from '../schemas/template.ts';
import { writeToolkitFile } from './file-format.ts';
import { browserStorage, loadCopies, saveCopies, type StorageStatus } from './storage.ts';
import { download, slug } from './download.ts';
import { tk } from './strings.ts';
import { emptyRow, emptyValues, newId, type Copy, type Row, type Value, type Values } from './values.ts';

/** The time now as ISO 8601 (a stamp, not reactive state). */
const now = () => new Date(Date.now()).toISOString();

export class TemplateTool {
  readonly template: Template;
  /** Every template id of the course (an import is refused whole if it names another). */
  readonly known: ReadonlySet<string>;
  copies = $state<Copy[]>([]);
  currentId = $state('');
  status = $state<StorageStatus>('ok');
  /** Polite announcement (saved, created, imported...). */
  message = $state('');
  /** The import's error, for an alert. */
  error = $state('');
  /** The last deleted copy and where it was, for undo. */
  deleted = $state<{ copy: Copy; index: number } | undefined>();
  /** Printing the blank form instead of the open copy. */
  blank = $state(false);
  readonly #storage = typeof window === 'undefined' ? undefined : browserStorage();

  constructor(template: Template, known: string[]) {
    this.template = template;
    // A plain set: read, never changed, so it needs no reactivity.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.known = new Set(known);
    if (typeof window === 'undefined') return;
    const { copies, status } = loadCopies(this.#storage, template.id);
    this.copies = copies;
    this.status = status;
    this.currentId = copies[0]?.id ?? '';
  }

  get current(): Copy | undefined {
    return this.copies.find((c) => c.id === this.currentId);
  }

  /** Another tab changed the storage: take its copies (the key is this template's). */
  reload(): void {
    const { copies, status } = loadCopies(this.#storage, this.template.id);
    this.copies = copies;
    this.status = status;
    if (!this.current) this.currentId = copies[0]?.id ?? '';
  }

  create(): void {
    const stamp = now();
    const name = this.template.copies.name.replace('{n}', String(this.copies.length + 1));
    const values = this.template.kind === 'agreement' ? {} : emptyValues(this.template);
    const copy: Copy = { id: newId(), name, created: stamp, updated: stamp, values };
    this.copies.push(copy);
    this.currentId = copy.id;
    this.deleted = undefined;
    this.#save(tk('toolkit.created', { name }));
  }

  open(id: string): void {
    this.currentId = id;
    this.message = tk('toolkit.opened', { name: this.current?.name ?? '' });
  }

  rename(name: string): void {
    const copy = this.current;
    if (!copy) return;
    copy.name = name.slice(0, 200);
    this.#touch(copy);
  }

  remove(): void {
    const index = this.copies.findIndex((c) => c.id === this.currentId);
    if (index < 0) return;
    const [copy] = this.copies.splice(index, 1);
    this.deleted = { copy: copy!, index };
    this.currentId = this.copies[Math.min(index, this.copies.length - 1)]?.id ?? '';
    this.#save(tk('toolkit.deleted', { name: copy!.name }));
  }

  undo(): void {
    if (!this.deleted) return;
    const { copy, index } = this.deleted;
    this.copies.splice(Math.min(index, this.copies.length), 0, copy);
    this.currentId = copy.id;
    this.deleted = undefined;
    this.#save(tk('toolkit.restored', { name: copy.name }));
  }

  set(fieldId: string, value: Value): void {
    const copy = this.current;
    if (!copy) return;
    copy.values[fieldId] = value;
    this.#touch(copy);
  }

  setCell(fieldId: string, row: number, cellId: string, value: string | string[]): void {
    const rows = this.current?.values[fieldId] as Row[] | undefined;
    if (!rows?.[row]) return;
    rows[row]![cellId] = value;
    this.#touch(this.current!);
  }

  addRow(fieldId: string): void {
    const field = this.template.sections.flatMap((s) => s.fields).find((f) => f.id === fieldId);
    const copy = this.current;
    if (!copy || field?.type !== 'rows') return;
    const rows = (copy.values[fieldId] as Row[] | undefined) ?? [];
    if (rows.length >= field.max) return;
    copy.values[fieldId] = [...rows, emptyRow(field.fields)];
    this.#touch(copy, tk('toolkit.rowAdded', { item: field.item, n: rows.length + 1 }));
  }

  removeRow(fieldId: string, index: number, item: string): void {
    const copy = this.current;
    const rows = copy?.values[fieldId] as Row[] | undefined;
    if (!copy || !rows) return;
    copy.values[fieldId] = rows.filter((_, i) => i !== index);
    this.#touch(copy, tk('toolkit.rowRemoved', { item, n: index + 1 }));
  }

  /** The open copy, or every copy, as an export file. */
  exportJson(all: boolean): void {
    const copies = all ? this.copies : this.current ? [this.current] : [];
    const name = all ? this.template.id : `${this.template.id}-${slug(this.current?.name ?? '')}`;
    download(`${name}.json`, writeToolkitFile({ [this.template.id]: copies }, now()), 'application/json');
  }

  /** Imports a file: every template in it, all or nothing, never overwriting a copy. */
  async importFile(file: File): Promise<void> {
    this.error = '';
    const [{ importText }, text] = await Promise.all([import('./import-file.ts'), file.text()]);
    const result = importText(text, this.known, this.#storage, this.template.id, $state.snapshot(this.copies));
    if (!result.ok) {
      this.error = result.error;
      return;
    }
    this.status = result.status;
    this.copies = result.copies ?? this.copies;
    if (!this.current) this.currentId = this.copies[0]?.id ?? '';
    this.message = result.message;
  }

  #touch(copy: Copy, message = ''): void {
    copy.updated = now();
    this.#save(message);
  }

  #save(message: string): void {
    this.status = saveCopies(this.#storage, { [this.template.id]: $state.snapshot(this.copies) });
    if (message) this.message = message;
  }
}

export type { Values };
