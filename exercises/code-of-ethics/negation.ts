import { foldText } from '../../src/utils/fold.ts';

// Polish negation, as far as a code of ethics needs it. A principle states a
// rule, so "Nie zachowujemy poufności" denies confidentiality while "Nie
// plotkujemy" affirms it. The matcher asks, for each cue it finds, whether
// the cue is negated in its clause:
// - sentential negation ("nie", "nikt", "nikomu", "nic", "nigdy", "żaden",
//   "ani") counts once however many of them a clause has: Polish has
//   negative concord ("nikt nikomu nic nie mówi" is one negation);
// - "bez" and "zero" negate only the next word or two ("bez spóźnień");
// - a few words turn a rule around ("łamiemy", "zdradzamy", "zapominamy o",
//   "unikamy", "zakaz", "zabronione"): each flips the clause once more, so
//   "Nie łamiemy poufności" keeps it and "Zakaz spóźnień" forbids lateness;
// - a negated must or a negated judgement ("nie musimy", "nie trzeba",
//   "nie jest obowiązkowe", "nie są problemem") makes the clause a
//   permission: it credits nothing ("Nie musimy być punktualni").
// Words are lower case and folded (no diacritics, ł as l), like the cues.

/** A principle as the matcher reads it: its words and the clause each word belongs to. */
export interface Tokens {
  words: string[];
  clauses: number[];
  /** Positions of a "nie" that negates nothing ("nie tylko", "nie mogę przyjść"). */
  inert: Set<number>;
}

/** Whether a cue is negated where it stands, and whether its clause only grants a permission. */
export interface Polarity {
  negated: boolean;
  permissive: boolean;
}

// Clauses end at punctuation and at these conjunctions and relative words, so
// "Nie spóźniamy się bo szanujemy czas" does not negate the respect for time.
const BOUNDARIES = new Set(
  [
    'i oraz a ale lecz jednak natomiast albo lub bo bowiem poniewaz wiec dlatego chyba',
    'gdy gdyby kiedy jesli jezeli jak to ze zeby aby co czego czym kto kogo ktory ktora ktore ktorzy gdzie',
  ]
    .join(' ')
    .split(' '),
);
const SENTENTIAL = new Set(
  'nie ani nikt nikogo nikomu nikim nic niczego niczym nigdy nigdzie zaden zadna zadne zadnego zadnej zadnemu zadnym zadnych zadnymi'.split(
    ' ',
  ),
);
const TIGHT = new Set(['bez', 'zero']);
const FLIPS = [
  'lam',
  'zlam',
  'narusz',
  'zdradz',
  'ujawni',
  'zapomin',
  'zapomn',
  'unika',
  'zabron',
  'zakaz',
  'lekcewaz',
];
// A sentential negation followed (past a linking word) by one of these makes the
// clause a permission: "nie musimy", "nie jest obowiązkowa", "nie są problemem".
const LINKING = new Set('jest sa to byl bylo beda bedzie ma maja nas nam dla stanowi'.split(' '));
const PERMISSION = [
  'musi',
  'musz',
  'trzeba',
  'obowiaz',
  'wymag',
  'konieczn',
  'potrzeb',
  'problem',
  'przeszkadz',
  'szkodz',
  'tragedi',
  'wazn',
  'najwazn',
  'istotn',
  'zabron',
  'zakaz',
];
// "nie" that states a condition or an inability, not the rule: "Gdy nie mogę przyjść, daję znać".
const INERT = [
  'nie tylko',
  'nie mog przyj',
  'nie moz przyj',
  'nie mog byc',
  'nie moz byc',
  'nie mog dotrz',
  'nie moz dotrz',
  'nie mog dojech',
  'nie moz dojech',
  'nie mog sie pojaw',
  'nie moz sie pojaw',
  'nie mog uczestn',
  'nie moz uczestn',
  'nie przyjd',
  'nie dotrz',
  'nie pojaw',
  'nie zdaz',
  'nie dam rady',
  'nie damy rady',
  'nie da rady',
  'nie bedzie mnie',
  'nie bedzie go',
  'nie bedzie jej',
].map((phrase) => phrase.split(' '));

const startsWithAny = (word: string, stems: readonly string[]) => stems.some((stem) => word.startsWith(stem));

/** Lower case, no diacritics, ł folded to l. */
export const fold = foldText;

/** Splits a principle into words, numbering its clauses. */
export function tokenize(text: string): Tokens {
  const words: string[] = [];
  const clauses: number[] = [];
  let clause = 0;
  for (const part of fold(text).split(/[.,;:!?()[\]"„”«»…–—/\n]+|\s-\s/u)) {
    clause += 1;
    for (const word of part.split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
      if (BOUNDARIES.has(word)) clause += 1;
      words.push(word);
      clauses.push(clause);
    }
  }
  const inert = new Set<number>();
  words.forEach((word, i) => {
    if (word !== 'nie') return;
    if (INERT.some((phrase) => phrase.every((stem, k) => words[i + k]?.startsWith(stem)))) inert.add(i);
  });
  return { words, clauses, inert };
}

/** The polarity of the words `start` to `end` (exclusive) within their clause. */
export function polarityAt(tokens: Tokens, start: number, end: number): Polarity {
  const { words, clauses, inert } = tokens;
  const clause = clauses[start];
  let sentential = false;
  let flips = 0;
  let permissive = false;
  for (let j = 0; j < words.length; j += 1) {
    if (clauses[j] !== clause || (j >= start && j < end) || inert.has(j)) continue;
    const word = words[j]!;
    if (SENTENTIAL.has(word)) {
      sentential = true;
      let k = j + 1;
      while (clauses[k] === clause && LINKING.has(words[k]!)) k += 1;
      if (clauses[k] === clause && startsWithAny(words[k]!, PERMISSION)) permissive = true;
    } else if (TIGHT.has(word)) {
      if (start > j && start - j <= 2) flips += 1;
    } else if (startsWithAny(word, FLIPS)) {
      flips += 1;
    }
  }
  return { negated: ((sentential ? 1 : 0) + flips) % 2 === 1, permissive };
}
