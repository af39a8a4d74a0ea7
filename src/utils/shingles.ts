// Fingerprints of running text: every run of SHINGLE_WORDS consecutive words
// (a "shingle") of a block, hashed. Two texts share a run of that many words
// exactly when they share a fingerprint. The course keeps the fingerprints of
// its source texts, never the texts themselves (src/tools/source-fingerprints.ts).
import { createHash } from 'node:crypto';
import { normalisedWords } from './lesson-text.ts';

/** The shortest run of shared words that counts as copied (issue 10). */
export const SHINGLE_WORDS = 10;

/** A short hash of one run of normalised words (48 bits: no accidental match among a few thousand runs). */
export function fingerprint(words: readonly string[]): string {
  return createHash('sha256').update(words.join(' ')).digest('hex').slice(0, 12);
}

/** One run of words of a block and its fingerprint. */
export interface Shingle {
  words: string[];
  hash: string;
}

/** Every run of `size` consecutive words inside each block (runs never cross blocks). */
export function shingles(blocks: readonly string[], size = SHINGLE_WORDS): Shingle[] {
  const out: Shingle[] = [];
  for (const block of blocks) {
    const words = normalisedWords(block);
    for (let i = 0; i + size <= words.length; i++) {
      const run = words.slice(i, i + size);
      out.push({ words: run, hash: fingerprint(run) });
    }
  }
  return out;
}

/**
 * The runs of `blocks` whose fingerprint is in `known`, merged into the
 * longest shared passages (as normalised text), for a readable report.
 */
export function sharedPassages(blocks: readonly string[], known: ReadonlySet<string>, size = SHINGLE_WORDS): string[] {
  const passages: string[] = [];
  for (const block of blocks) {
    const words = normalisedWords(block);
    let start = -1;
    let end = -1;
    for (let i = 0; i + size <= words.length; i++) {
      if (!known.has(fingerprint(words.slice(i, i + size)))) continue;
      if (start >= 0 && i <= end) end = i + size;
      else {
        if (start >= 0) passages.push(words.slice(start, end).join(' '));
        start = i;
        end = i + size;
      }
    }
    if (start >= 0) passages.push(words.slice(start, end).join(' '));
  }
  return passages;
}
