// The "Zatrzymaj się" prompts of a lesson, read from its MDX body: the journal
// page lists them and the content check keeps their numbers stable and unique.

/** One reflection prompt of a lesson. */
export interface ReflectionPrompt {
  /** The prompt's number in its lesson (`n`), stable once published. */
  n: number;
  /** The prompt as the learner reads it (plain text). */
  text: string;
  /** Where the learner's answer is kept: `j.<lesson id>.<n>`. */
  key: string;
}

/** The tracker key of a prompt's answer (answers of the learner's journal start with `j.`). */
export function journalKey(lessonId: string, n: number | string): string {
  return `j.${lessonId}.${n}`;
}

const REFLECTION = /<Reflection\b([^>]*?)(\/?)>(?:([\s\S]*?)<\/Reflection>)?/g;
const NUMBER = /\bn=(?:"([^"]*)"|'([^']*)')/;

interface ParsedReflection {
  n: string | undefined;
  text: string;
  problem?: string;
}

function parse(body: string): ParsedReflection[] {
  return [...body.matchAll(REFLECTION)].map(([, attributes = '', selfClosing, inner = '']) => {
    const number = NUMBER.exec(attributes);
    const n = number ? (number[1] ?? number[2]) : undefined;
    const text = inner.trim();
    let problem: string | undefined;
    if (n === undefined) problem = 'missing n="<number>" (the prompt\'s stable number in this lesson)';
    else if (!/^[1-9][0-9]*$/.test(n)) problem = `n="${n}" must be a whole number from 1`;
    else if (selfClosing || text === '') problem = 'the prompt text is missing';
    else if (/[\n<>{}*_[\]]/.test(text)) problem = 'write the prompt on one line as plain text (no markup)';
    return problem ? { n, text, problem } : { n, text };
  });
}

/** The well-formed prompts of a lesson body, in reading order. */
export function reflectionPrompts(lessonId: string, body: string): ReflectionPrompt[] {
  return parse(body)
    .filter((r) => !r.problem)
    .map((r) => ({ n: Number(r.n), text: r.text, key: journalKey(lessonId, r.n ?? '') }));
}

/** What is wrong with a lesson's prompts: `[field, message]` pairs for the content check. */
export function reflectionProblems(body: string): Array<[string, string]> {
  const problems: Array<[string, string]> = [];
  const seen = new Set<string>();
  for (const r of parse(body)) {
    const field = `<Reflection n="${r.n ?? ''}">`;
    if (r.problem) problems.push([field, r.problem]);
    else if (seen.has(r.n ?? '')) problems.push([field, `duplicate prompt number ${r.n} in this lesson`]);
    seen.add(r.n ?? '');
  }
  return problems;
}
