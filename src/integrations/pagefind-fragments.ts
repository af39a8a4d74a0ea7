import { gunzipSync, gzipSync } from 'node:zlib';
import { foldL } from '../search/polish-query.ts';

// A Pagefind fragment file (pagefind/fragment/*.pf_fragment) is gzip of the
// signature "pagefind_dcd" followed by the page's JSON: its url, the text
// that results' excerpts are cut from, meta (title) and anchors. Pagefind
// 1.6's client reads it as such (pagefind_web_js: decompress()).
const SIGNATURE = 'pagefind_dcd';

/** The parts of a fragment the course touches; the rest is kept as it is. */
export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  anchors?: Array<{ text?: string } & Record<string, unknown>>;
  [key: string]: unknown;
}

export function decodeFragment(bytes: Uint8Array): Fragment {
  const text = gunzipSync(bytes).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error('not a Pagefind fragment');
  return JSON.parse(text.slice(SIGNATURE.length)) as Fragment;
}

export function encodeFragment(fragment: Fragment): Uint8Array {
  return gzipSync(Buffer.from(SIGNATURE + JSON.stringify(fragment), 'utf8'));
}

/**
 * The fragment of a page indexed with ł folded to l, given back its real
 * spelling from the fragment of the same page indexed as written. Folding ł
 * is one letter for one, so words and their positions are the same in both
 * and the index's hit positions still point at the right words. Returns
 * undefined when the two do not line up (then the folded text is kept).
 */
export function withRealSpelling(folded: Fragment, real: Fragment): Fragment | undefined {
  if (foldL(real.content) !== folded.content) return undefined;
  const anchors = folded.anchors?.map((anchor, i) => {
    const text = real.anchors?.[i]?.text;
    return text === undefined ? anchor : { ...anchor, text };
  });
  return {
    ...folded,
    content: real.content,
    meta: { ...folded.meta, ...(real.meta['title'] ? { title: real.meta['title'] } : {}) },
    ...(anchors ? { anchors } : {}),
  };
}
