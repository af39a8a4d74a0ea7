import { describe, expect, test } from 'vitest';
import { POOL_MINIMUM, POOLS, quizBankSchema, type Pool, type Question } from '../../../src/schemas/quiz.ts';
import { readContentFiles } from '../../../src/utils/content-files.ts';

// Item-writing rules that can be measured (issue 10), over every bank as
// authored: no length cue, no "always answer Fałsz", no fixed number of
// correct options, mostly scenarios in the final test, and two pools that
// never share a prompt.

const banks = readContentFiles('content').quizzes.map((f) => quizBankSchema.parse(f.data));
const all = banks.flatMap((b) => b.questions);
const inPool = (pool: Pool) => all.filter((q) => q.pool === pool);
const singles = (questions: Question[]) =>
  questions.flatMap((q) => (q.type === 'single' ? [q.options.map((o) => ({ ...o, length: o.text.length }))] : []));
const normalize = (text: string) => text.toLocaleLowerCase('pl').replace(/\s+/g, ' ').trim();

/** Single-choice items whose correct option is longer (or shorter) than every other option. */
function correctIs(extreme: 'longest' | 'shortest', questions: Question[]) {
  return singles(questions).filter((options) => {
    const correct = options.find((o) => o.correct)!;
    return options.every(
      (o) => o === correct || (extreme === 'longest' ? o.length < correct.length : o.length > correct.length),
    );
  }).length;
}

describe('quiz banks: item-writing rules', () => {
  test.each(POOLS)(
    'the correct option is the strictly longest in at most a third of single-choice items (%s pool, all banks)',
    (pool) => {
      const items = singles(inPool(pool)).length;
      expect(items).toBeGreaterThan(0);
      expect(correctIs('longest', inPool(pool))).toBeLessThanOrEqual(items / 3);
    },
  );

  test.each(POOLS)(
    'the longest option is no sign either way: it is the correct one in at least a sixth of single-choice items (%s pool)',
    (pool) => {
      expect(correctIs('longest', inPool(pool))).toBeGreaterThanOrEqual(singles(inPool(pool)).length / 6);
    },
  );

  test.each(POOLS)(
    'the correct option is the strictly shortest in at most a third of single-choice items (%s pool)',
    (pool) => {
      expect(correctIs('shortest', inPool(pool))).toBeLessThanOrEqual(singles(inPool(pool)).length / 3);
    },
  );

  test("the correct option is the strictly longest in at most half of any one bank's single-choice items", () => {
    for (const bank of banks) {
      expect(correctIs('longest', bank.questions), bank.outcome).toBeLessThanOrEqual(
        singles(bank.questions).length / 2,
      );
    }
  });

  test('the correct option is not always in the same place (no position holds more than 40 % of single-choice keys)', () => {
    const positions = singles(all).map((options) => options.findIndex((o) => o.correct));
    for (const position of new Set(positions)) {
      expect(positions.filter((p) => p === position).length).toBeLessThanOrEqual(positions.length * 0.4);
    }
  });

  test.each([...POOLS, 'all' as const])('"prawda" is 40-60 %% of true/false answers (%s)', (pool) => {
    const answers = (pool === 'all' ? all : inPool(pool)).flatMap((q) => (q.type === 'true-false' ? [q.answer] : []));
    expect(answers.length).toBeGreaterThan(0);
    const share = answers.filter(Boolean).length / answers.length;
    expect(share).toBeGreaterThanOrEqual(0.4);
    expect(share).toBeLessThanOrEqual(0.6);
  });

  test('multiple-choice items have 1 to n-1 correct options, at least three different counts, none in more than half the items', () => {
    const counts = all.flatMap((q) =>
      q.type === 'multiple' ? [{ correct: q.options.filter((o) => o.correct).length, n: q.options.length }] : [],
    );
    for (const { correct, n } of counts) {
      expect(correct).toBeGreaterThanOrEqual(1);
      expect(correct).toBeLessThanOrEqual(n - 1);
    }
    const distinct = new Set(counts.map((c) => c.correct));
    expect(distinct.size).toBeGreaterThanOrEqual(3);
    for (const value of distinct)
      expect(counts.filter((c) => c.correct === value).length).toBeLessThanOrEqual(counts.length / 2);
  });

  test('multiple-choice items vary in their number of correct options within each pool (no count in more than half)', () => {
    for (const pool of POOLS) {
      const counts = inPool(pool).flatMap((q) =>
        q.type === 'multiple' ? [q.options.filter((o) => o.correct).length] : [],
      );
      expect(new Set(counts).size, pool).toBeGreaterThanOrEqual(2);
      for (const value of new Set(counts))
        expect(counts.filter((c) => c === value).length, `${pool}: ${value} correct`).toBeLessThanOrEqual(
          counts.length / 2,
        );
    }
  });

  test('at least half of each final pool are youth-work scenarios (scenario: true)', () => {
    for (const bank of banks) {
      const final = bank.questions.filter((q) => q.pool === 'final');
      expect(final.filter((q) => q.scenario).length, bank.outcome).toBeGreaterThanOrEqual(final.length / 2);
    }
  });

  test('every bank has at least 10 practice and 8 final items', () => {
    expect(POOL_MINIMUM).toEqual({ practice: 10, final: 8 });
    for (const bank of banks) {
      for (const pool of POOLS) {
        expect(bank.questions.filter((q) => q.pool === pool).length, `${bank.outcome} ${pool}`).toBeGreaterThanOrEqual(
          POOL_MINIMUM[pool],
        );
      }
    }
  });

  test('no prompt is shared between the pools, nor contained in another prompt', () => {
    const prompts = all.map((q) => ({ id: q.id, pool: q.pool, text: normalize(q.prompt) }));
    for (const a of prompts) {
      for (const b of prompts) {
        if (a.id !== b.id) expect(b.text.includes(a.text), `${a.id} in ${b.id}`).toBe(false);
      }
    }
  });

  test('question ids are SCORM-safe and name their own outcome', () => {
    for (const bank of banks) {
      for (const q of bank.questions) expect(q.id).toMatch(new RegExp(`^q-${bank.outcome}-f?\\d{2}$`));
    }
  });

  test('options, items and pairs of a question never repeat their text', () => {
    for (const q of all) {
      const texts =
        q.type === 'single' || q.type === 'multiple'
          ? q.options.map((o) => o.text)
          : q.type === 'ordering'
            ? q.items.map((i) => i.text)
            : q.type === 'matching'
              ? [...q.pairs.map((p) => p.left), ...q.pairs.map((p) => p.right)]
              : [];
      expect(new Set(texts).size, q.id).toBe(texts.length);
    }
  });
});
