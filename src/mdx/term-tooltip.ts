/**
 * Glossary terms in lessons. Mouse and keyboard: the definition shows on hover
 * and focus (CSS), Escape dismisses it, it is kept inside the viewport (WCAG
 * 1.4.13). Touch has no hover: a tap on a term shows its definition in place
 * with a link to the full entry, instead of leaving the lesson; a second tap
 * on the term follows its link; a tap elsewhere or Escape closes it.
 */
export function enhanceTerms(root: Document): void {
  const terms = [...root.querySelectorAll<HTMLElement>('.term')];
  if (terms.length === 0) return;
  let lastPointer = '';
  const close = (except?: HTMLElement) => {
    for (const term of terms) if (term !== except) delete term.dataset['open'];
  };

  // The shift is worked out without ever laying the tip out where it would stick out: measured as a
  // fixed box (fixed boxes never widen the page), then placed. A phone zooms out for good once a page
  // has been wider than the screen, even for one layout.
  const place = (term: HTMLElement) => {
    const tip = term.querySelector<HTMLElement>('.term-tip');
    const start = term.getClientRects()[0];
    if (!tip || !start) return;
    tip.style.cssText = 'position: fixed; left: 0; top: 0; display: block; visibility: hidden';
    const width = tip.getBoundingClientRect().width;
    tip.style.cssText = '';
    const overflow = start.left + width - (root.documentElement.clientWidth - 8);
    if (overflow > 0) tip.style.setProperty('--tip-shift', `${-Math.min(overflow, start.left - 8)}px`);
  };

  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const term of root.querySelectorAll<HTMLElement>('.term:is(:hover, :focus-within), .term[data-open]'))
      term.dataset['dismissed'] = '';
    close();
  });
  root.addEventListener(
    'pointerdown',
    (event) => {
      lastPointer = event.pointerType;
      const inside = (event.target as Element | null)?.closest?.('.term');
      close((inside as HTMLElement | null) ?? undefined);
    },
    { capture: true },
  );

  const reset = (term: HTMLElement) => {
    if (!term.matches(':hover, :focus-within')) delete term.dataset['dismissed'];
  };
  for (const term of terms) {
    term.addEventListener('mouseleave', () => reset(term));
    term.addEventListener('focusout', () => queueMicrotask(() => reset(term)));
    term.addEventListener('pointerenter', () => place(term));
    term.addEventListener('focusin', () => place(term));
    term.querySelector('.term-link')?.addEventListener('click', (event) => {
      if (lastPointer !== 'touch' || 'open' in term.dataset) return;
      event.preventDefault();
      delete term.dataset['dismissed'];
      term.dataset['open'] = '';
      place(term);
    });
  }
}
