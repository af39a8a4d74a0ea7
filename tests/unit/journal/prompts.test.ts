import { describe, expect, test } from 'vitest';
import { journalKey, reflectionProblems, reflectionPrompts } from '../../../src/journal/prompts.ts';

describe('reflectionPrompts', () => {
  test('returns each prompt with its number and its journal key j.<lesson>.<n>, in reading order', () => {
    const body =
      'Tekst.\n\n<Reflection n="2">Drugie „pytanie”?</Reflection>\n\n<Reflection minutes="5" n="1">  Pierwsze?  </Reflection>';
    expect(reflectionPrompts('roles', body)).toEqual([
      { n: 2, text: 'Drugie „pytanie”?', key: 'j.roles.2' },
      { n: 1, text: 'Pierwsze?', key: 'j.roles.1' },
    ]);
  });

  test('skips malformed prompts, which reflectionProblems reports', () => {
    const body = '<Reflection n="1">Dobre?</Reflection>\n<Reflection n="x">Złe?</Reflection>';
    expect(reflectionPrompts('roles', body).map((p) => p.n)).toEqual([1]);
    expect(reflectionProblems(body)).toEqual([['<Reflection n="x">', 'n="x" must be a whole number from 1']]);
  });
});

describe('journalKey', () => {
  test('returns the key the integrator routes to the journal channel', () => {
    expect(journalKey('boundaries-and-safety', 3)).toBe('j.boundaries-and-safety.3');
  });
});
