import { polarityAt, tokenize, type Tokens } from './negation.ts';
import type { Rule, Topic } from './schema.ts';

// A principle is matched by meaning-bearing word stems, not by exact wording,
// so a reworded suggestion or the learner's own principle still counts. Both
// sides are lower-cased and folded ("Poufność" ~ "poufnosc"). Each cue also
// says how it must stand (see negation.ts for how negation is read):
// - `poufn`: affirmed, counts unless negated ("Zachowujemy poufność");
// - `nie plotkuj`: a forbidden behaviour, counts only when negated in any
//   way ("Nie plotkujemy", "Nikt nie plotkuje", "Zero plotek", "Unikamy plotek");
// - `~nikomu`: context, counts wherever it stands.
// A rule-based matcher rather than a model: small, runs in the browser, and
// every verdict can be explained by the cue and the negation that made it.

export { tokenize, type Tokens } from './negation.ts';

/** The words of a text, lower case, without diacritics. */
export function words(text: string): string[] {
  return tokenize(text).words;
}

interface Word {
  stem: string;
  /** Whole word only (written with a trailing `$`). */
  exact: boolean;
}

type Sense = 'affirmed' | 'negated' | 'context';

interface Cue {
  sense: Sense;
  words: Word[];
}

const parsed = new Map<string, Cue[]>();

function parseCue(alternative: string): Cue {
  let text = alternative.trim();
  let sense: Sense = 'affirmed';
  if (text.startsWith('~')) {
    sense = 'context';
    text = text.slice(1);
  }
  const parts = text.split(/\s+/).filter(Boolean);
  if (sense === 'affirmed' && parts[0] === 'nie' && parts.length > 1) {
    sense = 'negated';
    parts.shift();
  }
  const cueWords = parts.map((w) => ({ stem: words(w.replace(/\$$/, ''))[0] ?? '', exact: w.endsWith('$') }));
  return { sense, words: cueWords };
}

function parseAlternatives(spec: string): Cue[] {
  let cues = parsed.get(spec);
  if (!cues) {
    cues = spec
      .split('|')
      .map(parseCue)
      .filter((cue) => cue.words.length > 0 && cue.words.every((w) => w.stem));
    parsed.set(spec, cues);
  }
  return cues;
}

/** Whether the cue's words stand in a row at `start`, each starting with (or equal to) its stem. */
function standsAt(tokens: string[], cue: Cue, start: number): boolean {
  return cue.words.every((w, j) => {
    const token = tokens[start + j];
    return token !== undefined && (w.exact ? token === w.stem : token.startsWith(w.stem));
  });
}

/** Whether the cue occurs with the sense it asks for (affirmed, negated, or either for context). */
function holds(tokens: Tokens, cue: Cue): boolean {
  for (let start = 0; start + cue.words.length <= tokens.words.length; start += 1) {
    if (!standsAt(tokens.words, cue, start)) continue;
    if (cue.sense === 'context') return true;
    const { negated, permissive } = polarityAt(tokens, start, start + cue.words.length);
    if (!permissive && negated === (cue.sense === 'negated')) return true;
  }
  return false;
}

/** Whether one of the `|`-separated alternatives holds in the principle. */
export function hasAny(tokens: Tokens, spec: string): boolean {
  return parseAlternatives(spec).some((cue) => holds(tokens, cue));
}

/** Whether a principle matches a rule. */
export function matchesRule(tokens: Tokens, rule: Rule): boolean {
  if (rule.unless && hasAny(tokens, rule.unless)) return false;
  return rule.all.every((slot) => hasAny(tokens, slot));
}

const matchesAny = (tokens: Tokens, rules: Rule[]) => rules.some((rule) => matchesRule(tokens, rule));

/** The ids of the topics one principle covers. */
export function topicsOf(principle: string, topics: Topic[]): string[] {
  const tokens = tokenize(principle);
  return topics.filter((topic) => matchesAny(tokens, topic.match)).map((topic) => topic.id);
}

/** How one topic fares in a code. */
export interface TopicResult {
  id: string;
  covered: boolean;
  /** Positions (0-based) of the principles that cover it. */
  by: number[];
  /** Ids of finer points none of those principles makes (only when covered). */
  missingDetails: string[];
}

/** The coverage of a whole code: the score is the number of topics covered. */
export interface Coverage {
  topics: TopicResult[];
  covered: number;
  max: number;
  complete: boolean;
}

/** Checks which required topics a code (its principles, in order) covers, and which finer points it lacks. */
export function coverage(principles: string[], topics: Topic[]): Coverage {
  const tokenized = principles.map(tokenize);
  const results = topics.map((topic): TopicResult => {
    const by = tokenized.flatMap((tokens, index) => (matchesAny(tokens, topic.match) ? [index] : []));
    const missingDetails =
      by.length === 0
        ? []
        : topic.details
            .filter((detail) => !by.some((index) => matchesAny(tokenized[index]!, detail.match)))
            .map((detail) => detail.id);
    return { id: topic.id, covered: by.length > 0, by, missingDetails };
  });
  const covered = results.filter((r) => r.covered).length;
  return { topics: results, covered, max: topics.length, complete: covered === topics.length };
}
