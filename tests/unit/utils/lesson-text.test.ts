import { describe, expect, test } from 'vitest';
import { lessonBlocks, normalisedWords } from '../../../src/utils/lesson-text.ts';

describe('lessonBlocks', () => {
  test('returns paragraphs, list items, table cells, headings and box titles as separate blocks', () => {
    const body = [
      '## Tytuł sekcji',
      '',
      'Akapit z <Term id="mentor">mentorem</Term>',
      'w dwóch wierszach.',
      '',
      '- punkt pierwszy;',
      '- punkt drugi.',
      '',
      '| a | b |',
      '|---|---|',
      '| komórka | druga |',
      '',
      '<Example title="Kuba i rower">',
      '',
      'Treść [odnośnika](../cwiczenia/x.html).',
      '',
      '</Example>',
    ].join('\n');
    expect(lessonBlocks(body)).toEqual([
      'Tytuł sekcji',
      'Akapit z mentorem w dwóch wierszach.',
      'punkt pierwszy;',
      'punkt drugi.',
      'a',
      'b',
      'komórka',
      'druga',
      'Kuba i rower',
      'Treść odnośnika.',
    ]);
  });

  test('leaves marked quotations out only when asked to', () => {
    const body = 'Karta mówi: <Quote>dokładne słowa źródła</Quote>.';
    expect(lessonBlocks(body)).toEqual(['Karta mówi: dokładne słowa źródła.']);
    expect(lessonBlocks(body, { dropQuotes: true })).toEqual(['Karta mówi: .']);
  });
});

describe('normalisedWords', () => {
  test('folds case and Polish diacritics, ł included, and drops punctuation', () => {
    expect(normalisedWords('Źródło: ŁÓDŹ, e-mentoring – 4–5 osób!')).toEqual([
      'zrodlo',
      'lodz',
      'e',
      'mentoring',
      '4',
      '5',
      'osob',
    ]);
  });
});
