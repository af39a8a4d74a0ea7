// Links are written root-absolute here; the build rewrites every one of them
// to a relative URL (astro-relative-links), so the site works under any sub-path.
// Every link names an explicit .html file: LMSs serve no directory index.

/** The page of a lesson. */
export const lessonHref = (id: string) => `/lekcje/${id}.html`;
/** The glossary's A-Z list, optionally at a term's anchor. */
export const glossaryHref = (termId?: string) => `/slowniczek.html${termId ? `#${termId}` : ''}`;
/** A glossary term's own page (one search result per term). */
export const termHref = (id: string) => `/slowniczek/${id}.html`;
/** The practice quiz of a learning outcome. */
export const quizHref = (outcome: string) => `/sprawdz-sie/${outcome}.html`;
export const assessmentHref = '/test-koncowy.html';
export const homeHref = '/index.html';
export const searchHref = '/szukaj.html';
export const sourcesHref = '/zrodla.html';
export const accessibilityHref = '/deklaracja-dostepnosci.html';
/** The learner's journal: every reflection prompt with their answers. */
export const journalHref = '/dziennik.html';
/** The course summary: results per learning outcome and the certificate. */
export const summaryHref = '/podsumowanie.html';

/**
 * The relative form of a root-absolute href as seen from `pagePath`, for the
 * attributes the build's link rewriting does not cover (a form's `action`).
 */
export function relativeFrom(pagePath: string, href: string): string {
  const depth = pagePath.replace(/^\/+/, '').split('/').length - 1;
  return `${depth > 0 ? '../'.repeat(depth) : './'}${href.replace(/^\/+/, '')}`;
}
