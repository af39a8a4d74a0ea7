import { describe, expect, test } from 'vitest';
import { roleLabel, roleList } from '../../../../exercises/roles/labels.ts';

describe('roleList', () => {
  test('returns the roles as a Polish phrase when there are one, two or three', () => {
    expect(roleList(['mentor'])).toBe('mentor');
    expect(roleList(['kierownik', 'mentor'])).toBe('kierownik i mentor');
    expect(roleList(['kierownik', 'mentor', 'podopieczny'])).toBe('kierownik, mentor i podopieczny');
    expect(roleList([])).toBe('');
  });

  test('returns a capitalised label for buttons and headings', () => {
    expect(roleLabel('podopieczny')).toBe('Podopieczny');
  });
});
