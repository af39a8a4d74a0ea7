import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { SHELL_TRACKER_KEY } from '../../../src/scripts/shell-frame.ts';
import { SHELL_TRACKER } from '../../../src/tracking/runtime.ts';

describe('SHELL_TRACKER_KEY', () => {
  test('is the key the shell exposes its tracker under, also in the pre-paint flag script', () => {
    expect(SHELL_TRACKER_KEY).toBe(SHELL_TRACKER);
    expect(readFileSync('public/shell-flag.js', 'utf8')).toContain(`window.parent.${SHELL_TRACKER}`);
  });
});
