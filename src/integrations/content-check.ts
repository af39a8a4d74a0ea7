import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems } from '../utils/content-check.ts';
import { contentDir } from '../utils/content-dir.ts';
import { readContentFiles } from '../utils/content-files.ts';
import { readdirSync } from 'node:fs';
import { checkExercises } from '../../exercises/checks.ts';
import { checkToolkit } from '../toolkit/check.ts';

/** The components lessons may use: see src/mdx/components.ts (fixed ones + every diagram file). */
export function mdxComponentNames(): Set<string> {
  const diagrams = readdirSync('src/mdx/diagrams').filter((f) => f.endsWith('.astro'));
  return new Set([
    'Term',
    'Example',
    'Practice',
    'Takeaways',
    'OutcomeList',
    'Reflection',
    'Quote',
    ...diagrams.map((f) => f.replace(/\.astro$/, '')),
  ]);
}

/**
 * Fails the build before anything renders when a content file is broken,
 * naming the file, the field and the problem for every mistake at once.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'course-content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const problems = [
          ...checkContent(readContentFiles(contentDir), mdxComponentNames()),
          ...checkExercises(),
          ...checkToolkit(contentDir),
        ];
        if (problems.length > 0) {
          throw new Error(`Broken course content (${problems.length}):\n${formatProblems(problems)}`);
        }
        logger.info('content checked: schemas, ids and cross references are valid');
      },
    },
  };
}
