import { describe, expect, test } from 'vitest';
import { relativeFrom } from '../../../src/utils/urls.ts';

describe('relativeFrom', () => {
  test('returns a link relative to the page folder', () => {
    expect(relativeFrom('/index.html', '/szukaj.html')).toBe('./szukaj.html');
    expect(relativeFrom('/lekcje/roles.html', '/szukaj.html')).toBe('../szukaj.html');
  });
});
