import lzString from 'lz-string';
import { emptyProgress, type Progress } from './progress.ts';
import { fromV1, fromV2, isRecord, strings } from './suspend-legacy.ts';

// lz-string is CommonJS: a default import works in Node (prerendering, tests) and in the browser bundle.
const { compressToBase64, decompressFromBase64 } = lzString;

/**
 * Progress <-> suspend data. The stored form is versioned JSON with short
 * keys, compressed with lz-string's base64 form (never its raw form: LMSs
 * mangle the raw form's code points). SCORM 1.2 RTE 3.4.4: cmi.suspend_data
 * holds at most 4096 characters; SCORM 2004 allows 64000.
 *
 * Version 3 keeps answers compact: the answers whose keys the build knows
 * (`StateLayout.keys`: question ids, exercise state) are stored by position,
 * guarded by a hash of that list (a course version with other keys cannot
 * misread them); other answers by key; free text (`StateLayout.textPrefixes`)
 * in its own part, which is what gets left out first when 1.2's limit is hit.
 */
export const CURRENT_VERSION = 3;

/** How answers are laid out: fixed by the build from the content (course rules). */
export interface StateLayout {
  /** Answer keys stored by position, in a stable order. */
  keys: string[];
  /** Prefixes of answer keys holding free text (drafts, reasons, journal). */
  textPrefixes: string[];
}

/** Who wrote the data and when: the attempt's token and a save counter (see tracker.ts). */
export interface Envelope {
  /** Random token of the attempt, set at its first save. */
  token: string;
  /** Save counter: higher is newer. */
  seq: number;
  /** Free-text answer keys left out of this copy (kept on the device). */
  omitted?: string[];
}

/** The compact stored shape (version 3). */
interface StoredV3 {
  v: 3;
  /** envelope: token, seq */
  t?: string;
  n?: number;
  /** omitted free-text keys */
  m?: string[];
  /** visited lesson ids, and which of them are read: "1"/"0" per visited lesson */
  l: string[];
  d: string;
  /** bookmark: its index in `l`, or the id when it is not there */
  b?: number | string;
  /** activities: id -> "score/max/attempts" */
  a: Record<string, string>;
  /** outcomes: id -> scaled x 1000 and "+" when met, "-" when not ("875+") */
  o: Record<string, string>;
  /** hash of the layout's key list, and the answers in its order joined by "|" (empty where none; "\\" and "|" escaped) */
  h?: string;
  r?: string;
  /** other structured answers, by key */
  x?: Record<string, string>;
  /** free text, by key */
  w?: Record<string, string>;
  /** assessment: [percent, passed 0|1, attempts] */
  f?: [number, 0 | 1, number];
}

/** Outcome of decoding: the progress, and whether stored data had to be discarded. */
export interface Decoded {
  progress: Progress;
  envelope?: Envelope;
  /** Set when the stored data was unreadable; the learner is told, the LMS's own status is kept. */
  discarded?: 'corrupted' | 'unknown-version';
  /** Set when an older version was migrated. */
  migratedFrom?: number;
}

