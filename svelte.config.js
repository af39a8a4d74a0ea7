import { vitePreprocess } from '@astrojs/svelte';

export default {
  preprocess: vitePreprocess(),
  // No `window.__svelte.v` registration: a few hundred bytes on every island page, useful to nobody here.
  compilerOptions: { discloseVersion: false },
};
