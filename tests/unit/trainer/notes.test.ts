import { describe, expect, test } from 'vitest';
import { splitNotes } from '../../../src/trainer/notes.ts';
import { shortLabel } from '../../../src/trainer/text.ts';

describe('splitNotes', () => {
  test('returns the steps without their notes, and the notes apart', () => {
    const { steps, notes } = splitNotes({
      goal: 'Cel.',
      preparation: ['Wydrukuj.'],
      steps: [{ title: 'Wstęp', minutes: 5, text: 'Powiedz grupie.', task: 'Zadanie.', view: 'task' }],
      debrief: ['Pytanie?'],
    });
    expect(steps).toEqual([{ title: 'Wstęp', minutes: 5, task: 'Zadanie.', view: 'task' }]);
    expect(JSON.stringify(steps)).not.toContain('Powiedz grupie');
    expect(notes).toEqual({
      intro: 'Cel.',
      preparation: ['Wydrukuj.'],
      steps: ['Powiedz grupie.'],
      debrief: ['Pytanie?'],
    });
  });
});

describe('shortLabel', () => {
  test('returns the text whole when short, else cut at a word with an ellipsis', () => {
    expect(shortLabel('Krótki tekst')).toBe('Krótki tekst');
    expect(shortLabel('Wybiera podopiecznych do programu na podstawie ich profili i rozmów.', 40)).toBe(
      'Wybiera podopiecznych do programu na…',
    );
  });
});
