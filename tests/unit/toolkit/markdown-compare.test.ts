import { describe, expect, test } from 'vitest';
import { compare, matchingInitial } from '../../../src/toolkit/compare.ts';
import { loadTemplates } from '../../../src/toolkit/data.ts';
import { copyToMarkdown, escapeMarkdown } from '../../../src/toolkit/markdown.ts';
import { emptyValues, type Copy } from '../../../src/toolkit/values.ts';

const templates = loadTemplates();
const byId = (id: string) => templates.find((t) => t.id === id)!;
const at = '2026-11-01T00:00:00.000Z';

describe('copyToMarkdown', () => {
  test('returns sections, labels for choices, numbered rows and escaped user text', () => {
    const plan = byId('plan-sesji');
    const copy: Copy = {
      id: 'p1',
      name: 'Kuba',
      created: at,
      updated: at,
      values: {
        ...emptyValues(plan),
        kto: 'Kuba *i* pan Tomasz',
        sesje: [{ data: '2026-11-03', temat: '# Koszty', cel: '', rodzaj: 'tematyczna', forma: 'na-zywo', stan: '' }],
      },
    };
    const md = copyToMarkdown(plan, copy);
    expect(md).toContain('# Plan sesji: Kuba');
    expect(md).toContain('- **Para lub grupa (imiona albo nazwa grupy):** Kuba \\*i\\* pan Tomasz');
    expect(md).toContain('### Sesja 1');
    expect(md).toContain('- **Data:** 3 listopada 2026');
    expect(md).toContain('- **Temat:** \\# Koszty');
    expect(md).toContain('- **Forma:** na żywo');
    expect(md).toContain('- **Stan:** —');
  });

  test('leaves out fields shown only for another choice', () => {
    const profile = byId('profil-podopiecznego');
    const md = copyToMarkdown(profile, {
      id: 'a',
      name: 'Ola',
      created: at,
      updated: at,
      values: { ...emptyValues(profile), rola: 'podopieczny' },
    });
    expect(md).toContain('W czym chcesz otrzymać wsparcie?');
    expect(md).not.toContain('W czym możesz pomóc?');
    expect(escapeMarkdown('1. raz\n- dwa')).toBe('1\\. raz  \n\\- dwa');
  });
});

describe('compare', () => {
  test('returns the paired answers side by side and the change per self-rating area', () => {
    const initialT = byId('kwestionariusz-poczatkowy');
    const finalT = byId('kwestionariusz-koncowy');
    const initial: Copy = {
      id: 'i1',
      name: 'Marta',
      created: at,
      updated: at,
      values: {
        ...emptyValues(initialT),
        imie: 'Marta',
        potrzeby: 'Znaleźć klientki',
        obszary: [
          { obszar: 'Klienci', start: '5' },
          { obszar: 'Formalności', start: '4' },
        ],
      },
    };
    const final: Copy = {
      id: 'f1',
      name: 'marta ',
      created: at,
      updated: at,
      values: {
        ...emptyValues(finalT),
        imie: 'Marta',
        potrzeby: 'Mam pięć stałych klientek',
        obszary: [{ obszar: 'klienci', start: '5', polowa: '6', teraz: '8' }],
      },
    };
    expect(matchingInitial([initial], final)).toBe(initial);
    const result = compare(initialT, finalT, initial, final);
    expect(result.lines.find((l) => l.label.startsWith('Które z twoich potrzeb'))).toEqual({
      label: 'Które z twoich potrzeb zostały zaspokojone, a które nie?',
      before: 'Znaleźć klientki',
      after: 'Mam pięć stałych klientek',
      changed: true,
    });
    expect(result.lines.find((l) => l.label === 'Imię')?.changed).toBe(false);
    expect(result.areas[0]).toMatchObject({ area: 'klienci', change: 3 });
    expect(result.areas[1]).toMatchObject({ area: 'Formalności' });
    expect(result.areas[1]!.change).toBeUndefined();
  });
});
