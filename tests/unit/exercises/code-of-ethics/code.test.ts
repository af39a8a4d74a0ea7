import { describe, expect, test } from 'vitest';
import {
  cleanText,
  codeAsText,
  decodeCode,
  encodeCode,
  linesToPrinciples,
  MAX_PRINCIPLE_LENGTH,
  MAX_PRINCIPLES,
  moved,
  principleTexts,
} from '../../../../exercises/code-of-ethics/code.ts';
import { readCodeData } from '../../../../exercises/code-of-ethics/data.ts';

const { suggestions } = readCodeData().principles;
const s1 = suggestions[0]!;

describe('encodeCode', () => {
  test('returns only the id for an unchanged suggestion', () => {
    expect(encodeCode([{ from: s1.id, text: s1.text }], suggestions)).toBe('[["s1"]]');
  });

  test('returns the id and the text for a reworded suggestion and the text for an own principle', () => {
    const stored = encodeCode(
      [
        { from: 's1', text: 'Szanujemy swój czas.' },
        { from: '', text: 'Kamery włączone.' },
      ],
      suggestions,
    );
    expect(stored).toBe('[["s1","Szanujemy swój czas."],["","Kamery włączone."]]');
  });

  test('returns an empty string for an empty code', () => {
    expect(encodeCode([], suggestions)).toBe('');
  });
});

describe('decodeCode', () => {
  test('returns the entries that were encoded, in order', () => {
    const entries = [
      { from: '', text: 'Własna <b>zasada</b>' },
      { from: 's3', text: suggestions[2]!.text },
      { from: 's1', text: 'Przeredagowana' },
    ];
    expect(decodeCode(encodeCode(entries, suggestions), suggestions)).toEqual(entries);
  });

  test('returns an empty code for missing or unreadable data', () => {
    expect(decodeCode(undefined, suggestions)).toEqual([]);
    expect(decodeCode('{not json', suggestions)).toEqual([]);
    expect(decodeCode('{"a":1}', suggestions)).toEqual([]);
  });

  test('returns the readable rows of a partly damaged code', () => {
    const stored = JSON.stringify([['s1'], 7, ['s99'], ['s99', 'Z usuniętej propozycji'], [null, 'x'], ['', 42]]);
    expect(decodeCode(stored, suggestions)).toEqual([
      { from: 's1', text: s1.text },
      { from: '', text: 'Z usuniętej propozycji' },
    ]);
  });

  test('returns at most MAX_PRINCIPLES principles', () => {
    const stored = JSON.stringify(Array.from({ length: MAX_PRINCIPLES + 5 }, (_, i) => ['', `Zasada ${i}`]));
    expect(decodeCode(stored, suggestions)).toHaveLength(MAX_PRINCIPLES);
  });
});

describe('cleanText', () => {
  test('returns one trimmed line no longer than the limit', () => {
    expect(cleanText('  Jedna\nlinia   tekstu ')).toBe('Jedna linia tekstu');
    expect(cleanText('x'.repeat(MAX_PRINCIPLE_LENGTH + 10))).toHaveLength(MAX_PRINCIPLE_LENGTH);
  });
});

describe('principleTexts', () => {
  test('returns the principles without blank ones', () => {
    expect(
      principleTexts([
        { from: '', text: ' A ' },
        { from: 's1', text: '   ' },
        { from: '', text: 'B' },
      ]),
    ).toEqual(['A', 'B']);
  });
});

describe('codeAsText', () => {
  test('returns numbered lines', () => {
    expect(codeAsText(['Jesteśmy szczerzy.', 'Nie spóźniamy się.'])).toBe(
      '1. Jesteśmy szczerzy.\n2. Nie spóźniamy się.',
    );
  });
});

describe('linesToPrinciples', () => {
  test('returns one principle per non-empty line, without list numbers or bullets', () => {
    expect(linesToPrinciples('1. Szanujemy czas\n\n- Jesteśmy szczerzy\r\n2) Nie kłamiemy\n  • Otwartość  ')).toEqual([
      'Szanujemy czas',
      'Jesteśmy szczerzy',
      'Nie kłamiemy',
      'Otwartość',
    ]);
  });
});

describe('moved', () => {
  test('returns the item moved up or down', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  test('returns the same array when the move would leave the list', () => {
    const items = ['a', 'b'];
    expect(moved(items, 0, -1)).toBe(items);
    expect(moved(items, 1, 1)).toBe(items);
    expect(moved(items, 5, -1)).toBe(items);
  });
});
