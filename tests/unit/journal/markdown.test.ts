import { describe, expect, test } from 'vitest';
import { escapeLine, journalMarkdown } from '../../../src/journal/markdown.ts';

const head = {
  title: 'Mój dziennik uczenia się',
  lines: ['Moduł I', 'Pobrano: 1.12.2026'],
  noAnswer: 'Jeszcze bez odpowiedzi.',
};

describe('journalMarkdown', () => {
  test('returns a heading per lesson, each prompt quoted and the answer as written', () => {
    const md = journalMarkdown(head, [
      {
        title: 'Lekcja 1. Witamy',
        entries: [
          {
            label: 'Zatrzymaj się 1',
            prompt: 'Kto z Twoich podopiecznych?',
            answer: 'Kasia, 17 lat.\n- rysuje\n- szyje',
          },
          { label: 'Zatrzymaj się 2', prompt: 'Co dalej?', answer: '  ' },
        ],
      },
    ]);
    expect(md).toBe(
      [
        '# Mój dziennik uczenia się',
        '',
        'Moduł I  ',
        'Pobrano: 1.12.2026  ',
        '',
        '## Lekcja 1. Witamy',
        '',
        '### Zatrzymaj się 1',
        '',
        '> Kto z Twoich podopiecznych?',
        '',
        'Kasia, 17 lat.',
        '- rysuje',
        '- szyje',
        '',
        '### Zatrzymaj się 2',
        '',
        '> Co dalej?',
        '',
        '_Jeszcze bez odpowiedzi._',
        '',
      ].join('\n'),
    );
  });

  test('keeps the learner text from becoming headings or quotations of the file, and never emits HTML', () => {
    const md = journalMarkdown(head, [
      { title: 'L', entries: [{ label: 'Z', prompt: 'P', answer: '# nie nagłówek\n> nie cytat\n---\n<b>tekst</b>' }] },
    ]);
    expect(md).toContain('\\# nie nagłówek\n\\> nie cytat\n\\---\n<b>tekst</b>');
  });
});

describe('escapeLine', () => {
  test('returns ordinary lines and list items unchanged', () => {
    expect(escapeLine('- punkt')).toBe('- punkt');
    expect(escapeLine('Zwykłe zdanie # z krzyżykiem')).toBe('Zwykłe zdanie # z krzyżykiem');
  });
});
