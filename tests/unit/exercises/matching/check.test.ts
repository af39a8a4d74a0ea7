import { describe, expect, test } from 'vitest';
import { check } from '../../../../exercises/matching/check.ts';
import { formatProblems } from '../../../../src/utils/content-check.ts';

const FIXTURES = 'tests/fixtures/exercises/matching';

describe('check', () => {
  test('finds no problem in the exercise data', () => {
    expect(check()).toEqual([]);
  });

  test('names file and field for schema mistakes and a model whose weights are wrong', () => {
    const report = formatProblems(check(`${FIXTURES}/broken-schema`));
    expect(report).toContain(`${FIXTURES}/broken-schema/model.yaml: criteria[1].id: criterion "wishes" appears twice`);
    expect(report).toContain(`${FIXTURES}/broken-schema/model.yaml: criteria: missing criteria: form`);
    expect(report).toContain(`${FIXTURES}/broken-schema/model.yaml: criteria: weights add up to 90, not 100`);
    expect(report).toContain(`${FIXTURES}/broken-schema/trainer.yaml: steps:`);
    expect(report).toContain(`${FIXTURES}/broken-schema/scenarios/pary.yaml: mentees[1].name:`);
  });

  test('names file and field for unknown tags, ids, capacity and a mentee nobody can meet', () => {
    const report = formatProblems(check(`${FIXTURES}/broken-refs`));
    expect(report).toContain(
      `${FIXTURES}/broken-refs/scenarios/pary.yaml: mentees[1].needs[1]: unknown support tag "marketing"`,
    );
    expect(report).toContain(`${FIXTURES}/broken-refs/scenarios/grupy.yaml: capacity: a pairs scenario has capacity 1`);
    expect(report).toContain(`${FIXTURES}/broken-refs/scenarios/grupy.yaml: mentees[1]: no mentor can meet Ola`);
    expect(report).toContain(
      `${FIXTURES}/broken-refs/scenarios/trzecia.yaml: id: id "pary" must match the file name "trzecia"`,
    );
    expect(report).toContain(`${FIXTURES}/broken-refs/scenarios/trzecia.yaml: id: duplicate scenario id "pary"`);
    expect(report).toContain(`${FIXTURES}/broken-refs/scenarios/trzecia.yaml: mentees[1].id: duplicate id "kuba"`);
  });

  test('reports a missing data folder instead of throwing', () => {
    expect(check(`${FIXTURES}/does-not-exist`)[0]).toMatchObject({ field: '(file)' });
  });
});
