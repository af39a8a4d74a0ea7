import { foldDiacritics } from '../../src/search/polish-query.ts';
import type { Rule, Topic } from './schema.ts';

// A principle is matched by meaning-bearing word stems, not by exact wording,
// so a reworded suggestion or the learner's own principle still counts.
// Both sides are lower-cased and folded ("Poufność" ~ "poufnosc").

/** The words of a text, lower case, without diacritics. */
export function words(text: string): string[] {
  return foldDiacritics(text.toLocaleLowerCase('pl'))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

interface Word {
  stem: string;
  /** Whole word only (written with a trailing `$`). */
  exact: boolean;
}

function parseAlternatives(spec: string): Word[][] {
  return spec
    .split('|')
    .map((alt) =>
      alt
        .trim()
        .split(/\s+/)
        .map((w) => ({ stem: words(w.replace(/\$$/, ''))[0] ?? '', exact: w.endsWith('$') })),
    )
    .filter((alt) => alt.length > 0 && alt.every((w) => w.stem));
}

/** Whether the words contain the phrase: consecutive words, each starting with (or equal to) its stem. */
function hasPhrase(tokens: string[], phrase: Word[]): boolean {
  for (let i = 0; i + phrase.length <= tokens.length; i += 1) {
    if (phrase.every((w, j) => (w.exact ? tokens[i + j] === w.stem : tokens[i + j]!.startsWith(w.stem)))) return true;
  }
  return false;
}

/** Whether one of the `|`-separated alternatives occurs in the words. */
export function hasAny(tokens: string[], spec: string): boolean {
  return parseAlternatives(spec).some((phrase) => hasPhrase(tokens, phrase));
}

/** Whether a principle (as words) matches a rule. */
export function matchesRule(tokens: string[], rule: Rule): boolean {
  if (rule.unless && hasAny(tokens, rule.unless)) return false;
  return rule.all.every((slot) => hasAny(tokens, slot));
}

const matchesAny = (tokens: string[], rules: Rule[]) => rules.some((rule) => matchesRule(tokens, rule));

/** The ids of the topics one principle covers. */
export function topicsOf(principle: string, topics: Topic[]): string[] {
  const tokens = words(principle);
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
  const tokenized = principles.map(words);
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
