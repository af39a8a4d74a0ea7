import { fill, plural } from '../scripts/status-text.ts';
import type { SearchTerm } from './glossary-terms.ts';

interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  init(): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{
    results: Array<{ data(): Promise<PagefindResultData> }>;
  }>;
}
type Strings = Record<string, string>;

/** Results whose data is loaded to check them; more are counted, not shown. */
const CHECKED = 30;
const SHOWN = 20;

// Resolved against this page, so the search works under any sub-path.
const bundleUrl = () => new URL('pagefind/', document.baseURI);

type Glossary = typeof import('./glossary-terms.ts');
type Query = typeof import('./polish-query.ts');
let engine: Promise<{ pagefind: Pagefind; terms: SearchTerm[]; glossary: Glossary; polish: Query }> | undefined;

/** Loads Pagefind and the glossary's names only when search is actually used (nothing is fetched before). */
function loadEngine() {
  engine ??= (async () => {
    const base = bundleUrl();
    const [glossary, polish] = await Promise.all([import('./glossary-terms.ts'), import('./polish-query.ts')]);
    const pagefind = (await import(/* @vite-ignore */ new URL('pagefind.js', base).href)) as Pagefind;
    // Result URLs are indexed from the site root; make them relative to this page's folder.
    await pagefind.options({ baseUrl: new URL('./', document.baseURI).pathname });
    await pagefind.init();
    const terms = (await fetch(new URL(glossary.SEARCH_TERMS_FILE, base)).then((r) => r.json())) as SearchTerm[];
    return { pagefind, terms, glossary, polish };
  })();
  return engine;
}

/**
 * Pagefind's excerpt is escaped page text with <mark> around hits. It is parsed
 * in an inert document and rebuilt as text nodes and <mark> elements only, so
 * no markup from the index ever reaches the page as HTML.
 */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(excerpt, 'text/html');
  return [...parsed.body.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function resultItem(href: string, title: string, type: string, excerpt: Node[]): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = href;
  link.textContent = title;
  const label = document.createElement('span');
  label.className = 'type';
  label.textContent = type;
  const text = document.createElement('p');
  text.append(...excerpt);
  item.append(link, label, text);
  return item;
}

function renderResult(data: PagefindResultData, s: Strings): HTMLLIElement {
  const type = data.filters['typ']?.[0] === 'Słowniczek' ? s['typeGlossary']! : s['typeLesson']!;
  return resultItem(data.url, data.meta['title'] ?? data.url, type, excerptNodes(data.excerpt));
}

/** A glossary term the query names: first, with its definition as the excerpt. */
function renderTerm(term: SearchTerm, s: Strings): HTMLLIElement {
  const item = resultItem(term.url, term.term, s['termMatch']!, [document.createTextNode(term.definition)]);
  item.className = 'term-match';
  return item;
}

const pathOf = (url: string) => new URL(url, document.baseURI).pathname;

/** No results: the nearest glossary terms (a likely typo) if any, and the whole glossary below. */
function showHelp(doc: Document, near: SearchTerm[]): void {
  const help = doc.getElementById('search-help');
  const suggest = doc.getElementById('search-suggest-list');
  if (!help || !suggest) return;
  suggest.replaceChildren(
    ...near.map((term) => {
      const item = doc.createElement('li');
      const link = doc.createElement('a');
      link.href = term.url;
      link.textContent = term.term;
      item.append(link);
      return item;
    }),
  );
  doc.getElementById('search-suggest')?.toggleAttribute('hidden', near.length === 0);
  help.hidden = false;
}

/** Wires the search page: query from the URL, live search as the learner types, a type filter. */
export function startSearchPage(doc: Document): void {
  const form = doc.getElementById('search-form') as HTMLFormElement;
  const input = doc.getElementById('q') as HTMLInputElement;
  const status = doc.getElementById('search-status') as HTMLElement;
  const list = doc.getElementById('search-results') as HTMLOListElement;
  const help = doc.getElementById('search-help') as HTMLElement;
  const s = JSON.parse(form.dataset['strings'] ?? '{}') as Strings;
  let latest = 0;

  const run = async () => {
    const query = input.value.trim();
    const type = (form.elements.namedItem('typ') as RadioNodeList).value;
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    if (type) url.searchParams.set('typ', type);
    else url.searchParams.delete('typ');
    history.replaceState(null, '', url);
    const run = ++latest;
    help.hidden = true;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = s['loading']!;
    try {
      const { pagefind, terms, glossary, polish } = await loadEngine();
      const indexQuery = polish.toIndexQuery(query);
      const search = indexQuery
        ? await pagefind.search(indexQuery, type ? { filters: { typ: type } } : {})
        : { results: [] };
      const loaded = await Promise.all(search.results.slice(0, CHECKED).map((r) => r.data()));
      if (run !== latest) return;
      // Pagefind answers an unknown word with a shorter known prefix: keep only pages that hold the words.
      const genuine = loaded.filter((d) => polish.holdsQuery(`${d.meta['title'] ?? ''} ${d.content}`, query));
      const named = type === 'Lekcje' ? [] : glossary.matchTerms(query, terms);
      const namedPaths = new Set(named.map((t) => pathOf(t.url)));
      const rest = genuine.filter((d) => !namedPaths.has(pathOf(d.url)));
      const more = genuine.length === loaded.length ? search.results.length - loaded.length : 0;
      const count = named.length + rest.length + more;
      list.replaceChildren(
        ...named.map((t) => renderTerm(t, s)),
        ...rest.slice(0, SHOWN - named.length).map((d) => renderResult(d, s)),
      );
      status.textContent = count > 0 ? plural(s, 'countResults', count) : fill(s['none'], { query });
      if (count === 0) showHelp(doc, glossary.nearestTerms(query, terms));
    } catch {
      status.textContent = s['error']!;
    }
  };

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const typ = params.get('typ');
  if (typ) {
    const radio = form.querySelector<HTMLInputElement>(`input[name="typ"][value="${CSS.escape(typ)}"]`);
    if (radio) radio.checked = true;
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 250);
  });
  input.addEventListener('focus', () => void loadEngine().catch(() => undefined), { once: true });
  form.addEventListener('change', () => void run());
  if (input.value) void run();
  else input.focus();
}
