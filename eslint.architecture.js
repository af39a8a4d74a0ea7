// The architecture's import rules (ARCHITECTURE.md), kept by lint rather than by review. A file matched
// by several blocks takes the last one's patterns, so the blocks go from broad to narrow.

const noScormRuntime = {
  regex: 'scorm/runtime/',
  message: 'Only the launch page (src/pages/kurs.astro) starts the SCORM runtime; pages and islands use the tracker.',
};
const noPackager = {
  regex: 'scorm/package/',
  message: 'The packager runs at build time only (src/integrations, src/tools).',
};
const noSchemas = {
  regex: '(^|/)(astro/zod|zod|schemas/[^/]+|schema)(\\.ts)?$',
  allowTypeImports: true,
  message: 'No schema library in browser code: import types only, and runtime constants from a file without Zod.',
};
const noWayOut = {
  regex: '^\\.\\./',
  message: 'The tracking core imports nothing from the site, the exercises, the quizzes or SCORM: they depend on it.',
};
const rule = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

/** Code that runs in the learner's browser and is imported directly by islands or page scripts. */
const BROWSER = [
  '**/*.svelte',
  '**/*.svelte.ts',
  'src/quiz/**/*.ts',
  'src/scripts/**/*.ts',
  'src/search/**/*.ts',
  'src/journal/**/*.ts',
  'src/mdx/*.ts',
];

export const architecture = [
  {
    files: ['src/**/*.{ts,astro,svelte}', 'exercises/**/*.{ts,svelte}'],
    ignores: ['src/tools/**', 'src/integrations/**', 'src/pages/kurs.astro', 'src/pages/kurs.astro/**'],
    rules: rule(noScormRuntime, noPackager),
  },
  { files: ['src/pages/kurs.astro', 'src/pages/kurs.astro/**'], rules: rule(noPackager) },
  {
    files: BROWSER,
    ignores: ['src/tools/**', 'src/integrations/**'],
    rules: rule(noScormRuntime, noPackager, noSchemas),
  },
  { files: ['src/tracking/**/*.ts'], rules: rule(noWayOut, noSchemas) },
];
