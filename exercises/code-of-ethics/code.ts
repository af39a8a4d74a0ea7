import type { Suggestion } from './schema.ts';

/** One principle of the group's code. */
export interface Entry {
  /** Id of the suggestion it came from ('' for the learner's own). */
  from: string;
  text: string;
}

/** Most principles a code may hold (a code is read aloud and signed: it should stay short). */
export const MAX_PRINCIPLES = 20;
/** Longest principle, in characters. */
export const MAX_PRINCIPLE_LENGTH = 240;

/** A principle as typed: one line, no surrounding spaces, at most MAX_PRINCIPLE_LENGTH characters. */
export function cleanText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_PRINCIPLE_LENGTH);
}

/**
 * Stored form (`ex-code-of-ethics:code`): JSON, one array per principle,
 * `["s3"]` for an unchanged suggestion, `["s3", "reworded"]`, `["", "own"]`.
 * Compact, since drafts count towards SCORM 1.2's 4096 characters of suspend data.
 */
export function encodeCode(entries: Entry[], suggestions: Suggestion[]): string {
  if (entries.length === 0) return '';
  const rows = entries.map(({ from, text }) => {
    const suggestion = suggestions.find((s) => s.id === from);
    if (!suggestion) return ['', text];
    return suggestion.text === text ? [from] : [from, text];
  });
  return JSON.stringify(rows);
}

/** Reads a stored code; anything unreadable is skipped, never thrown. */
export function decodeCode(stored: string | undefined, suggestions: Suggestion[]): Entry[] {
  if (!stored) return [];
  let rows: unknown;
  try {
    rows = JSON.parse(stored);
  } catch {
    return [];
  }
  if (!Array.isArray(rows)) return [];
  const entries: Entry[] = [];
  for (const row of rows) {
    if (!Array.isArray(row) || typeof row[0] !== 'string') continue;
    const suggestion = suggestions.find((s) => s.id === row[0]);
    const text = typeof row[1] === 'string' ? cleanText(row[1]) : suggestion?.text;
    if (text === undefined) continue;
    entries.push({ from: suggestion ? suggestion.id : '', text });
  }
  return entries.slice(0, MAX_PRINCIPLES);
}

/** The principles that say something (blank ones are left out of checks and the agreement). */
export function principleTexts(entries: Entry[]): string[] {
  return entries.map((e) => cleanText(e.text)).filter(Boolean);
}

/** The code as one text, numbered, for the LMS (a long-fill-in response). */
export function codeAsText(texts: string[]): string {
  return texts.map((text, i) => `${i + 1}. ${text}`).join('\n');
}

/** Principles typed one per line (the trainer's team round). */
export function linesToPrinciples(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => cleanText(line.replace(/^\s*(?:\d+[.)]|[-•*])\s*/, '')))
    .filter(Boolean)
    .slice(0, MAX_PRINCIPLES);
}

/** Moves the item at `index` by `by` places; the same array when the move is impossible. */
export function moved<T>(items: T[], index: number, by: number): T[] {
  const target = index + by;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return items;
  const next = [...items];
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item!);
  return next;
}
