import lzString from 'lz-string';
import { emptyProgress, type Progress } from './progress.ts';

// lz-string is CommonJS: a default import works in Node (prerendering, tests) and in the browser bundle.
const { compressToBase64, decompressFromBase64 } = lzString;

/**
 * Progress <-> suspend data. The stored form is versioned JSON with short
 * keys, compressed with lz-string's base64 form (never its raw form: LMSs
 * mangle the raw form's code points). SCORM 1.2 RTE 3.4.4: cmi.suspend_data
 * holds at most 4096 characters; SCORM 2004 allows 64000.
 */

export const CURRENT_VERSION = 2;

/** The compact stored shape (version 2). */
interface StoredV2 {
  v: 2;
  /** visited lesson ids */
  l: string[];
  /** lesson ids read to the end (absent in data written before reading was tracked: then all visited count as read) */
  d?: string[];
  /** location */
  b?: string;
  /** activities: id -> [score, max, attempts] */
  a: Record<string, [number, number, number]>;
  /** outcomes: id -> [scaled x 10000, passed 0|1] */
  o: Record<string, [number, 0 | 1]>;
  /** answers and drafts */
  r: Record<string, string>;
  /** assessment: [percent, passed 0|1, attempts] */
  f?: [number, 0 | 1, number];
}

/** Version 1: the lesson-visit record of the first public site (plain JSON in localStorage). */
interface StoredV1 {
  version: 1;
  visited: string[];
  lastLesson?: string;
}

/** Outcome of decoding: the progress, and whether stored data had to be discarded. */
export interface Decoded {
  progress: Progress;
  /** Set when the stored data was unreadable; the learner is told, the LMS's own status is kept. */
  discarded?: 'corrupted' | 'unknown-version';
  /** Set when an older version was migrated. */
  migratedFrom?: number;
}

function toStored(p: Progress): StoredV2 {
  const stored: StoredV2 = {
    v: 2,
    l: p.visited,
    d: p.read,
    a: Object.fromEntries(Object.entries(p.activities).map(([id, r]) => [id, [r.score, r.max, r.attempts]])),
    o: Object.fromEntries(
      Object.entries(p.outcomes).map(([id, r]) => [id, [Math.round(r.scaled * 10000), r.passed ? 1 : 0]]),
    ),
    r: p.answers,
  };
  if (p.location) stored.b = p.location;
  if (p.assessment) stored.f = [p.assessment.percent, p.assessment.passed ? 1 : 0, p.assessment.attempts];
  return stored;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown) =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const numbers = (value: unknown, length: number) =>
  Array.isArray(value) && value.length === length && value.every((n) => typeof n === 'number' && Number.isFinite(n));

function fromV2(s: Record<string, unknown>): Progress {
  const progress = emptyProgress();
  progress.visited = strings(s['l']);
  progress.read = 'd' in s ? strings(s['d']) : [...progress.visited];
  if (typeof s['b'] === 'string') progress.location = s['b'];
  for (const [id, r] of Object.entries(isRecord(s['a']) ? s['a'] : {})) {
    if (numbers(r, 3)) {
      const [score, max, attempts] = r as [number, number, number];
      progress.activities[id] = { score, max, attempts };
    }
  }
  for (const [id, r] of Object.entries(isRecord(s['o']) ? s['o'] : {})) {
    if (numbers(r, 2))
      progress.outcomes[id] = { scaled: (r as number[])[0]! / 10000, passed: (r as number[])[1] === 1 };
  }
  for (const [id, value] of Object.entries(isRecord(s['r']) ? s['r'] : {})) {
    if (typeof value === 'string') progress.answers[id] = value;
  }
  if (numbers(s['f'], 3)) {
    const [percent, passed, attempts] = s['f'] as number[];
    progress.assessment = { percent: percent!, passed: passed === 1, attempts: attempts! };
  }
  return progress;
}

function fromV1(s: StoredV1): Progress {
  const progress = emptyProgress();
  progress.visited = strings(s.visited);
  progress.read = [...progress.visited];
  if (typeof s.lastLesson === 'string') progress.location = s.lastLesson;
  return progress;
}

/** Encodes progress as suspend data. */
export function encodeProgress(progress: Progress): string {
  return compressToBase64(JSON.stringify(toStored(progress)));
}

/** Reads JSON that is either compressed (current) or plain (version 1 in browser storage). */
function parseStored(data: string): unknown {
  const trimmed = data.trim();
  if (trimmed.startsWith('{')) return JSON.parse(trimmed);
  const json = decompressFromBase64(trimmed);
  if (!json) throw new Error('not lz-string base64');
  return JSON.parse(json);
}

/**
 * Decodes suspend data of any version, migrating older ones. Never throws:
 * unreadable data gives a fresh record and says so.
 */
export function decodeProgress(data: string | null | undefined): Decoded {
  if (!data) return { progress: emptyProgress() };
  let stored: unknown;
  try {
    stored = parseStored(data);
  } catch {
    return { progress: emptyProgress(), discarded: 'corrupted' };
  }
  if (!isRecord(stored)) return { progress: emptyProgress(), discarded: 'corrupted' };
  if (stored['v'] === 2) return { progress: fromV2(stored) };
  if (stored['version'] === 1) return { progress: fromV1(stored as unknown as StoredV1), migratedFrom: 1 };
  return { progress: emptyProgress(), discarded: 'unknown-version' };
}

/**
 * Encodes progress within `limit` characters. When the learner's drafts make
 * it too long, the longest drafts are left out of this copy (the caller keeps
 * them on the device) until it fits; returns which answers were left out.
 */
export function encodeWithin(progress: Progress, limit: number): { data: string; omitted: string[] } {
  let data = encodeProgress(progress);
  const omitted: string[] = [];
  const bySize = Object.entries(progress.answers).sort(([, a], [, b]) => b.length - a.length);
  let trimmed = progress;
  while (data.length > limit && bySize.length > 0) {
    const [id] = bySize.shift()!;
    omitted.push(id);
    const answers = { ...trimmed.answers };
    delete answers[id];
    trimmed = { ...trimmed, answers };
    data = encodeProgress(trimmed);
  }
  return { data, omitted };
}
