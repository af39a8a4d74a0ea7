import { describe, expect, test } from 'vitest';
import { loadMatching } from '../../../../exercises/matching/data.ts';
import { scorePair } from '../../../../exercises/matching/model.ts';
import { solvePinned } from '../../../../exercises/matching/pin.ts';
import { randomCohort } from '../../../../src/toolkit/cohort-bench.ts';
import {
  alternatives,
  capacities,
  defaultSettings,
  scoreMatrix,
  valueTable,
  weighted,
} from '../../../../src/toolkit/matching/cohort.ts';
import { bruteForceAll, prng } from '../../exercises/matching/brute-force.ts';

const { model } = loadMatching();

describe('matching helper on a cohort', () => {
  test("scores every pair exactly as the exercise's model does, with the manager's weights", () => {
    const cohort = randomCohort(12, 5, 3, model);
    const settings = {
      ...defaultSettings(model),
      weights: { ...defaultSettings(model).weights, industry: 40, age: 0 },
    };
    const matrix = scoreMatrix(valueTable(cohort), settings);
    const reweighted = weighted(model, settings);
    cohort.mentees.forEach((a, i) =>
      cohort.mentors.forEach((b, j) => expect(matrix[i]![j]).toBe(scorePair(a, b, reweighted).total)),
    );
  });

  test('returns the brute-force optimum on 200 small random cohorts, with pins, forbidden pairs and hard constraints switched off', () => {
    const rand = prng(42);
    for (let k = 0; k < 200; k++) {
      const cohort = randomCohort(1 + Math.floor(rand() * 6), 1 + Math.floor(rand() * 3), k + 1, model);
      const settings = {
        ...defaultSettings(model),
        hard: { availability: rand() < 0.7, form: rand() < 0.7 },
        mode: rand() < 0.3 ? ('pairs' as const) : ('groups' as const),
        groupSize: 1 + Math.floor(rand() * 3),
      };
      const matrix = scoreMatrix(valueTable(cohort), settings);
      const capacity = capacities(cohort, settings);
      const forbid = rand() < 0.5 ? [{ mentee: 0, mentor: 0 }] : [];
      const pinnable = matrix.length > 1 && matrix[1]![0]! > -Infinity && !(forbid.length && capacity[0] === 0);
      const pins = pinnable && rand() < 0.5 ? [{ mentee: 1, mentor: 0 }] : [];
      const result = solvePinned(matrix, capacity, pins, forbid);
      // Brute force over the same problem: forbidden pairs removed, the pinned mentee forced by a huge bonus.
      const BONUS = 1e7;
      const reference = matrix.map((row, i) =>
        row.map((s, j) => {
          if (forbid.some((f) => f.mentee === i && f.mentor === j)) return -Infinity;
          const pin = pins.find((p) => p.mentee === i);
          if (pin) return j === pin.mentor ? s + BONUS : -Infinity;
          return s;
        }),
      );
      const best = bruteForceAll(reference, capacity).best;
      expect(result.placed, JSON.stringify({ k, settings })).toBe(best.count);
      expect(result.total).toBe(best.total - BONUS * pins.length);
    }
  });

  test("returns each alternative's cost as the loss against the current result", () => {
    const cohort = randomCohort(8, 3, 9, model);
    const settings = defaultSettings(model);
    const matrix = scoreMatrix(valueTable(cohort), settings);
    const capacity = capacities(cohort, settings);
    const current = solvePinned(matrix, capacity);
    for (const alt of alternatives(matrix, capacity, current, [], [], 0)) {
      expect(alt.mentor).not.toBe(current.assignment[0]);
      const kept = solvePinned(matrix, capacity, [{ mentee: 0, mentor: alt.mentor }]);
      expect(alt.loss).toBe(current.total - kept.total);
      expect(alt.loss).toBeGreaterThanOrEqual(0);
    }
  });
});
