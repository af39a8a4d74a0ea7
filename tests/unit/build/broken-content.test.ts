import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

describe('astro build with a broken content file', () => {
  test('fails and names the file, the field and the problem', () => {
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: {
        ...process.env,
        COURSE_CONTENT_DIR: './tests/fixtures/content-broken',
        COURSE_OUT_DIR: './dist-broken',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('tests/fixtures/content-broken/lessons/01-one.mdx: minutes:');
    expect(output).toContain(
      'tests/fixtures/content-broken/lessons/02-two.mdx: outcomes[0]: unknown learning outcome "lo9"',
    );
    expect(output).toContain(
      'tests/fixtures/content-broken/glossary/mentor.yaml: lessons[1]: unknown lesson "missing-lesson"',
    );
  }, 60_000);
});
