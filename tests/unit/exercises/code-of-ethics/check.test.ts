import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { check } from '../../../../exercises/code-of-ethics/check.ts';

const FIXTURES = 'tests/fixtures/exercises/code-of-ethics';

describe('check', () => {
  test('returns no problems for the exercise data', () => {
    expect(check()).toEqual([]);
  });

  test('returns each mistake of a broken fixture with its file and field', () => {
    const problems = check(`${FIXTURES}/broken`);
    const at = (file: string, field: string) =>
      problems.filter((p) => p.file === `${FIXTURES}/broken/${file}` && p.field === field).map((p) => p.message);
    // A schema error (bad alternatives) stops the cross checks of that file, so check it alone first.
    expect(at('principles.yaml', 'topics[1].match[0].all[0]')).toHaveLength(1);
    expect(at('trainer.yaml', 'steps[0].minutes')).toHaveLength(1);
    expect(at('trainer.yaml', 'debrief')).toHaveLength(1);
  });

  test('returns the cross-check problems when the schema holds', () => {
    const problems = check(`${FIXTURES}/broken-cross`);
    const file = `${FIXTURES}/broken-cross/principles.yaml`;
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      [file, 'topics[1].id'],
      [file, 'topics[0].examples[1]'],
      [file, 'topics[0].notExamples[0]'],
      [file, 'suggestions[0].covers[1]'],
      [file, 'suggestions[0].covers'],
      [file, 'suggestions[1].covers'],
    ]);
    expect(problems[0]!.message).toContain('duplicate topic id "time"');
    expect(problems[4]!.message).toBe('the keywords find [time], covers says [honesty, time]');
  });

  test('returns a file-level problem for invalid YAML and a missing file', () => {
    // Written at run time: an invalid YAML file in the repository would break the formatter.
    const dir = mkdtempSync(join(tmpdir(), 'code-of-ethics-'));
    writeFileSync(join(dir, 'principles.yaml'), 'topics:\n  - id: time\n    label: [unclosed\n');
    const problems = check(dir);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      [join(dir, 'principles.yaml'), '(file)'],
      [join(dir, 'trainer.yaml'), '(file)'],
    ]);
  });
});
