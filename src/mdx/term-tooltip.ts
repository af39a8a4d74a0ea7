/** Escape dismisses an open definition (WCAG 1.4.13); the tip is kept inside the viewport. */
export function enhanceTerms(root: Document): void {
  const open = () => [...root.querySelectorAll<HTMLElement>('.term:is(:hover, :focus-within)')];

  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const term of open()) term.dataset['dismissed'] = '';
  });

  const reset = (event: Event) => {
    const term = (event.currentTarget as HTMLElement | null) ?? undefined;
    if (term && !term.matches(':hover, :focus-within')) delete term.dataset['dismissed'];
  };
  const place = (event: Event) => {
    const term = event.currentTarget as HTMLElement;
    const tip = term.querySelector<HTMLElement>('.term-tip');
    if (!tip) return;
    tip.style.removeProperty('--tip-shift');
    const overflow = tip.getBoundingClientRect().right - (root.documentElement.clientWidth - 8);
    if (overflow > 0) tip.style.setProperty('--tip-shift', `${-overflow}px`);
  };
  for (const term of root.querySelectorAll<HTMLElement>('.term')) {
    term.addEventListener('mouseleave', reset);
    term.addEventListener('focusout', (event) => queueMicrotask(() => reset(event)));
    term.addEventListener('mouseenter', place);
    term.addEventListener('focusin', place);
  }
}
