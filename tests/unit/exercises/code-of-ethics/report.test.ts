import { describe, expect, test } from 'vitest';
import { coverage } from '../../../../exercises/code-of-ethics/coverage.ts';
import { readCodeData } from '../../../../exercises/code-of-ethics/data.ts';
import { codeInteraction, KEYS } from '../../../../exercises/code-of-ethics/report.ts';

const { topics, suggestions } = readCodeData().principles;
const now = new Date('2025-03-03T10:00:00Z');

describe('codeInteraction', () => {
  test('returns a neutral long-fill-in interaction with the numbered code for objective lo6', () => {
    const texts = ['Jesteśmy szczerzy.', 'Nie spóźniamy się.'];
    expect(codeInteraction(texts, coverage(texts, topics), 1234.4, 'Nasz kodeks etyki', now)).toEqual({
      id: 'ex-code-of-ethics-code',
      objective: 'lo6',
      description: 'Nasz kodeks etyki',
      response: { kind: 'long-fill-in', text: '1. Jesteśmy szczerzy.\n2. Nie spóźniamy się.' },
      result: 'neutral',
      weighting: 1,
      latencyMs: 1234,
      timestamp: now,
    });
  });

  test('returns a correct result when every topic is covered', () => {
    const texts = suggestions.filter((s) => s.covers.length).map((s) => s.text);
    expect(codeInteraction(texts, coverage(texts, topics), 0, '', now).result).toBe('correct');
  });
});

describe('KEYS', () => {
  test('returns keys prefixed with the activity id', () => {
    expect(Object.values(KEYS).every((key) => key.startsWith('ex-code-of-ethics:'))).toBe(true);
  });
});
