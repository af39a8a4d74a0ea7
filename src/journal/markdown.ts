// The learner's journal as a Markdown file (text only: built from strings,
// downloaded as a Blob; nothing is ever parsed as HTML).

/** One prompt of the journal with the learner's answer ('' when unanswered). */
export interface JournalEntry {
  label: string;
  prompt: string;
  answer: string;
}

/** The prompts of one lesson. */
export interface JournalSection {
  title: string;
  entries: JournalEntry[];
}

/** The file's head and the text shown for an unanswered prompt. */
export interface JournalHead {
  title: string;
  lines: string[];
  noAnswer: string;
}

/**
 * Escapes what would turn a line of the learner's text into the file's own
 * structure (a heading, a quotation, a heading underline); lists stay lists.
 */
export function escapeLine(line: string): string {
  if (/^\s*(?:#|>)/.test(line) || /^\s*(?:-{3,}|={3,})\s*$/.test(line)) return line.replace(/^(\s*)/, '$1\\');
  return line;
}

/** The whole journal as Markdown: a heading per lesson, then each prompt, quoted, and its answer. */
export function journalMarkdown(head: JournalHead, sections: readonly JournalSection[]): string {
  const out = [`# ${head.title}`, '', ...head.lines.map((line) => `${line}  `), ''];
  for (const section of sections) {
    out.push(`## ${section.title}`, '');
    for (const entry of section.entries) {
      out.push(`### ${entry.label}`, '', `> ${entry.prompt}`, '');
      const answer = entry.answer.replace(/\r\n?/g, '\n').trim();
      out.push(answer ? answer.split('\n').map(escapeLine).join('\n') : `_${head.noAnswer}_`, '');
    }
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
