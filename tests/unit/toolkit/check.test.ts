import { describe, expect, test } from 'vitest';
import { checkGuides, checkTemplates, checkToolkit } from '../../../src/toolkit/check.ts';
import { loadTemplates, readTemplateFiles } from '../../../src/toolkit/data.ts';
import { formatProblems, type ContentProblem } from '../../../src/utils/content-check.ts';

const known = {
  lessons: new Set(['matching', 'first-session']),
  vocabularies: { support: new Set(['ceny']) },
};

function templateFile(data: Record<string, unknown>, path = 'content/templates/01-test.yaml') {
  return {
    path,
    data: {
      id: 'test',
      order: 1,
      title: 'Test',
      summary: 'Test.',
      purpose: ['Po co.'],
      lesson: 'matching',
      who: 'ktoś',
      when: 'kiedyś',
      copies: { hint: 'Jedna.', name: 'Test {n}' },
      personalData: 'Imię.',
      sections: [{ id: 'a', title: 'A', fields: [{ id: 'imie', label: 'Imię', type: 'text' }] }],
      ...data,
    },
  };
}

const run = (files: ReturnType<typeof templateFile>[]) => {
  const problems: ContentProblem[] = [];
  checkTemplates(files, known, problems);
  return formatProblems(problems);
};

describe('checkToolkit', () => {
  test("returns no problem for the course's templates and guides", () => {
    expect(formatProblems(checkToolkit())).toBe('');
  });

  test("every one of the nine templates parses, in Module I's order, with vocabulary choices resolved", () => {
    const templates = loadTemplates();
    expect(templates.map((t) => t.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(readTemplateFiles()).toHaveLength(9);
    for (const template of templates) {
      for (const field of template.sections.flatMap((s) => s.fields)) {
        if (field.type === 'choice' || field.type === 'checks')
          expect(field.options?.length, field.id).toBeGreaterThan(1);
      }
    }
  });
});

describe('checkTemplates', () => {
  test('returns file: field: reason for a schema mistake, an unknown key and a wrong file name', () => {
    const out = run([
      templateFile(
        {
          sections: [
            {
              id: 'a',
              title: 'A',
              fields: [
                { id: 'x', label: 'X', type: 'slider' },
                { id: 'y', label: 'Y', type: 'text', colour: 'red' },
              ],
            },
          ],
        },
        'content/templates/01-other.yaml',
      ),
    ]);
    expect(out).toContain('content/templates/01-other.yaml: sections[0].fields[0]: Invalid input');
    expect(out).toContain('content/templates/01-other.yaml: sections[0].fields[1]: Unrecognized key: "colour"');
    expect(run([templateFile({}, 'content/templates/01-other.yaml')])).toBe(
      'content/templates/01-other.yaml: id: id "test" must match the file name "other" (after the NN- prefix)',
    );
  });

  test('returns a problem for unknown references: lesson, vocabulary, `when`, `pairs` and `pairsWith`', () => {
    const out = run([
      templateFile({
        lesson: 'nope',
        pairsWith: 'missing',
        sections: [
          {
            id: 'a',
            title: 'A',
            fields: [
              {
                id: 'rola',
                label: 'R',
                type: 'choice',
                options: [
                  { id: 'a', label: 'a' },
                  { id: 'b', label: 'b' },
                ],
              },
              { id: 'v', label: 'V', type: 'checks', vocabulary: 'interests' },
              { id: 'w', label: 'W', type: 'text', when: { field: 'rola', is: 'c' } },
              { id: 'p', label: 'P', type: 'text', pairs: 'q' },
              { id: 'rola', label: 'again', type: 'text' },
            ],
          },
        ],
      }),
    ]);
    expect(out).toContain('lesson: unknown lesson "nope"');
    expect(out).toContain('sections[0].fields[1].vocabulary: unknown vocabulary "interests"');
    expect(out).toContain('sections[0].fields[2].when.is: field "rola" has no choice "c"');
    expect(out).toContain('pairsWith: unknown template "missing"');
    expect(out).toContain('sections[0].fields[4].id: duplicate field id "rola"');
  });

  test("refuses sections on the agreement (its fields are the exercise's)", () => {
    expect(run([templateFile({ kind: 'agreement' })])).toContain('sections: the agreement takes its fields');
  });
});

describe('checkGuides', () => {
  test('returns a problem per unknown lesson, exercise and template', () => {
    const problems: ContentProblem[] = [];
    checkGuides(
      [
        {
          path: 'content/toolkit/plan.yaml',
          data: {
            id: 'plan',
            title: 'Plan',
            summary: 'S.',
            intro: ['I.'],
            variants: [
              {
                id: 'v',
                title: 'V',
                intro: 'I.',
                sessions: [
                  {
                    title: 'S',
                    when: 'W',
                    items: [{ title: 'T', minutes: 5, lessons: ['x'], exercises: ['y'], templates: ['z'] }],
                  },
                ],
              },
            ],
          },
        },
      ],
      known,
      new Set(['profil-podopiecznego']),
      problems,
    );
    expect(formatProblems(problems).split('\n')).toEqual([
      'content/toolkit/plan.yaml: variants[0].sessions[0].items[0].lessons[0]: unknown lesson "x"',
      'content/toolkit/plan.yaml: variants[0].sessions[0].items[0].exercises[0]: unknown exercise "y"',
      'content/toolkit/plan.yaml: variants[0].sessions[0].items[0].templates[0]: unknown template "z"',
    ]);
  });
});
