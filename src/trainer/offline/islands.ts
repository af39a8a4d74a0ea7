// The trainer download opened from a folder (file://): browsers refuse ES modules there, so Astro's
// islands cannot load. The download's pages carry `<trainer-island>` instead of `<astro-island>` and one
// classic script per page (scorm/package/offline.ts) that bundles the island's built chunks with this
// starter, which does what Astro's island element does: read the props, hydrate the server markup.

/** Astro's island renderer (e.g. @astrojs/svelte's client): element -> (component, props, slots, opts). */
export type Renderer = (
  element: HTMLElement,
) => (
  component: unknown,
  props: Record<string, unknown>,
  slots: Record<string, string>,
  opts: { client: string },
) => Promise<void>;

type Tuple = [number, unknown];

// Astro serialises island props as [type, value] pairs (astro/runtime/server/serialize.ts): 0 a plain
// value or object, 1 an array, then RegExp, Date, Map, Set... The trainer islands use the first two.
function revive(tuple: Tuple): unknown {
  const [type, value] = tuple;
  if (type === 1) return (value as Tuple[]).map(revive);
  if (type !== 0) throw new Error(`island prop type ${type} is not supported offline`);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value as Record<string, Tuple>).map(([k, v]) => [k, revive(v)]));
}

/** Island props as Astro wrote them (the `props` attribute). */
export function reviveProps(attribute: string | null): Record<string, unknown> {
  if (!attribute) return {};
  return revive([0, JSON.parse(attribute)]) as Record<string, unknown>;
}

/** Hydrates the page's `<trainer-island>`s of one component (its built file's name) with the bundled code. */
export function startIslands(component: unknown, renderer: Renderer, file: string): void {
  const run = () => {
    for (const island of document.querySelectorAll<HTMLElement>('trainer-island[ssr]')) {
      if (!island.getAttribute('component-url')?.endsWith(`/${file}`)) continue;
      // CSSOM, not a style attribute: allowed by the page's strict CSP.
      island.style.display = 'contents';
      void renderer(island)(component, reviveProps(island.getAttribute('props')), {}, { client: 'load' }).then(() =>
        island.removeAttribute('ssr'),
      );
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
}
