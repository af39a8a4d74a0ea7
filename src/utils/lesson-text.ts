import { foldText } from './fold.ts';
// The text a reader sees in a lesson, recovered from its MDX body without
// rendering it: for the reading time and for the check against copied source
// text. Blocks are paragraphs, list items, table cells, headings and box
// titles; a run of words never crosses a block.

/** Inline components whose tags vanish but whose children are text (`<Term>`, `<Quote>`). */
const INLINE_TAG = /<\/?(?:Term|Quote|q|strong|em|abbr)(?:\s[^>]*)?>/g;
/** A marked quotation (see content/AUTHORING.md): a quotation may repeat its source word for word. */
const QUOTE = /<Quote(?:\s[^>]*)?>[\s\S]*?<\/Quote>/g;
/** A box title written as an attribute (`<Example title="...">`): visible text of its own. */
const TITLE = /<[A-Z][A-Za-z0-9]*\s[^>]*?\btitle=(["'])(.*?)\1[^>]*>/g;
const ANY_TAG = /<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^>]*)?\/?>/g;

export interface LessonTextOptions {
  /** Leave out marked quotations (the copy check); kept by default (the reading time). */
  dropQuotes?: boolean;
}

/** The visible text of an MDX lesson body as blocks of plain text. */
export function lessonBlocks(body: string, options: LessonTextOptions = {}): string[] {
  let text = body.replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ');
  if (options.dropQuotes) text = text.replace(QUOTE, ' ');
  text = text
    .replace(TITLE, (_, _quote: string, title: string) => `\n\n${title}\n\n`)
    .replace(INLINE_TAG, '')
    .replace(ANY_TAG, '\n\n')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\|/g, '\n\n')
    .replace(/^[ \t]*(?:[-*+]|\d+\.)[ \t]+/gm, '\n\n')
    .replace(/^(#{1,6}[ \t].*)$/gm, '\n\n$1\n\n')
    .replace(/^#{1,6}[ \t]+/gm, '');
  return text
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => /[\p{L}\p{N}]/u.test(block));
}

/**
 * The words of a text for comparing and counting: lower case, Polish
 * diacritics folded (ł too), everything that is not a letter or digit a gap.
 */
export function normalisedWords(text: string): string[] {
  return foldText(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
