import { t } from './strings.ts';
import { cleanText, MAX_PRINCIPLES, moved, principleTexts, type Entry } from './code.ts';

/** A principle on screen: an entry with a key that survives reordering (for focus and keyed lists). */
export interface Principle extends Entry {
  key: string;
}

let nextKey = 0;
const withKey = (entry: Entry): Principle => ({ ...entry, key: `p${(nextKey += 1)}` });

/**
 * The code being drafted: add, reword, reorder, remove, each announced for
 * screen readers. Used by the learner page, which saves on every change.
 */
export class CodeDraft {
  items = $state<Principle[]>([]);
  /** The last change, for a polite live region. */
  announcement = $state('');
  readonly #onchange: () => void;

  constructor(onchange: () => void = () => {}) {
    this.#onchange = onchange;
  }

  get entries(): Entry[] {
    return this.items.map(({ from, text }) => ({ from, text }));
  }

  /** The principles that say something, in order. */
  get texts(): string[] {
    return principleTexts(this.items);
  }

  /** Every principle as shown, blanks included: positions match the "Zasada n" labels. */
  get lines(): string[] {
    return this.items.map((item) => cleanText(item.text));
  }

  get full(): boolean {
    return this.items.length >= MAX_PRINCIPLES;
  }

  /** Whether a suggestion is already in the code (reworded or not). */
  has(suggestionId: string): boolean {
    return this.items.some((item) => item.from === suggestionId);
  }

  /** Replaces the whole code (restoring a draft); not reported as a change. */
  load(entries: Entry[]): void {
    this.items = entries.slice(0, MAX_PRINCIPLES).map(withKey);
  }

  /** Adds a principle at the end; undefined (and an announcement) when the code is full or the text blank. */
  add(text: string, from = ''): Principle | undefined {
    if (this.full) {
      this.#announce(t('code-of-ethics.full', { max: MAX_PRINCIPLES }));
      return undefined;
    }
    const clean = cleanText(text);
    if (!clean) return undefined;
    const item = withKey({ from, text: clean });
    this.items.push(item);
    this.#announce(t('code-of-ethics.added', { n: this.items.length, text: clean }));
    this.#onchange();
    return item;
  }

  /** Rewords a principle (as typed; line breaks become spaces). */
  edit(key: string, text: string): void {
    const item = this.items.find((i) => i.key === key);
    if (!item) return;
    item.text = text.replace(/[\r\n]+/g, ' ');
    this.#onchange();
  }

  /** Moves a principle up (-1) or down (+1); returns its new index, or -1 when it cannot move. */
  move(key: string, by: -1 | 1): number {
    const index = this.items.findIndex((i) => i.key === key);
    const next = moved(this.items, index, by);
    if (next === this.items) return -1;
    this.items = next;
    const item = next[index + by]!;
    this.#announce(t('code-of-ethics.moved', { text: this.#label(item), n: index + by + 1, total: next.length }));
    this.#onchange();
    return index + by;
  }

  /** Removes a principle; returns the index it had, or -1. */
  remove(key: string): number {
    const index = this.items.findIndex((i) => i.key === key);
    if (index < 0) return -1;
    const [item] = this.items.splice(index, 1);
    this.#announce(t('code-of-ethics.removed', { text: this.#label(item!), total: this.items.length }));
    this.#onchange();
    return index;
  }

  /** Empties the code. */
  clear(): void {
    this.items = [];
    this.#announce(t('code-of-ethics.cleared'));
    this.#onchange();
  }

  #label(item: Entry): string {
    return cleanText(item.text) || t('code-of-ethics.blankPrinciple');
  }

  // The same message twice in a row must still be read out: alternate a trailing no-break space.
  #announce(message: string): void {
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
  }
}
