import { describe, expect, test } from 'vitest';
import { mergeCopies, readToolkitFile, VERSION, writeToolkitFile } from '../../../src/toolkit/file-format.ts';
import { emptyValues, type Copy } from '../../../src/toolkit/values.ts';
import { loadTemplates } from '../../../src/toolkit/data.ts';

const templates = loadTemplates();
const known = new Set(templates.map((t) => t.id));
const diary = templates.find((t) => t.id === 'dziennik-mentoringu')!;

function copyOf(over: Partial<Copy> = {}): Copy {
  return {
    id: 'abc123',
    name: 'Kuba i pan Tomasz',
    created: '2026-10-20T10:00:00.000Z',
    updated: '2026-11-03T18:30:00.000Z',
    values: {
      ...emptyValues(diary),
      kto: 'Kuba i pan Tomasz',
      rodzaj: 'para',
      wpisy: [
        {
          data: '2026-11-03',
          forma: 'na-zywo',
          obecni: 'Kuba, pan Tomasz',
          wypelnia: 'Kuba',
          temat: 'Koszty napraw\n„łańcuch”',
          zrobione: '',
          zadania: '',
          'uwagi-mentora': '',
        },
      ],
    },
    ...over,
  };
}

describe('readToolkitFile', () => {
  test('returns every copy of every template unchanged after a JSON round trip', () => {
    const all = {
      'dziennik-mentoringu': [copyOf()],
      'plan-sesji': [copyOf({ id: 'p1', name: 'Plan', values: { sesje: [] } })],
    };
    const text = writeToolkitFile(all, '2026-11-29T12:00:00.000Z');
    const read = readToolkitFile(text, known);
    expect(read).toEqual({
      ok: true,
      file: { format: 'lse-toolkit', version: VERSION, exported: '2026-11-29T12:00:00.000Z', templates: all },
    });
  });

  test('migrates a version 1 export (one template, copies without ids) to the current version', () => {
    const v1 = JSON.stringify({
      format: 'lse-toolkit',
      version: 1,
      template: 'cele-osobiste',
      copies: [
        {
          name: 'Ola',
          saved: '2026-10-25T09:00:00.000Z',
          values: { imie: 'Ola', cele: [{ cel: 'Sprzedać 20 sztuk biżuterii', termin: '2027-03-31' }] },
        },
      ],
    });
    const read = readToolkitFile(v1, known);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.migratedFrom).toBe(1);
    const [copy] = read.file.templates['cele-osobiste']!;
    expect(copy).toMatchObject({
      name: 'Ola',
      created: '2026-10-25T09:00:00.000Z',
      updated: '2026-10-25T09:00:00.000Z',
    });
    expect(copy!.id).toMatch(/^[a-z0-9]{12}$/);
    expect(copy!.values['cele']).toEqual([{ cel: 'Sprzedać 20 sztuk biżuterii', termin: '2027-03-31' }]);
  });

  test('refuses a file from a newer course, naming its version', () => {
    expect(readToolkitFile(JSON.stringify({ format: 'lse-toolkit', version: VERSION + 1, templates: {} }))).toEqual({
      ok: false,
      error: { code: 'newer', version: VERSION + 1 },
    });
  });

  test('refuses a malformed file whole, saying where: not JSON, not ours, a bad copy, an unknown template', () => {
    expect(readToolkitFile('{"format": "lse-toolkit", ')).toEqual({ ok: false, error: { code: 'notJson' } });
    expect(readToolkitFile('{"format": "other", "version": 2}')).toEqual({ ok: false, error: { code: 'notToolkit' } });
    const broken = { 'dziennik-mentoringu': [copyOf(), { ...copyOf({ id: 'x2' }), values: { wpisy: [{ data: 5 }] } }] };
    expect(readToolkitFile(writeToolkitFile(broken as never), known)).toEqual({
      ok: false,
      error: { code: 'invalid', at: 'templates.dziennik-mentoringu[1].values.wpisy[0].data' },
    });
    expect(readToolkitFile(writeToolkitFile({ nieznany: [copyOf()] }), known)).toEqual({
      ok: false,
      error: { code: 'unknownTemplate', template: 'nieznany' },
    });
    expect(readToolkitFile(writeToolkitFile({ 'plan-sesji': [copyOf({ name: 'x'.repeat(500) })] }), known)).toEqual({
      ok: false,
      error: { code: 'invalid', at: 'templates.plan-sesji[0].name' },
    });
  });
});

describe('mergeCopies', () => {
  test('skips the same copy, keeps both when an imported copy differs, never overwrites', () => {
    const kept = [copyOf()];
    const edited = copyOf({ updated: '2026-11-10T08:00:00.000Z', values: { kto: 'zmienione' } });
    const { copies, added } = mergeCopies(kept, [copyOf(), edited], '(z importu)');
    expect(added).toBe(1);
    expect(copies[0]).toEqual(copyOf());
    expect(copies[1]).toMatchObject({ name: 'Kuba i pan Tomasz (z importu)', values: { kto: 'zmienione' } });
    expect(copies[1]!.id).not.toBe('abc123');
  });
});
