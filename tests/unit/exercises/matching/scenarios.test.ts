import { describe, expect, test } from 'vitest';
import { loadMatching } from '../../../../exercises/matching/data.ts';
import { groupLines, viewScenario } from '../../../../exercises/matching/scenario-view.ts';

// Properties the scenarios are designed to have: the exercise only teaches if the obvious choice per
// mentee does not add up to the best assignment.
const { model, scenarios } = loadMatching();

describe('scenarios', () => {
  test('returns a pairs scenario of 6 x 6 and a groups scenario of 12-15 mentees with 3 mentors of at most 5', () => {
    const pairs = scenarios.find((s) => s.mode === 'pairs')!;
    const groups = scenarios.find((s) => s.mode === 'groups')!;
    expect([pairs.mentees.length, pairs.mentors.length, pairs.capacity]).toEqual([6, 6, 1]);
    expect(groups.mentees.length).toBeGreaterThanOrEqual(12);
    expect(groups.mentees.length).toBeLessThanOrEqual(15);
    expect([groups.mentors.length, groups.capacity]).toEqual([3, 5]);
  });

  for (const scenario of scenarios) {
    test(`places every mentee in the optimum of "${scenario.id}", and the best mentor per mentee is not always optimal`, () => {
      const { optimum, matrix } = viewScenario(scenario, model);
      expect(optimum.assignment.every((j) => j >= 0)).toBe(true);
      const rowBest = matrix.map((row) => row.indexOf(Math.max(...row)));
      expect(rowBest).not.toEqual(optimum.assignment);
      // Each scenario has at least one impossible pair, so the hard constraints matter.
      expect(matrix.flat().some((s) => s === -Infinity)).toBe(true);
    });
  }

  test('returns the documented optimum of the pairs scenario (250.8 points)', () => {
    const { optimum, scenario } = viewScenario(
      scenarios.find((s) => s.id === 'pary')!,
      model,
    );
    expect(optimum.total).toBe(2508);
    expect(optimum.assignment.map((j) => scenario.mentors[j]!.id)).toEqual([
      'tomasz',
      'marek',
      'jolanta',
      'piotr',
      'krystyna',
      'ewa',
    ]);
  });
});

describe('groupLines', () => {
  test('returns each mentor with the mentees assigned to them, and a dash for none', () => {
    const scenario = scenarios[0]!;
    const assignment = scenario.mentees.map(() => 0);
    const lines = groupLines(scenario, assignment);
    expect(lines).toHaveLength(scenario.mentors.length);
    expect(lines[0]).toEqual({
      mentor: scenario.mentors[0]!.name,
      names: scenario.mentees.map((m) => m.name).join(', '),
    });
    expect(lines[1]).toEqual({ mentor: scenario.mentors[1]!.name, names: '—' });
  });
});
