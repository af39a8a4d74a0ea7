import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  FINGERPRINTS_FILE,
  findSourcesDir,
  fingerprintsFile,
  readSources,
} from '../../../src/tools/source-fingerprints.ts';
import { readContentFiles } from '../../../src/utils/content-files.ts';
import { lessonBlocks } from '../../../src/utils/lesson-text.ts';
import { sharedPassages } from '../../../src/utils/shingles.ts';

const fixture = readFileSync(FINGERPRINTS_FILE, 'utf8');
const known = new Set(fixture.split('\n').filter((line) => /^[0-9a-f]{12}$/.test(line)));
const files = readContentFiles('content');
const copied = (body: string) => sharedPassages(lessonBlocks(body, { dropQuotes: true }), known);

// One sentence of the Module I source (003), word for word, as a copy would be.
const SOURCE_SENTENCE =
  'Mentor może całkowicie skoncentrować się na kwestiach związanych z zatrudnieniem jednego podopiecznego.';

describe('course text vs the source texts (runs of 10 words)', () => {
  test('the fingerprints cover the five sources', () => {
    expect(known.size).toBeGreaterThan(3000);
    expect(fixture.match(/^# {3}\S+\.txt: \d+ runs$/gm)).toHaveLength(5);
  });

  const pages = [
    ...files.lessons.map((f) => [f.path, f.body ?? '']),
    ['content/sources.mdx', readFileSync('content/sources.mdx', 'utf8')],
  ];
  test.each(pages)('%s copies no run of 10 words', (_, body) => {
    expect(copied(body)).toEqual([]);
  });

  test('glossary definitions copy no run of 10 words', () => {
    const found = files.glossary.flatMap((f) => copied(String((f.data as { definition?: unknown }).definition ?? '')));
    expect(found).toEqual([]);
  });

  test('a copied source sentence is caught, inside a paragraph, a list item or a box', () => {
    expect(copied(`Wstęp lekcji. ${SOURCE_SENTENCE} Dalszy ciąg.`)).toEqual([
      'mentor moze calkowicie skoncentrowac sie na kwestiach zwiazanych z zatrudnieniem jednego podopiecznego',
    ]);
    expect(copied(`- ${SOURCE_SENTENCE.toUpperCase()}`)).toHaveLength(1);
    expect(copied(`<Example title="Przykład">\n\nKuba: ${SOURCE_SENTENCE}\n\n</Example>`)).toHaveLength(1);
  });

  test('the same sentence marked as a quotation is allowed, and so is a list of names', () => {
    expect(copied(`Moduł pisze: <Quote>${SOURCE_SENTENCE}</Quote> Tyle cytatu.`)).toEqual([]);
    const criteria = ['wykształcenie i doświadczenie życiowe', 'podobieństwo wartości', 'wiek', 'płeć', 'rodzina'];
    expect(copied(criteria.map((c) => `- ${c}`).join('\n'))).toEqual([]);
  });

  const sources = findSourcesDir([]);
  test.skipIf(!sources)('the fingerprints are up to date with the sources (where the sources are at hand)', () => {
    expect(fingerprintsFile(readSources(sources!))).toBe(fixture);
  });
});
