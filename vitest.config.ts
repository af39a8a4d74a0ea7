import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// Unit tests run pure logic in Node; Playwright covers the browser (tests/e2e).
// The Svelte plugin compiles the `.svelte.ts` state classes ($state, $derived),
// so they are tested as they run in the islands.
export default defineConfig({
  plugins: [svelte()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests run a whole course or a solver; CI machines have 2 cores.
    testTimeout: 20_000,
  },
});
