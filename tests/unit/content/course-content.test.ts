import { describe, expect, test } from 'vitest';
import { checkContent, markedTermIds } from '../../../src/utils/content-check.ts';
import { readContentFiles } from '../../../src/utils/content-files.ts';
import { reflectionPrompts } from '../../../src/journal/prompts.ts';

const files = readContentFiles('content');
const lessons = files.lessons.map((f) => ({ ...(f.data as { id: string; order: number }), body: f.body ?? '' }));
const terms = files.glossary.map((f) => f.data as { id: string; lessons: string[] });
const banks = files.quizzes.map((f) => f.data as { outcome: string; questions: Array<{ id: string }> });
const outcomes = (files.course.data as { outcomes: Array<{ id: string }> }).outcomes.map((o) => o.id);

describe('course content (Module I)', () => {
  test('has no schema or cross-reference problem', () => {
    expect(checkContent(files)).toEqual([]);
  });

  test('has the 15 lessons of the content map, ordered 1-15', () => {
    expect(lessons.map((l) => l.order).sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });

  test('has two or three "Zatrzymaj się" prompts in every lesson, numbered from 1, keys unique', () => {
    const keys = lessons.flatMap((lesson) => {
      const prompts = reflectionPrompts(lesson.id, lesson.body);
      expect(prompts.length, lesson.id).toBeGreaterThanOrEqual(2);
      expect(prompts.length, lesson.id).toBeLessThanOrEqual(3);
      expect(prompts.map((p) => p.n).sort(), lesson.id).toEqual(prompts.map((_, i) => i + 1));
      return prompts.map((p) => p.key);
    });
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('has at least 40 glossary terms, each marked in a lesson, and every marked term exists', () => {
    expect(terms.length).toBeGreaterThanOrEqual(40);
    const marked = new Set(lessons.flatMap((l) => markedTermIds(l.body)));
    for (const term of terms) expect(marked.has(term.id), term.id).toBe(true);
    const ids = new Set(terms.map((t) => t.id));
    for (const id of marked) expect(ids.has(id), id).toBe(true);
  });

  test('marks each term at most once per lesson', () => {
    for (const lesson of lessons) {
      const ids = markedTermIds(lesson.body);
      expect(ids.length, lesson.id).toBe(new Set(ids).size);
    }
  });

  test('has every lesson with an example, a "W praktyce" box and key takeaways', () => {
    for (const lesson of lessons) {
      for (const part of ['<Example', '<Practice>', '<Takeaways>'])
        expect(lesson.body, `${lesson.id} ${part}`).toContain(part);
    }
  });

  test('has a question bank for every learning outcome, at least 8 questions each, ids unique', () => {
    expect(banks.map((b) => b.outcome).sort()).toEqual([...outcomes].sort());
    for (const bank of banks) expect(bank.questions.length, bank.outcome).toBeGreaterThanOrEqual(8);
    const ids = banks.flatMap((b) => b.questions.map((q) => q.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
