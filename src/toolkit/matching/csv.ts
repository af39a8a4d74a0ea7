// A real cohort from two CSV files (mentees, mentors), as documented in the README ("Matching helper"):
// one row per person, the columns below, lists separated by spaces, values from the matching model's
// vocabularies. A file is taken whole or refused: every problem is reported with its line, its column and
// what is wrong, and nothing is loaded from a file with any problem.
//
// Parsing is csv-parse's (the node-csv project): RFC 4180 with quoted fields, a strict record length, and
// errors that carry the line and the field index, which is exactly what the refusal must say. Its browser
// build is loaded only when a file is chosen (see helper.svelte.ts), so it costs the page nothing up front.
import type { CsvError } from 'csv-parse/browser/esm/sync';
import { FAMILIES, FORMS, SLOTS } from '../../../exercises/matching/constants.ts';
import type { Mentee, Mentor, Model } from '../../../exercises/matching/schema.ts';

export type Side = 'mentees' | 'mentors';

/** One problem: 1-based line and column of the file, the column's name, and what is wrong (Polish). */
export interface CsvProblem {
  line: number;
  column: number;
  name: string;
  message: string;
}

/** A mentor as the helper needs one: the model's fields and how many mentees they take. */
export type CohortMentor = Mentor & { capacity?: number };

export type CsvResult<T> = { ok: true; people: T[] } | { ok: false; problems: CsvProblem[] };

type Vocab = keyof Model['vocabulary'];
/** How a column is read: which values it allows and whether it holds a list. */
type Column =
  | { kind: 'text'; required: boolean; max: number }
  | { kind: 'int'; required: boolean; min: number; max: number }
  | { kind: 'enum'; required: boolean; values: readonly string[]; list?: boolean; default?: string }
  | { kind: 'vocab'; required: boolean; vocab: Vocab; list?: boolean };

const text = (max = 80): Column => ({ kind: 'text', required: true, max });
const level: Column = { kind: 'int', required: true, min: 1, max: 3 };

const COMMON: Record<string, Column> = {
  id: { kind: 'text', required: true, max: 40 },
  imie: text(),
  wiek: { kind: 'int', required: true, min: 15, max: 90 },
  plec: { kind: 'enum', required: true, values: ['k', 'm'] },
  odmiana: { kind: 'enum', required: false, values: ['k', 'm'] },
  doswiadczenie: { kind: 'vocab', required: false, vocab: 'experience', list: true },
  wartosci: { kind: 'vocab', required: true, vocab: 'values', list: true },
  zainteresowania: { kind: 'vocab', required: false, vocab: 'interests', list: true },
  rodzina: { kind: 'enum', required: true, values: FAMILIES },
  dostepnosc: { kind: 'enum', required: true, values: SLOTS, list: true },
};

/** The columns of each file, in the documented order. */
export const COLUMNS: Record<Side, Record<string, Column>> = {
  mentees: {
    ...COMMON,
    branza: { kind: 'vocab', required: true, vocab: 'industries' },
    potrzeby: { kind: 'vocab', required: true, vocab: 'support', list: true },
    zyczenie_plec: { kind: 'enum', required: false, values: ['k', 'm', 'obojetne'], default: 'obojetne' },
    zyczenie_wiek: {
      kind: 'enum',
      required: false,
      values: ['bliski', 'doswiadczony', 'obojetny'],
      default: 'obojetny',
    },
    motywacja: level,
    otwartosc: level,
    forma: { kind: 'enum', required: true, values: FORMS },
  },
  mentors: {
    ...COMMON,
    branze: { kind: 'vocab', required: true, vocab: 'industries', list: true },
    oferuje: { kind: 'vocab', required: true, vocab: 'support', list: true },
    zaangazowanie: level,
    umiejetnosci: level,
    formy: { kind: 'enum', required: true, values: FORMS, list: true },
    miejsca: { kind: 'int', required: false, min: 1, max: 5 },
  },
};

/** The header line of each file, as the README documents it. */
export const headerOf = (side: Side) => Object.keys(COLUMNS[side]).join(',');

type Cell = string | number | string[] | undefined;

function readCell(column: Column, raw: string, model: Model): { value?: Cell; error?: string } {
  const value = raw.trim();
  if (value === '') return column.required ? { error: 'brak wartości w wymaganej kolumnie' } : { value: undefined };
  switch (column.kind) {
    case 'text':
      return value.length > column.max ? { error: `za długi tekst (najwyżej ${column.max} znaków)` } : { value };
    case 'int': {
      const n = Number(value);
      if (!Number.isInteger(n) || n < column.min || n > column.max) {
        return { error: `„${value}” to nie jest liczba całkowita od ${column.min} do ${column.max}` };
      }
      return { value: n };
    }
    case 'enum':
    case 'vocab': {
      const allowed = column.kind === 'enum' ? column.values : Object.keys(model.vocabulary[column.vocab]);
      const items = column.list ? value.split(/[\s|]+/).filter(Boolean) : [value];
      const wrong = items.find((item) => !allowed.includes(item));
      if (wrong !== undefined) return { error: `nieznana wartość „${wrong}” (dozwolone: ${allowed.join(', ')})` };
      if (!column.list && value.split(/\s+/).length > 1) return { error: 'jedna wartość, nie lista' };
      return { value: column.list ? [...new Set(items)] : value };
    }
  }
}

