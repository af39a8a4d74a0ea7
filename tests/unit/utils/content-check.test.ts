import { describe, expect, test } from 'vitest';
import { checkContent, formatPath, formatProblems, markedTermIds } from '../../../src/utils/content-check.ts';
import { readContentFiles } from '../../../src/utils/content-files.ts';

describe('checkContent', () => {
  test('finds no problem in the course content', () => {
    expect(checkContent(readContentFiles('content'))).toEqual([]);
  });

  test('finds no problem in the valid fixture', () => {
    expect(checkContent(readContentFiles('tests/fixtures/content-valid'))).toEqual([]);
  });

  test('names file, field and reason for every mistake in the broken fixture', () => {
    const report = formatProblems(checkContent(readContentFiles('tests/fixtures/content-broken')));
    expect(report).toContain('tests/fixtures/content-broken/lessons/01-one.mdx: minutes:');
    expect(report).toContain(
      'tests/fixtures/content-broken/lessons/01-one.mdx: <Term id="nie-ma-takiego">: no glossary term "nie-ma-takiego"',
    );
    expect(report).toContain('tests/fixtures/content-broken/glossary/mentoring.yaml: definition:');
    expect(report).toContain(
      'tests/fixtures/content-broken/glossary/mentor.yaml: lessons[1]: unknown lesson "missing-lesson"',
    );
    expect(report).toContain(
      'tests/fixtures/content-broken/lessons/02-two.mdx: outcomes[0]: unknown learning outcome "lo9"',
    );
    expect(report).toContain('glossary/mentor.yaml: id: no lesson marks this term (<Term id="mentor">)');
    expect(report).toContain('glossary/mentor.yaml: lessons[0]: lesson "two" does not mark the term');
  });

  test('reports an outcome a lesson serves that the course does not define', () => {
    const files = readContentFiles('tests/fixtures/content-valid');
    const lesson = files.lessons[0]!;
    lesson.data = { ...(lesson.data as object), outcomes: ['lo1', 'lo9'] };
    expect(formatProblems(checkContent(files))).toMatch(/01-one\.mdx: outcomes\[1\]: unknown learning outcome "lo9"/);
  });

  test('reports duplicate lesson ids and orders, and a term id that differs from its file name', () => {
    const files = readContentFiles('tests/fixtures/content-valid');
    files.lessons.push({ ...files.lessons[0]!, path: 'content/lessons/99-copy.mdx' });
    files.glossary[0]!.data = { ...(files.glossary[0]!.data as object), id: 'other' };
    const report = formatProblems(checkContent(files));
    expect(report).toContain('99-copy.mdx: id: duplicate lesson id "one"');
    expect(report).toContain('99-copy.mdx: order: duplicate order 1');
    expect(report).toContain('mentoring.yaml: id: id "other" must match the file name "mentoring"');
  });
});

describe('checkContent: quiz banks', () => {
  const question = (i: number, pool: 'practice' | 'final') => ({
    id: `q-lo1-${pool === 'final' ? 'f' : ''}${String(i).padStart(2, '0')}`,
    pool,
    lesson: 'one',
    type: 'true-false',
    prompt: `Pytanie ${pool} ${i}?`,
    explanation: 'Bo tak.',
    answer: i % 2 === 0,
    feedback: { true: 'Tak.', false: 'Nie.' },
  });
  const bankWith = (practice: number, final: number) => {
    const files = readContentFiles('tests/fixtures/content-valid');
    const questions = [
      ...Array.from({ length: practice }, (_, i) => question(i + 1, 'practice')),
      ...Array.from({ length: final }, (_, i) => question(i + 1, 'final')),
    ];
    files.quizzes = [{ path: 'content/quizzes/lo1.yaml', data: { outcome: 'lo1', title: 'Test', questions } }];
    return formatProblems(checkContent(files));
  };

  test('finds no problem in a bank with 10 practice and 8 final items', () => {
    expect(bankWith(10, 8)).toBe('');
  });

  test('refuses a bank with fewer than 10 practice or 8 final items, naming file, field and pool', () => {
    const report = bankWith(9, 7);
    expect(report).toContain(
      'content/quizzes/lo1.yaml: questions: 9 practice items, at least 10 needed (pool: practice)',
    );
    expect(report).toContain('content/quizzes/lo1.yaml: questions: 7 final items, at least 8 needed (pool: final)');
  });

  test('refuses a question without a pool', () => {
    const files = readContentFiles('tests/fixtures/content-valid');
    const unpooled: Record<string, unknown> = { ...question(1, 'practice') };
    delete unpooled['pool'];
    files.quizzes = [
      { path: 'content/quizzes/lo1.yaml', data: { outcome: 'lo1', title: 'Test', questions: [unpooled] } },
    ];
    expect(formatProblems(checkContent(files))).toMatch(/lo1\.yaml: questions\[0\]\.pool: /);
  });
});

