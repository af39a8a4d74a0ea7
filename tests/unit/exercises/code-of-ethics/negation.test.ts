import { describe, expect, test } from 'vitest';
import { polarityAt, tokenize } from '../../../../exercises/code-of-ethics/negation.ts';

/** The polarity of the first occurrence of `word` in `text`. */
function polarityOf(text: string, word: string) {
  const tokens = tokenize(text);
  const at = tokens.words.findIndex((w) => w.startsWith(word));
  if (at < 0) throw new Error(`no "${word}" in "${text}"`);
  return polarityAt(tokens, at, at + 1);
}

describe('tokenize', () => {
  test('returns folded words and a new clause at punctuation and conjunctions', () => {
    const tokens = tokenize('Nie spóźniamy się, bo szanujemy czas i opinie');
    expect(tokens.words).toEqual(['nie', 'spozniamy', 'sie', 'bo', 'szanujemy', 'czas', 'i', 'opinie']);
    expect(new Set(tokens.clauses.slice(0, 3)).size).toBe(1);
    expect(tokens.clauses[4]).not.toBe(tokens.clauses[1]);
    expect(tokens.clauses[7]).not.toBe(tokens.clauses[5]);
  });

  test('returns the "nie" of a condition or of "nie tylko" as inert', () => {
    expect([...tokenize('Gdy nie mogę przyjść daję znać').inert]).toEqual([1]);
    expect([...tokenize('nie tylko w trakcie').inert]).toEqual([0]);
    expect([...tokenize('Nie możemy się spóźniać').inert]).toEqual([]);
  });
});

describe('polarityAt', () => {
  test('returns negated once for any number of concord negatives', () => {
    expect(polarityOf('Nikt nikomu nic nie mówi', 'mowi')).toEqual({ negated: true, permissive: false });
    expect(polarityOf('Mówimy wszystkim', 'mowi')).toEqual({ negated: false, permissive: false });
  });

  test('returns negated for a cue right after "bez" or "zero" only', () => {
    expect(polarityOf('Bez spóźnień', 'spozn').negated).toBe(true);
    expect(polarityOf('Zero plotek', 'plot').negated).toBe(true);
    expect(polarityOf('Nie udostępniamy zdjęć bez zgody', 'udostep').negated).toBe(true);
  });

  test('returns the clause turned around by a flipping word, and back by a negation', () => {
    expect(polarityOf('Unikamy spóźnień', 'spozn').negated).toBe(true);
    expect(polarityOf('Nie łamiemy poufności', 'poufn').negated).toBe(false);
    expect(polarityOf('Spóźnienia nie są zabronione', 'spozn').negated).toBe(false);
  });

  test('returns a negation in another clause as no negation', () => {
    expect(polarityOf('Nie spóźniamy się, bo szanujemy czas', 'szanuj').negated).toBe(false);
    expect(polarityOf('Gdy nie mogę przyjść daję znać', 'daje').negated).toBe(false);
  });

  test('returns permissive for a negated must or judgement', () => {
    expect(polarityOf('Nie musimy być punktualni', 'punktual').permissive).toBe(true);
    expect(polarityOf('Spóźnienia nie są problemem', 'spozn').permissive).toBe(true);
    expect(polarityOf('Obecność nie jest obowiązkowa', 'obecn').permissive).toBe(true);
    expect(polarityOf('Nie ukrywamy problemów', 'ukryw').permissive).toBe(false);
  });
});