function toPerson(side: Side, cells: Record<string, Cell>): Mentee | CohortMentor {
  const gender = cells['plec'] as 'k' | 'm';
  const grammar = ((cells['odmiana'] as string | undefined) ?? gender) === 'k' ? 'f' : 'm';
  const list = (name: string) => (cells[name] as string[] | undefined) ?? [];
  const base = {
    id: String(cells['id']),
    name: String(cells['imie']),
    age: cells['wiek'] as number,
    gender,
    grammar,
    bio: '',
    experience: list('doswiadczenie'),
    values: list('wartosci'),
    interests: list('zainteresowania'),
    family: cells['rodzina'] as Mentee['family'],
    availability: list('dostepnosc') as Mentee['availability'],
  } as const;
  if (side === 'mentees') {
    return {
      ...base,
      business: '',
      wish: '',
      industry: String(cells['branza']),
      needs: list('potrzeby'),
      prefers: {
        gender: (cells['zyczenie_plec'] ?? 'obojetne') as Mentee['prefers']['gender'],
        age: (cells['zyczenie_wiek'] ?? 'obojetny') as Mentee['prefers']['age'],
      },
      motivation: cells['motywacja'] as 1 | 2 | 3,
      openness: cells['otwartosc'] as 1 | 2 | 3,
      form: cells['forma'] as Mentee['form'],
    } satisfies Mentee;
  }
  return {
    ...base,
    role: '',
    industries: list('branze'),
    offers: list('oferuje'),
    commitment: cells['zaangazowanie'] as 1 | 2 | 3,
    skills: cells['umiejetnosci'] as 1 | 2 | 3,
    forms: list('formy') as Mentor['forms'],
    ...(cells['miejsca'] === undefined ? {} : { capacity: cells['miejsca'] as number }),
  } satisfies CohortMentor;
}

/** The parser's own refusal (quotes, record length) as a problem of this file. */
function parserProblem(error: CsvError, header: string[]): CsvProblem {
  let index = typeof error['index'] === 'number' ? error['index'] : 0;
  // For a record of the wrong length the index is the record's length: point at the first missing or extra field.
  if (error.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') index = Math.min(index, header.length);
  const line = typeof error['lines'] === 'number' ? error['lines'] : 1;
  const reasons: Record<string, string> = {
    CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: `wiersz ma inną liczbę pól niż nagłówek (${header.length})`,
    CSV_QUOTE_NOT_CLOSED: 'cudzysłów otwarty i niezamknięty do końca pliku',
    INVALID_OPENING_QUOTE: 'cudzysłów w środku pola (całe pole ujmij w cudzysłów, a cudzysłów w środku podwój)',
    CSV_INVALID_CLOSING_QUOTE: 'po zamykającym cudzysłowie są jeszcze znaki',
  };
  return { line, column: index + 1, name: header[index] ?? '', message: reasons[error.code] ?? error.message };
}

/**
 * Reads one CSV file of a cohort. `parse` is csv-parse's `parse` from `csv-parse/browser/esm/sync` (passed in,
 * so the page loads the library only when a file is chosen). Returns every person, or every problem.
 */
export function readCohortCsv(
  textIn: string,
  side: Side,
  model: Model,
  parse: typeof import('csv-parse/browser/esm/sync').parse,
): CsvResult<Mentee | CohortMentor> {
  const columns = COLUMNS[side];
  let records: Array<{ record: string[]; info: { lines: number } }>;
  const headerLine = textIn.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const header = headerLine.split(/[,;]/).map((h) => h.trim().replace(/^"|"$/g, ''));
  try {
    records = parse(textIn, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      delimiter: [',', ';'],
    }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof Error && 'code' in error)
      return { ok: false, problems: [parserProblem(error as CsvError, header)] };
    throw error;
  }
  const problems: CsvProblem[] = [];
  const [head, ...rows] = records;
  if (!head || rows.length === 0) {
    return {
      ok: false,
      problems: [
        { line: 1, column: 1, name: '', message: `plik jest pusty; pierwszy wiersz to nagłówek: ${headerOf(side)}` },
      ],
    };
  }
  const names = head.record.map((h) => h.trim().toLowerCase());
  names.forEach((name, c) => {
    if (!(name in columns)) {
      problems.push({
        line: 1,
        column: c + 1,
        name,
        message: `nieznana kolumna (dozwolone: ${Object.keys(columns).join(', ')})`,
      });
    } else if (names.indexOf(name) !== c) {
      problems.push({ line: 1, column: c + 1, name, message: 'kolumna powtórzona' });
    }
  });
  for (const [name, column] of Object.entries(columns)) {
    if (column.required && !names.includes(name)) {
      problems.push({ line: 1, column: names.length + 1, name, message: 'brak wymaganej kolumny w nagłówku' });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const people: Array<Mentee | CohortMentor> = [];
  const ids = new Map<string, number>();
  for (const { record, info } of rows) {
    const cells: Record<string, Cell> = {};
    record.forEach((raw, c) => {
      const name = names[c]!;
      const { value, error } = readCell(columns[name]!, raw, model);
      if (error) problems.push({ line: info.lines, column: c + 1, name, message: error });
      else cells[name] = value;
    });
    const id = String(cells['id'] ?? '');
    if (id && ids.has(id)) {
      problems.push({
        line: info.lines,
        column: names.indexOf('id') + 1,
        name: 'id',
        message: `id „${id}” powtarza się (wiersz ${ids.get(id)})`,
      });
    }
    ids.set(id, info.lines);
    if (problems.length === 0) people.push(toPerson(side, cells));
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, people };
}
