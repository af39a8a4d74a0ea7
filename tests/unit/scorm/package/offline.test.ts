import { describe, expect, test } from 'vitest';
import { offlinePage, pageIslands, pageModules } from '../../../../scorm/package/offline.ts';
import { reviveProps } from '../../../../src/trainer/offline/islands.ts';

const page =
  '<body><script type="module" src="../_astro/Print.x.js"></script><astro-island uid="x" component-url="../_astro/RolesTrainer.abc.js" component-export="default" renderer-url="../_astro/client.svelte.def.js" props="{}" ssr client="load"><p>ssr</p></astro-island></body>';

describe('offline trainer download', () => {
  test('returns the island modules a page hydrates', () => {
    expect(pageIslands(page)).toEqual([
      { component: '../_astro/RolesTrainer.abc.js', renderer: '../_astro/client.svelte.def.js' },
    ]);
    expect(pageIslands('<body><p>no island</p></body>')).toEqual([]);
  });

  test('returns the page with classic scripts only: islands renamed, their script added once, modules replaced', () => {
    expect(pageModules(page)).toEqual(['../_astro/Print.x.js']);
    const html = offlinePage(page);
    expect(html).not.toContain('type="module"');
    expect(html).toContain('<script src="../_astro/offline-Print.x.js" defer></script>');
    expect(html).not.toContain('astro-island');
    expect(html).toContain('<trainer-island uid="x"');
    expect(html).toContain('</trainer-island>');
    expect(html).toContain('<script src="../_astro/offline-RolesTrainer.abc.js" defer></script></body>');
  });

  test("returns island props decoded from Astro's [type, value] form", () => {
    const attribute = JSON.stringify({
      mode: [0, 'presenter'],
      links: [0, { home: [0, 'index.html'] }],
      steps: [1, [[0, { title: [0, 'Wstęp'], minutes: [0, 5] }]]],
      notes: [0, null],
    });
    expect(reviveProps(attribute)).toEqual({
      mode: 'presenter',
      links: { home: 'index.html' },
      steps: [{ title: 'Wstęp', minutes: 5 }],
      notes: null,
    });
    expect(() => reviveProps(JSON.stringify({ when: [3, '2026-01-01'] }))).toThrow(/not supported/);
  });
});
