// Keyboard shortcuts of trainer mode, one table for the handler and for the list shown on screen.
// Presentation clickers send PageDown/PageUp, so those move between items. Letter shortcuts can be
// switched off (WCAG 2.2 SC 2.1.4 Character Key Shortcuts) and never fire while typing in a field.

export type Command =
  | 'next-item'
  | 'prev-item'
  | 'reveal'
  | 'reveal-all'
  | 'next-step'
  | 'prev-step'
  | 'timer'
  | 'timer-add'
  | 'notes'
  | 'fullscreen'
  | `view-${number}`;

/** Keys as `KeyboardEvent.key`, with the labels shown on screen; `character` keys can be switched off. */
export interface Shortcut {
  keys: string[];
  labels: string[];
  command: Command;
  character: boolean;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['ArrowRight', 'PageDown'], labels: ['→', 'PgDn'], command: 'next-item', character: false },
  { keys: ['ArrowLeft', 'PageUp'], labels: ['←', 'PgUp'], command: 'prev-item', character: false },
  { keys: ['o', 'O'], labels: ['O'], command: 'reveal', character: true },
  { keys: ['w', 'W'], labels: ['W'], command: 'reveal-all', character: true },
  { keys: ['n', 'N'], labels: ['N'], command: 'next-step', character: true },
  { keys: ['p', 'P'], labels: ['P'], command: 'prev-step', character: true },
  { keys: ['c', 'C'], labels: ['C'], command: 'timer', character: true },
  { keys: ['+', '='], labels: ['+'], command: 'timer-add', character: true },
  { keys: ['u', 'U'], labels: ['U'], command: 'notes', character: true },
  { keys: ['f', 'F'], labels: ['F'], command: 'fullscreen', character: true },
];

/** The part of a keydown event the mapping needs. */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Tag name of the focused element, upper case. */
  targetTag: string;
  /** Whether the focused element is editable (contenteditable). */
  targetEditable: boolean;
}

// Typing, choosing in a list and moving between radio buttons keep their own keys.
const OWN_KEYS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** The command a key press means, or null. `views` is how many stage views the exercise has (keys 1-9). */
export function commandFor(event: KeyLike, views: number, lettersOn: boolean): Command | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (OWN_KEYS.has(event.targetTag) || event.targetEditable) return null;
  const shortcut = SHORTCUTS.find((s) => s.keys.includes(event.key));
  if (shortcut) return shortcut.character && !lettersOn ? null : shortcut.command;
  if (lettersOn && /^[1-9]$/.test(event.key) && Number(event.key) <= views) return `view-${Number(event.key)}`;
  return null;
}
