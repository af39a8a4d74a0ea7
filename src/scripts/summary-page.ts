import type { Tracker } from '../tracking/tracker.ts';
import { pageTracker } from './shell-frame.ts';
import { fill } from './status-text.ts';

interface Strings {
  donePassed: string;
  doneFailed: string;
  done: string;
  met: string;
  notMet: string;
  none: string;
  needName: string;
  score: string;
  date: string;
}

const byId = <T extends HTMLElement>(doc: Document, id: string) => doc.getElementById(id) as T | null;

/** Result per learning outcome (from progress.outcomes) and what to revisit: the outcomes not met. */
function renderOutcomes(doc: Document, tracker: Tracker, s: Strings): void {
  let toRevisit = 0;
  for (const item of doc.querySelectorAll<HTMLElement>('[data-outcome]')) {
    const id = item.dataset['outcome'] ?? '';
    const result = tracker.progress.outcomes[id];
    const percent = Math.round((result?.scaled ?? 0) * 100);
    const text = !result ? s.none : fill(result.passed ? s.met : s.notMet, { percent });
    const target = item.querySelector('[data-outcome-result]');
    if (target) target.textContent = text;
    const met = Boolean(result?.passed);
    doc.querySelector<HTMLElement>(`[data-revisit="${CSS.escape(id)}"]`)?.toggleAttribute('hidden', met);
    doc.querySelector<HTMLElement>(`[data-certificate-outcome="${CSS.escape(id)}"]`)?.toggleAttribute('hidden', !met);
    if (!met) toRevisit += 1;
  }
  byId(doc, 'revisit-none')?.toggleAttribute('hidden', toRevisit > 0);
}

function render(doc: Document, tracker: Tracker, s: Strings): void {
  const status = tracker.status;
  byId(doc, 'summary-pending')?.toggleAttribute('hidden', status.finished);
  byId(doc, 'summary-done')?.toggleAttribute('hidden', !status.finished);
  if (!status.finished) return;
  const { final } = status;
  const percent = Math.round(final.bestPercent ?? 0);
  const result = final.state === 'passed' ? s.donePassed : final.state === 'failed' ? s.doneFailed : s.done;
  const resultLine = byId(doc, 'summary-result');
  if (resultLine) resultLine.textContent = fill(result, { percent });
  renderOutcomes(doc, tracker, s);
  // A certificate of completion only for a course completed without a failed final test.
  const available = final.state !== 'failed';
  byId(doc, 'certificate-controls')?.toggleAttribute('hidden', !available);
  byId(doc, 'certificate-unavailable')?.toggleAttribute('hidden', available);
  byId(doc, 'certificate')?.toggleAttribute('hidden', !available);
  const score = byId(doc, 'certificate-score');
  if (score) score.textContent = final.state === 'passed' ? fill(s.score, { percent }) : '';
}

/**
 * The certificate's name: typed by the learner, written into the page as text
 * only, never stored (no tracker, no storage) and never sent (no form).
 */
function wireCertificate(doc: Document, s: Strings): void {
  const input = byId<HTMLInputElement>(doc, 'certificate-name');
  const person = byId(doc, 'certificate-person');
  const message = byId(doc, 'certificate-message');
  const date = byId(doc, 'certificate-date');
  if (!input || !person || !message) return;
  const dateText = new Intl.DateTimeFormat('pl-PL', { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(),
  );
  if (date) date.textContent = fill(s.date, { date: dateText });
  input.addEventListener('input', () => {
    person.textContent = input.value.trim();
    if (input.value.trim()) message.textContent = '';
  });
  byId(doc, 'certificate-print')?.addEventListener('click', () => {
    if (!input.value.trim()) {
      message.textContent = s.needName;
      input.focus();
      return;
    }
    doc.documentElement.dataset['print'] = 'certificate';
    window.print();
  });
  addEventListener('afterprint', () => delete doc.documentElement.dataset['print']);
}

/** The summary page: pending (what is left) until the course is finished, then results and the certificate. */
export async function startSummaryPage(doc: Document): Promise<void> {
  const main = doc.querySelector<HTMLElement>('main[data-strings]');
  if (!main) return;
  const s = JSON.parse(main.dataset['strings'] ?? '{}') as Strings;
  wireCertificate(doc, s);
  const tracker = await pageTracker(window);
  let unsubscribe: (() => void) | undefined = tracker.subscribe(() => render(doc, tracker, s));
  addEventListener('pagehide', () => {
    unsubscribe?.();
    unsubscribe = undefined;
  });
  addEventListener('pageshow', (event) => {
    if (event.persisted) unsubscribe ??= tracker.subscribe(() => render(doc, tracker, s));
  });
  render(doc, tracker, s);
}
