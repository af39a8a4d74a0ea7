import type { AstroIntegrationLogger } from 'astro';
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { courseSchema } from '../../src/schemas/course.ts';
import { contentDir } from '../../src/utils/content-dir.ts';
import { yamlData } from '../../src/utils/yaml-file.ts';
import { t } from '../../src/i18n/index.ts';
import { trainerStartPage } from './audience.ts';
import { writePackages } from './package.ts';

/** Folder the SCORM zips are written to, beside the site's output folder (`dist` -> `dist-scorm`). */
export const packagesDir = (outDir: string) => `${outDir.replace(/\/$/, '')}-scorm`;

/**
 * Packages the finished build as SCORM 1.2 and SCORM 2004 zips (the learner's site) and the trainer
 * download (the trainer section). Runs last: after the search index and after links were made relative.
 */
export function buildScormPackages(site: string, logger: AstroIntegrationLogger): void {
  const course = courseSchema.parse(yamlData(`${contentDir}/course/course.yaml`));
  const written = writePackages(
    site,
    packagesDir(site),
    {
      id: course.id,
      title: course.title,
      description: course.description,
      version: course.version,
      language: course.language,
      masteryScore: course.masteryScore,
      masteryScore12: course.completion.terminalStatus === 'immediate',
      outcomes: course.outcomes.map((o) => o.id),
      launch: 'kurs.html',
    },
    trainerStartPage({
      language: course.language,
      title: `${t('trainer.section')} · ${course.shortTitle}`,
      link: t('trainer.zipOpen'),
    }),
  );
  for (const path of written) {
    logger.info(`${relative(process.cwd(), path)} (${(statSync(path).size / 1024).toFixed(0)} KB)`);
  }
}