/** A short, stable hash of the layout's key order (FNV-1a, base 36). */
export function layoutHash(layout: StateLayout): string {
  let hash = 0x811c9dc5;
  for (const char of layout.keys.join('\n')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export const isText = (layout: StateLayout, key: string) => layout.textPrefixes.some((p) => key.startsWith(p));

/**
 * Inside a positional value, a token (between commas, dots or '=') that is a
 * layout key is written as `~` and its position in base 36: lists of question
 * ids ("q-lo1-01,q-lo1-02") shrink to "~1,~2". A literal `~` is doubled.
 */
function shorten(value: string, position: Map<string, number>): string {
  const coded = value
    .replace(/~/g, '~~')
    .replace(/[^,.=]+/g, (token) => (position.has(token) ? `~${position.get(token)!.toString(36)}` : token));
  return joinRuns(coded);
}

/** "~1,~2,~3,~7" -> "~1-3,~7": ascending runs of positions (a practice quiz's checked questions). */
function joinRuns(value: string): string {
  return value.replace(/~[0-9a-z]+(?:,~[0-9a-z]+)+/g, (list) => {
    const codes = list.split(',').map((c) => parseInt(c.slice(1), 36));
    const out: string[] = [];
    for (let i = 0; i < codes.length;) {
      let j = i;
      while (j + 1 < codes.length && codes[j + 1] === codes[j]! + 1) j += 1;
      out.push(
        j - i >= 2
          ? `~${codes[i]!.toString(36)}-${codes[j]!.toString(36)}`
          : codes
              .slice(i, j + 1)
              .map((c) => `~${c.toString(36)}`)
              .join(','),
      );
      i = j + 1;
    }
    return out.join(',');
  });
}

function expand(value: string, layout: StateLayout): string {
  const runs = value.replace(/~([0-9a-z]+)-([0-9a-z]+)/g, (match, from: string, to: string) => {
    const [a, b] = [parseInt(from, 36), parseInt(to, 36)];
    return b > a && b - a < 1000
      ? Array.from({ length: b - a + 1 }, (_, i) => `~${(a + i).toString(36)}`).join(',')
      : match;
  });
  return runs.replace(/~(~|[0-9a-z]+)/g, (match, code: string) =>
    code === '~' ? '~' : (layout.keys[parseInt(code, 36)] ?? match),
  );
}

/** Values joined by "|": one string is shorter than a JSON array of strings. */
function joinValues(values: string[]): string {
  return values.map((v) => v.replace(/\\/g, '\\\\').replace(/\|/g, '\\p')).join('|');
}

function splitValues(joined: string): string[] {
  return joined.split('|').map((v) => v.replace(/\\(\\|p)/g, (_, c: string) => (c === 'p' ? '|' : '\\')));
}

function toStored(p: Progress, layout: StateLayout, envelope?: Envelope): StoredV3 {
  const position = new Map(layout.keys.map((k, i) => [k, i]));
  const r: string[] = [];
  const x: Record<string, string> = {};
  const w: Record<string, string> = {};
  for (const [key, value] of Object.entries(p.answers)) {
    if (isText(layout, key)) w[key] = value;
    else if (position.has(key)) r[position.get(key)!] = shorten(value, position);
    else x[key] = value;
  }
  const stored: StoredV3 = {
    v: 3,
    l: [...p.visited, ...p.read.filter((id) => !p.visited.includes(id))],
    d: '',
    a: Object.fromEntries(Object.entries(p.activities).map(([id, a]) => [id, `${a.score}/${a.max}/${a.attempts}`])),
    o: Object.fromEntries(
      Object.entries(p.outcomes).map(([id, o]) => [id, `${Math.round(o.scaled * 1000)}${o.passed ? '+' : '-'}`]),
    ),
  };
  stored.d = stored.l.map((id) => (p.read.includes(id) ? '1' : '0')).join('');
  if (envelope) Object.assign(stored, { t: envelope.token, n: envelope.seq });
  if (envelope?.omitted?.length) stored.m = envelope.omitted;
  if (p.location) stored.b = stored.l.includes(p.location) ? stored.l.indexOf(p.location) : p.location;
  if (r.length) Object.assign(stored, { h: layoutHash(layout), r: joinValues(Array.from(r, (v) => v ?? '')) });
  if (Object.keys(x).length) stored.x = x;
  if (Object.keys(w).length) stored.w = w;
  if (p.assessment) stored.f = [p.assessment.percent, p.assessment.passed ? 1 : 0, p.assessment.attempts];
  return stored;
}

/** Lessons, bookmark, activities, outcomes and the assessment of version 3. */
function recordsV3(s: Record<string, unknown>): Progress {
  const progress = emptyProgress();
  progress.visited = strings(s['l']);
  const mask = typeof s['d'] === 'string' ? s['d'] : '';
  progress.read = progress.visited.filter((_, i) => mask[i] === '1');
  const b = s['b'];
  const location = typeof b === 'number' ? progress.visited[b] : typeof b === 'string' ? b : undefined;
  if (location) progress.location = location;
  for (const [id, value] of Object.entries(isRecord(s['a']) ? s['a'] : {})) {
    const parts = typeof value === 'string' ? value.split('/').map(Number) : [];
    if (parts.length === 3 && parts.every(Number.isFinite))
      progress.activities[id] = { score: parts[0]!, max: parts[1]!, attempts: parts[2]! };
  }
  for (const [id, value] of Object.entries(isRecord(s['o']) ? s['o'] : {})) {
    const match = typeof value === 'string' ? /^(\d+)([+-])$/.exec(value) : null;
    if (match) progress.outcomes[id] = { scaled: Number(match[1]) / 1000, passed: match[2] === '+' };
  }
  const f = s['f'];
  if (Array.isArray(f) && f.length === 3 && f.every((n) => typeof n === 'number' && Number.isFinite(n)))
    progress.assessment = { percent: f[0], passed: f[1] === 1, attempts: f[2] };
  return progress;
}

function fromV3(s: Record<string, unknown>, layout: StateLayout): Decoded {
  const progress = recordsV3(s);
  const answers: Record<string, string> = {};
  // Positional answers only when the layout is the one they were written with.
  if (typeof s['r'] === 'string' && s['h'] === layoutHash(layout)) {
    splitValues(s['r']).forEach((value, i) => {
      const key = layout.keys[i];
      if (key && typeof value === 'string' && value !== '') answers[key] = expand(value, layout);
    });
  }
  for (const part of [s['x'], s['w']]) {
    for (const [key, value] of Object.entries(isRecord(part) ? part : {}))
      if (typeof value === 'string') answers[key] = value;
  }
  progress.answers = answers;
  const decoded: Decoded = { progress };
  if (typeof s['t'] === 'string' && typeof s['n'] === 'number') {
    decoded.envelope = { token: s['t'], seq: s['n'] };
    const omitted = strings(s['m']);
    if (omitted.length) decoded.envelope.omitted = omitted;
  }
  return decoded;
}

/** Encodes progress as suspend data. */
export function encodeProgress(progress: Progress, layout: StateLayout, envelope?: Envelope): string {
  return compressToBase64(JSON.stringify(toStored(progress, layout, envelope)));
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
export function decodeProgress(data: string | null | undefined, layout: StateLayout): Decoded {
  if (!data) return { progress: emptyProgress() };
  let stored: unknown;
  try {
    stored = parseStored(data);
  } catch {
    return { progress: emptyProgress(), discarded: 'corrupted' };
  }
  if (!isRecord(stored)) return { progress: emptyProgress(), discarded: 'corrupted' };
  if (stored['v'] === 3) return fromV3(stored, layout);
  if (stored['v'] === 2) return { progress: fromV2(stored), migratedFrom: 2 };
  if (stored['version'] === 1) return { progress: fromV1(stored), migratedFrom: 1 };
  return { progress: emptyProgress(), discarded: 'unknown-version' };
}

/**
 * Encodes progress within `limit` characters. When free text makes it too
 * long, the longest texts are left out of this copy (the caller keeps them on
 * the device and tells the learner) until it fits; returns which were left out.
 */
export function encodeWithin(
  progress: Progress,
  layout: StateLayout,
  envelope: Envelope | undefined,
  limit: number,
): { data: string; omitted: string[] } {
  const omitted: string[] = [];
  const texts = Object.entries(progress.answers)
    .filter(([key]) => isText(layout, key))
    .sort(([, a], [, b]) => b.length - a.length);
  let trimmed = progress;
  let data = encodeProgress(trimmed, layout, envelope);
  while (data.length > limit && texts.length > 0) {
    const [key] = texts.shift()!;
    omitted.push(key);
    const answers = { ...trimmed.answers };
    delete answers[key];
    trimmed = { ...trimmed, answers };
    data = encodeProgress(trimmed, layout, envelope ? { ...envelope, omitted } : undefined);
  }
  return { data, omitted };
}
