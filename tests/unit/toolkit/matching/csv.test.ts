import { parse } from 'csv-parse/browser/esm/sync';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadMatching } from '../../../../exercises/matching/data.ts';
import { headerOf, readCohortCsv } from '../../../../src/toolkit/matching/csv.ts';

const { model, scenarios } = loadMatching();
const groups = scenarios.find((s) => s.id === 'grupy')!;
const read = (text: string, side: 'mentees' | 'mentors') => readCohortCsv(text, side, model, parse);
const MENTEE =
  'ola,Ola,22,k,,szkola-przerwana,kreatywnosc niezaleznosc,rekodzielo,brak,dni-wieczor weekend,rekodzielo,sklep-online ceny,obojetne,bliski,3,3,mieszany';

describe('readCohortCsv', () => {
  test('returns the people of the example files, as the scenario they were written from', () => {
    const mentees = read(readFileSync('public/narzedzia/przyklad-podopieczni.csv', 'utf8'), 'mentees');
    const mentors = read(readFileSync('public/narzedzia/przyklad-mentorzy.csv', 'utf8'), 'mentors');
    expect(mentees.ok && mentors.ok).toBe(true);
    if (!mentees.ok || !mentors.ok) return;
    expect(mentees.people).toEqual(groups.mentees.map((m) => ({ ...m, bio: '', business: '', wish: '' })));
    expect(mentors.people).toEqual(groups.mentors.map((m) => ({ ...m, bio: '', role: '', capacity: 5 })));
  });

  test('accepts semicolons (spreadsheets in Polish settings), a BOM and quoted fields; the grammatical form defaults to the gender', () => {
    const text = `\uFEFF${headerOf('mentees').replaceAll(',', ';')}\r\n${MENTEE.replaceAll(',', ';').replace('Ola', '"Ola ""Biżuteria"""')}\r\n`;
    const result = read(text, 'mentees');
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.people[0]).toMatchObject({
        name: 'Ola "Biżuteria"',
        grammar: 'f',
        needs: ['sklep-online', 'ceny'],
      });
  });

  test('refuses a malformed file whole, with line, column and reason for every problem', () => {
    const text = [
      headerOf('mentees'),
      MENTEE,
      MENTEE.replace('ola,', 'kuba,').replace(',22,', ',dwadzieścia,').replace('rekodzielo,sklep', 'rowery-x,sklep'),
    ].join('\n');
    expect(read(text, 'mentees')).toEqual({
      ok: false,
      problems: [
        { line: 3, column: 3, name: 'wiek', message: '„dwadzieścia” to nie jest liczba całkowita od 15 do 90' },
        expect.objectContaining({
          line: 3,
          column: 11,
          name: 'branza',
          message: expect.stringMatching(/^nieznana wartość „rowery-x” \(dozwolone: rowery, /),
        }),
      ],
    });
  });

  test('refuses broken quoting and a row with a field too many, naming the line and column', () => {
    const quote = read(`${headerOf('mentees')}\n${MENTEE.replace(',Ola,', ',Ol"a,')}`, 'mentees');
    expect(quote).toEqual({ ok: false, problems: [expect.objectContaining({ line: 2, column: 2, name: 'imie' })] });
    const extra = read(`${headerOf('mentees')}\n${MENTEE},nadmiar`, 'mentees');
    expect(extra).toEqual({
      ok: false,
      problems: [{ line: 2, column: 18, name: '', message: 'wiersz ma inną liczbę pól niż nagłówek (17)' }],
    });
  });

  test('refuses a header with an unknown or missing column and a repeated id', () => {
    const header = read(`${headerOf('mentees').replace('potrzeby', 'potrzby')}\n${MENTEE}`, 'mentees');
    expect(header.ok).toBe(false);
    if (!header.ok) {
      expect(header.problems[0]).toMatchObject({
        line: 1,
        column: 12,
        name: 'potrzby',
        message: expect.stringMatching(/^nieznana kolumna/),
      });
      expect(header.problems[1]).toMatchObject({
        line: 1,
        name: 'potrzeby',
        message: 'brak wymaganej kolumny w nagłówku',
      });
    }
    const twice = read(`${headerOf('mentees')}\n${MENTEE}\n${MENTEE}`, 'mentees');
    expect(twice).toEqual({
      ok: false,
      problems: [{ line: 3, column: 1, name: 'id', message: 'id „ola” powtarza się (wiersz 2)' }],
    });
    expect(read(headerOf('mentors'), 'mentors')).toMatchObject({
      ok: false,
      problems: [{ line: 1, message: expect.stringMatching(/^plik jest pusty/) }],
    });
  });
});
