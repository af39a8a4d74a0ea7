// The trainer section's pages (root-absolute; the build makes every link relative). They live apart from
// the learner's pages: the SCORM packages leave the whole `trener/` folder out, and the trainer download
// holds it alone (see scorm/package/package.ts).

/** The folder of the trainer section. */
export const TRAINER_DIR = 'trener';

/** The trainer section's start page. */
export const trainerHome = `/${TRAINER_DIR}/index.html`;

/** An exercise's trainer pages: presenter window, projector window, worksheet and answer key. */
export function trainerHrefs(slug: string) {
  return {
    presenter: `/${TRAINER_DIR}/${slug}.html`,
    projector: `/${TRAINER_DIR}/${slug}-projektor.html`,
    worksheet: `/${TRAINER_DIR}/${slug}-karta.html`,
    key: `/${TRAINER_DIR}/${slug}-klucz.html`,
  };
}

/** A worksheet or key of one scenario (exercises whose paper is split per scenario). */
export const scenarioSheetHref = (slug: string, kind: 'karta' | 'klucz', scenario: string) =>
  `/${TRAINER_DIR}/${slug}-${kind}-${scenario}.html`;

/** A practice quiz on paper, and its answer key. */
export const paperTestHref = (outcome: string, key = false) =>
  `/${TRAINER_DIR}/test-${outcome}${key ? '-klucz' : ''}.html`;

/** The file name of a page (island links: the trainer pages share one folder). */
export const fileName = (href: string) => href.slice(href.lastIndexOf('/') + 1);