describe('lesson bodies', () => {
  const withBody = (body: string, data: object = {}) => {
    const files = readContentFiles('tests/fixtures/content-valid');
    files.lessons[0]!.body += body;
    files.lessons[0]!.data = { ...(files.lessons[0]!.data as object), ...data };
    return formatProblems(checkContent(files));
  };

  test('accepts numbered one-line reflection prompts and explicit heading ids', () => {
    expect(withBody('\n<Reflection n="2" minutes="5">Drugie pytanie?</Reflection>\n')).toBe('');
  });

  test('reports a hand-written study time', () => {
    expect(withBody('', { minutes: 12 })).toContain(
      '01-one.mdx: minutes: the study time is computed from the text and its activities: remove this field',
    );
  });

  test('reports a prompt without a number, a duplicate number, markup or no text', () => {
    const report = withBody(
      [
        '<Reflection>Bez numeru?</Reflection>',
        '<Reflection n="1">Ten sam numer?</Reflection>',
        '<Reflection n="a">Zły numer?</Reflection>',
        '<Reflection n="3">Z <Term id="mentoring">terminem</Term>?</Reflection>',
        '<Reflection n="4" />',
      ].join('\n'),
    );
    expect(report).toContain('01-one.mdx: <Reflection n="">: missing n="<number>"');
    expect(report).toContain('01-one.mdx: <Reflection n="1">: duplicate prompt number 1 in this lesson');
    expect(report).toContain('01-one.mdx: <Reflection n="a">: n="a" must be a whole number from 1');
    expect(report).toContain('01-one.mdx: <Reflection n="3">: write the prompt on one line as plain text');
    expect(report).toContain('01-one.mdx: <Reflection n="4">: the prompt text is missing');
  });

  test('reports a heading id that is not a stable id or is used twice', () => {
    const report = withBody('\n<h2 id="Zła_nazwa">A</h2>\n\n<h3 id="sekcja-stala">B</h3>\n');
    expect(report).toContain('01-one.mdx: <h id="Zła_nazwa">: use lower-case ASCII letters');
    expect(report).toContain('01-one.mdx: <h id="sekcja-stala">: duplicate heading id in this lesson');
  });
});

describe('usedComponents', () => {
  test('reports a component a lesson uses that does not exist', () => {
    const files = readContentFiles('tests/fixtures/content-valid');
    files.lessons[0]!.body += '\n<NoSuchDiagram />\n';
    const report = formatProblems(checkContent(files, new Set(['Term', 'Example'])));
    expect(report).toContain('01-one.mdx: <NoSuchDiagram>: no such component (available: Example, Term)');
  });
});

describe('formatPath', () => {
  test('returns dotted keys with array indexes', () => {
    expect(formatPath(['outcomes', 1, 'id'])).toBe('outcomes[1].id');
  });
});

describe('markedTermIds', () => {
  test('returns the id of every <Term> in a body', () => {
    expect(markedTermIds('a <Term id="mentor">mentora</Term> b <Term  id=\'e-mentoring\'>x</Term>')).toEqual([
      'mentor',
      'e-mentoring',
    ]);
  });
});
