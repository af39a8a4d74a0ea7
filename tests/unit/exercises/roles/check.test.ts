import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { check } from '../../../../exercises/roles/check.ts';

const FIXTURES = 'tests/fixtures/exercises/roles';

describe('roles exercise content check', () => {
  test('returns no problems when the real data files are checked', () => {
    expect(check()).toEqual([]);
  });

  test('returns the file and field of every schema mistake when a data file is broken', () => {
    const problems = check(`${FIXTURES}/broken-schema`);
    const statements = `${FIXTURES}/broken-schema/statements.yaml`;
    const trainer = `${FIXTURES}/broken-schema/trainer.yaml`;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: statements, field: 'statements[1].roles[1]' }),
        expect.objectContaining({ file: statements, field: 'statements[2].reason' }),
        expect.objectContaining({ file: trainer, field: 'steps[1].minutes' }),
        expect.objectContaining({ file: trainer, field: 'debrief' }),
      ]),
    );
    expect(problems).toHaveLength(4);
  });

  test('returns duplicate ids, unknown lessons and unknown headings when cross references are broken', () => {
    const file = `${FIXTURES}/broken-refs/statements.yaml`;
    expect(check(`${FIXTURES}/broken-refs`)).toEqual([
      { file, field: 'statements[4].id', message: 'duplicate statement id "s04" (first: statements[3])' },
      { file, field: 'statements[18].lesson', message: 'unknown lesson "no-such-lesson"' },
      {
        file,
        field: 'statements[21].anchor',
        message: 'no heading "nie-ma-takiego-naglowka" in lesson "final-session"',
      },
    ]);
  });

  test('returns a file-level problem when a data file is not valid YAML or is missing', () => {
    // Written at run time: a broken YAML file in the repository would break Prettier's check.
    const dir = mkdtempSync(join(tmpdir(), 'roles-check-'));
    writeFileSync(join(dir, 'statements.yaml'), 'statements:\n  - id: s01\n    text: "niezamknięty\n');
    copyFileSync('exercises/roles/data/trainer.yaml', join(dir, 'trainer.yaml'));
    const problems = check(dir);
    expect(problems).toEqual([
      expect.objectContaining({ file: relative(process.cwd(), join(dir, 'statements.yaml')), field: '(file)' }),
    ]);
    expect(problems[0]?.message).toMatch(/^invalid YAML/);
    expect(check(`${FIXTURES}/missing`)).toEqual([
      { file: `${FIXTURES}/missing/statements.yaml`, field: '(file)', message: 'file is missing' },
      { file: `${FIXTURES}/missing/trainer.yaml`, field: '(file)', message: 'file is missing' },
    ]);
  });
});
