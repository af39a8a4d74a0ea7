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
  // No inline scripts: every script is a file, so a strict CSP (script-src 'self') holds.
  vite: { build: { assetsInlineLimit: 0 } },
  // post-build: search index, relative links, SCORM packages (in that order).
  integrations: [contentCheck(), mdx(), svelte(), postBuild()],
});
