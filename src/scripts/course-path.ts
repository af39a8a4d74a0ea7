/** The width from which the course path is a sidebar beside the lesson (matches the CSS of CoursePath.astro). */
export const WIDE = '(min-width: 60rem)';

/**
 * The course path's disclosure: closed by default (server markup) so the
 * lesson comes first on phones and inside the launch shell; opened as a
 * sidebar on wide screens outside the shell. A link to a section of this
 * page closes the drawer on narrow screens first, so the jump lands on the
 * heading and not where it was before the drawer folded.
 */
export function wireCoursePath(doc: Document, inShell: boolean): void {
  const drawer = doc.querySelector<HTMLDetailsElement>('details[data-course-path]');
  if (!drawer) return;
  const wide = matchMedia(WIDE);
  const fit = () => {
    drawer.open = wide.matches && !inShell;
  };
  fit();
  wide.addEventListener('change', fit);
  drawer.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a[href^="#"]');
    if (link && (inShell || !wide.matches)) drawer.open = false;
  });
}
