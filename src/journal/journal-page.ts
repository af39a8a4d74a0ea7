// The journal page (dziennik.html): fills each prompt's answer from the
// learner's saved progress (as text, never HTML), counts the answers, prints
// and downloads the journal as Markdown.
import { countOf } from '../i18n/plural.ts';
import { pageTracker } from '../scripts/shell-frame.ts';
import { journalMarkdown, type JournalSection } from './markdown.ts';

type Strings = Record<string, string>;

function answersOf(doc: Document): Array<{ item: HTMLElement; key: string }> {
  return [...doc.querySelectorAll<HTMLElement>('[data-journal-key]')].map((item) => ({
    item,
    key: item.dataset['journalKey'] ?? '',
  }));
}

function render(doc: Document, answers: Readonly<Record<string, string>>, strings: Strings): void {
  let answered = 0;
  const entries = answersOf(doc);
  for (const { item, key } of entries) {
    const text = answers[key] ?? '';
    if (text) answered += 1;
    const box = item.querySelector<HTMLElement>('.journal-answer');
    if (box) box.textContent = text || (strings['noAnswer'] ?? '');
    item.toggleAttribute('data-answered', Boolean(text));
  }
  const count = doc.getElementById('journal-count');
  if (count) {
    const forms = {
      one: strings['one'] ?? '',
      few: strings['few'] ?? '',
      many: strings['many'] ?? '',
      other: strings['other'] ?? '',
    };
    count.textContent = (strings['answered'] ?? '')
      .replace('{answered}', String(answered))
      .replace('{total}', countOf(entries.length, forms));
  }
}

/** The journal's sections as the page shows them, with the saved answers. */
function sections(doc: Document, answers: Readonly<Record<string, string>>): JournalSection[] {
  return [...doc.querySelectorAll<HTMLElement>('.journal-lesson')].map((section) => ({
    title: section.querySelector('h2')?.textContent?.trim() ?? '',
    entries: [...section.querySelectorAll<HTMLElement>('[data-journal-key]')].map((item) => ({
      label: item.querySelector('.journal-label')?.textContent?.trim() ?? '',
      prompt: item.querySelector('.journal-prompt')?.textContent?.trim() ?? '',
      answer: answers[item.dataset['journalKey'] ?? ''] ?? '',
    })),
  }));
}

function download(doc: Document, text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Starts the journal page: answers shown and kept current, print and download buttons. */
export async function startJournal(doc: Document): Promise<void> {
  const root = doc.getElementById('journal');
  if (!root) return;
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
  const tracker = await pageTracker(window);
  const update = () => render(doc, tracker.progress.answers, strings);
  let unsubscribe: (() => void) | undefined = tracker.subscribe(update);
  addEventListener('pagehide', () => {
    unsubscribe?.();
    unsubscribe = undefined;
  });
  addEventListener('pageshow', (event) => {
    if (event.persisted) unsubscribe ??= tracker.subscribe(update);
    update();
  });
  update();

  const printButton = doc.getElementById('journal-print');
  const downloadButton = doc.getElementById('journal-download');
  printButton?.addEventListener('click', () => window.print());
  downloadButton?.addEventListener('click', () => {
    const head = {
      title: strings['title'] ?? '',
      lines: [
        strings['course'] ?? '',
        (strings['exported'] ?? '').replace('{date}', new Intl.DateTimeFormat('pl-PL').format(new Date())),
      ],
      noAnswer: strings['noAnswer'] ?? '',
    };
    download(doc, journalMarkdown(head, sections(doc, tracker.progress.answers)), strings['fileName'] ?? 'dziennik.md');
  });
  doc.getElementById('journal-actions')?.removeAttribute('hidden');
}
