import { describe, expect, test } from 'vitest';
import {
  BLANK_MENTEE_LINES,
  decodeAgreement,
  emptyAgreement,
  encodeAgreement,
  endsBeforeStart,
  formatDate,
  isIsoDate,
  menteeNames,
  signatories,
} from '../../../../exercises/code-of-ethics/agreement.ts';

const filled = {
  ...emptyAgreement(),
  group: 'Z pasji na swoim',
  manager: 'Anna Nowak',
  mentor: 'Ewa Kowalska',
  mentees: 'Ola\n  Marta  \n\nZuza',
  start: '2025-03-03',
  end: '2025-06-30',
  rhythm: 'co dwa tygodnie',
  channels: 'czat grupy',
};

describe('encodeAgreement', () => {
  test('returns short keys and leaves out empty fields', () => {
    expect(encodeAgreement({ ...emptyAgreement(), mentor: 'Ewa', start: '2025-03-03' })).toBe(
      '{"m":"Ewa","s":"2025-03-03"}',
    );
  });

  test('returns an empty string for an empty agreement', () => {
    expect(encodeAgreement(emptyAgreement())).toBe('');
  });
});

describe('decodeAgreement', () => {
  test('returns what was encoded', () => {
    expect(decodeAgreement(encodeAgreement(filled))).toEqual(filled);
  });

  test('returns an empty agreement for missing or unreadable data', () => {
    expect(decodeAgreement(undefined)).toEqual(emptyAgreement());
    expect(decodeAgreement('[1,2]')).toEqual(emptyAgreement());
    expect(decodeAgreement('nope')).toEqual(emptyAgreement());
  });

  test('returns only well-formed values', () => {
    expect(decodeAgreement('{"m":5,"k":"Anna","s":"2025-02-30","e":"jutro"}')).toEqual({
      ...emptyAgreement(),
      manager: 'Anna',
    });
  });
});

describe('isIsoDate', () => {
  test('returns true only for real dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('3.03.2025')).toBe(false);
  });
});

describe('formatDate', () => {
  test('returns the date as written in Polish documents', () => {
    expect(formatDate('2025-03-03')).toBe('3 marca 2025');
    expect(formatDate('2025-12-31')).toBe('31 grudnia 2025');
  });

  test('returns an empty string for an empty or invalid date', () => {
    expect(formatDate('')).toBe('');
    expect(formatDate('2025-13-01')).toBe('');
  });
});

describe('endsBeforeStart', () => {
  test('returns true only when both dates are given and the end is earlier', () => {
    expect(endsBeforeStart({ ...filled, end: '2025-03-02' })).toBe(true);
    expect(endsBeforeStart(filled)).toBe(false);
    expect(endsBeforeStart({ ...filled, start: '' })).toBe(false);
  });
});

describe('menteeNames', () => {
  test('returns the names, one per line, without blanks', () => {
    expect(menteeNames(filled)).toEqual(['Ola', 'Marta', 'Zuza']);
  });
});

describe('signatories', () => {
  test('returns the kierownik, the mentor and each podopieczny', () => {
    expect(signatories(filled).map((s) => `${s.role}:${s.name}`)).toEqual([
      'manager:Anna Nowak',
      'mentor:Ewa Kowalska',
      'mentee:Ola',
      'mentee:Marta',
      'mentee:Zuza',
    ]);
  });

  test('returns blank lines for podopieczni when no names are given', () => {
    const blank = signatories(emptyAgreement());
    expect(blank).toHaveLength(2 + BLANK_MENTEE_LINES);
    expect(blank.every((s) => s.name === '')).toBe(true);
  });
});
