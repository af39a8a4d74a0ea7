import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { foldDiacritics, foldText } from '../../../src/utils/fold.ts';
import { seededRandom, seedOf, shuffle } from '../../../src/utils/random.ts';
import { readYamlFile, yamlData } from '../../../src/utils/yaml-file.ts';

describe('readYamlFile (the one YAML reader)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'yaml-'));
  writeFileSync(join(dir, 'ok.yaml'), 'id: a\nlist: [1, 2]\n');
  writeFileSync(join(dir, 'bad.yaml'), 'id: [unclosed\n');

  test('returns the data and the path relative to the root', () => {
    expect(readYamlFile(join(dir, 'ok.yaml'), dir)).toEqual({ path: 'ok.yaml', data: { id: 'a', list: [1, 2] } });
  });

  test('returns, never throws, why a file could not be read', () => {
    expect(readYamlFile(join(dir, 'none.yaml'), dir)).toEqual({
      path: 'none.yaml',
      data: undefined,
      error: 'file is missing',
    });
    expect(readYamlFile(join(dir, 'bad.yaml'), dir).error).toMatch(/^invalid YAML: /);
    expect(() => yamlData(join(dir, 'bad.yaml'), dir)).toThrow(/^bad\.yaml: \(file\): invalid YAML/);
  });
});

describe('foldText / foldDiacritics', () => {
  test('returns Polish text without diacritics, ł included', () => {
    expect(foldDiacritics('Źródło, ŁÓDŹ, zażółć')).toBe('Zrodlo, LODZ, zazolc');
    expect(foldText('Mówimy SZCZERZE')).toBe('mowimy szczerze');
  });
});

describe('seededRandom / shuffle', () => {
  test('returns the same order for the same seed, another for another seed', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    expect(shuffle(items, seededRandom(seedOf('q-1')))).toEqual(shuffle(items, seededRandom(seedOf('q-1'))));
    expect(shuffle(items, seededRandom(1))).not.toEqual(shuffle(items, seededRandom(2)));
    expect([...shuffle(items, seededRandom(3))].sort((a, b) => a - b)).toEqual(items);
  });
});
