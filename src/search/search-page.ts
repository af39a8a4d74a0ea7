import { restoreSpelling } from './fold-index.ts';
import { toIndexQuery } from './polish-query.ts';

interface PagefindResultData {
  url: string;
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
interface Strings {
  loading: string;
  count: string;
  none: string;
  error: string;
  typeLesson: string;
  typeGlossary: string;
}

// Resolved against this page, so the search works under any sub-path.
const bundleUrl = () => new URL('pagefind/', document.baseURI);

let engine: Promise<{ pagefind: Pagefind; spelling: Record<string, string> }> | undefined;

/** Loads Pagefind only when search is actually used (nothing is fetched before). */
function loadEngine() {
  engine ??= (async () => {
    const base = bundleUrl();
    const pagefind = (await import(/* @vite-ignore */ new URL('pagefind.js', base).href)) as Pagefind;
    // Result URLs are indexed from the site root; make them relative to this page's folder.
    await pagefind.options({ baseUrl: new URL('./', document.baseURI).pathname });
    await pagefind.init();
    const spelling = (await fetch(new URL('spelling-map.json', base)).then((r) => r.json())) as Record<string, string>;
    return { pagefind, spelling };
  })();
  return engine;
}

function fill(template: string, values: Record<string, string | number>) {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => String(values[k] ?? m));
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

function renderResult(data: PagefindResultData, spelling: Record<string, string>, strings: Strings) {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = restoreSpelling(data.meta['title'] ?? data.url, spelling);
  const type = document.createElement('span');
  type.className = 'type';
  type.textContent = data.filters['typ']?.[0] === 'Słowniczek' ? strings.typeGlossary : strings.typeLesson;
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(restoreSpelling(data.excerpt, spelling)));
  item.append(link, type, excerpt);
  return item;
}

/** Wires the search page: query from the URL, live search as the learner types, a type filter. */
export function startSearchPage(doc: Document): void {
  const form = doc.getElementById('search-form') as HTMLFormElement;
  const input = doc.getElementById('q') as HTMLInputElement;
  const status = doc.getElementById('search-status') as HTMLElement;
  const list = doc.getElementById('search-results') as HTMLOListElement;
  const strings = JSON.parse(form.dataset['strings'] ?? '{}') as Strings;
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
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    try {
      const { pagefind, spelling } = await loadEngine();
      const search = await pagefind.search(toIndexQuery(query), type ? { filters: { typ: type } } : {});
      const data = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
      if (run !== latest) return;
      list.replaceChildren(...data.map((d) => renderResult(d, spelling, strings)));
      status.textContent = data.length
        ? fill(strings.count, { count: search.results.length })
        : fill(strings.none, { query });
    } catch {
      status.textContent = strings.error;
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
