/** The learner's mentoring agreement (umowa mentorska): what they type; fixed clauses come from the dictionary. */
export interface Agreement {
  /** Group name (optional; groups may choose one). */
  group: string;
  /** The kierownik's name. */
  manager: string;
  /** The mentor's name. */
  mentor: string;
  /** The podopieczni, one name per line. */
  mentees: string;
  /** Start and end dates, `YYYY-MM-DD` (an `<input type="date">` value). */
  start: string;
  end: string;
  /** How often and when the group meets. */
  rhythm: string;
  /** How the participants keep in touch between meetings. */
  channels: string;
}

export type AgreementField = keyof Agreement;

export const AGREEMENT_FIELDS: AgreementField[] = [
  'group',
  'manager',
  'mentor',
  'mentees',
  'start',
  'end',
  'rhythm',
  'channels',
];

/** Longest value of each field, in characters. */
export const FIELD_MAX: Record<AgreementField, number> = {
  group: 80,
  manager: 80,
  mentor: 80,
  mentees: 600,
  start: 10,
  end: 10,
  rhythm: 160,
  channels: 160,
};

/** Most podopieczni listed (a group has at most 4-5; pairs one). */
export const MAX_MENTEES = 8;
/** Blank signature lines printed for podopieczni when no names are given. */
export const BLANK_MENTEE_LINES = 4;

// Short keys keep the stored draft small (SCORM 1.2 suspend data).
const KEYS: Record<AgreementField, string> = {
  group: 'g',
  manager: 'k',
  mentor: 'm',
  mentees: 'p',
  start: 's',
  end: 'e',
  rhythm: 'r',
  channels: 'c',
};

export function emptyAgreement(): Agreement {
  return { group: '', manager: '', mentor: '', mentees: '', start: '', end: '', rhythm: '', channels: '' };
}

/** Stored form (`ex-code-of-ethics:agreement`): JSON with short keys, empty fields left out; '' when all are empty. */
export function encodeAgreement(agreement: Agreement): string {
  const stored = Object.fromEntries(
    AGREEMENT_FIELDS.filter((f) => agreement[f] !== '').map((f) => [KEYS[f], agreement[f]]),
  );
  return Object.keys(stored).length ? JSON.stringify(stored) : '';
}

/** Reads a stored agreement; unknown or malformed values are dropped, never thrown. */
export function decodeAgreement(stored: string | undefined): Agreement {
  const agreement = emptyAgreement();
  if (!stored) return agreement;
  let data: unknown;
  try {
    data = JSON.parse(stored);
  } catch {
    return agreement;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return agreement;
  const record = data as Record<string, unknown>;
  for (const field of AGREEMENT_FIELDS) {
    const value = record[KEYS[field]];
    if (typeof value === 'string') agreement[field] = value.slice(0, FIELD_MAX[field]);
  }
  if (!isIsoDate(agreement.start)) agreement.start = '';
  if (!isIsoDate(agreement.end)) agreement.end = '';
  return agreement;
}

/** Whether a value is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

const MONTHS = [
  'stycznia',
  'lutego',
  'marca',
  'kwietnia',
  'maja',
  'czerwca',
  'lipca',
  'sierpnia',
  'września',
  'października',
  'listopada',
  'grudnia',
];

/** A date as written in a Polish document, e.g. "3 marca 2025"; '' for an empty or invalid date. */
export function formatDate(iso: string): string {
  if (!isIsoDate(iso)) return '';
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** Whether the end date comes before the start date (both given). */
export function endsBeforeStart(agreement: Agreement): boolean {
  return isIsoDate(agreement.start) && isIsoDate(agreement.end) && agreement.end < agreement.start;
}

/** The podopieczni's names, one per line, blanks dropped. */
export function menteeNames(agreement: Agreement): string[] {
  return agreement.mentees
    .split(/\r?\n|;/)
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .slice(0, MAX_MENTEES);
}

/** Who signs: the kierownik, the mentor, then each podopieczny ('' name = a blank line to write on). */
export function signatories(agreement: Agreement): Array<{ role: 'manager' | 'mentor' | 'mentee'; name: string }> {
  const names = menteeNames(agreement);
  const mentees = names.length ? names : Array.from({ length: BLANK_MENTEE_LINES }, () => '');
  return [
    { role: 'manager', name: agreement.manager.trim() },
    { role: 'mentor', name: agreement.mentor.trim() },
    ...mentees.map((name) => ({ role: 'mentee' as const, name })),
  ];
}
