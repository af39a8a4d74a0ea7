import { defineConfig } from 'vitest/config';

// Unit tests run pure logic in Node; Playwright covers the browser (tests/e2e).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests run a whole course or a solver; CI machines have 2 cores.
    testTimeout: 20_000,
  },
});
