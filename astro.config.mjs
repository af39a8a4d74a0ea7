// @ts-check
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';
import postBuild from './src/integrations/post-build.ts';

// Every URL in the build must be relative and point at an explicit file:
// LMSs serve the package from deep sub-paths with no directory index and no
// rewrites (e.g. /pluginfile.php/42/mod_scorm/content/7/).
export default defineConfig({
  outDir: process.env.COURSE_OUT_DIR ?? './dist',
  build: { format: 'file', assets: '_astro', inlineStylesheets: 'never' },
  trailingSlash: 'never',
  devToolbar: { enabled: false },
  // No code in the course: no syntax highlighter (Shiki's inline styles would break the CSP).
  markdown: { syntaxHighlight: false },
  // No inline scripts: every script is a file, so a strict CSP (script-src 'self') holds.
  // No module preloading for dynamic imports: Vite's preload helper asks for a lazy chunk's JS and CSS by
  // root-absolute URLs (/_astro/...), which leave the package folder under an LMS sub-path; the import()
  // itself is relative and loads what it needs.
  // (Astro sets build.modulePreload itself, so the client environment is changed by a small plugin.)
  vite: {
    build: { assetsInlineLimit: 0 },
    // Files a script loads on demand (a lazy chunk's JS and CSS) are found relative
    // to that script, not from the site root: the package lives in a deep sub-path.
    experimental: { renderBuiltUrl: (_file, { hostType }) => (hostType === 'js' ? { relative: true } : undefined) },
    plugins: [
      {
        name: 'course-no-root-preload',
        configEnvironment(name, config) {
          if (name === 'client') config.build = { ...config.build, modulePreload: false };
        },
      },
    ],
  },
  // A strict Content-Security-Policy in every page (a <meta> with hashes of the
  // few inline scripts Astro writes for islands): nothing from other hosts,
  // no eval; Pagefind needs 'wasm-unsafe-eval' for its WebAssembly.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // post-build: search index, relative links, SCORM packages (in that order).
  integrations: [contentCheck(), mdx(), svelte(), postBuild()],
});
