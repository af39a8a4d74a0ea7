// The toolkit's pages (root-absolute; the build makes every link relative).

/** The toolkit's index ("Narzędzia"). */
export const toolkitHref = '/narzedzia.html';
/** A template's page. */
export const templateHref = (id: string) => `/narzedzia/${id}.html`;
/** The matching helper for a real cohort. */
export const helperHref = '/narzedzia/dobor-par.html';
/** The printable consent text (RODO). */
export const consentHref = '/narzedzia/zgoda.html';
/** A guide (delivery plan, mentor training). */
export const guideHref = (id: string) => `/narzedzia/${id}.html`;
