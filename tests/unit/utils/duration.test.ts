import { describe, expect, test } from 'vitest';
import { formatDuration } from '../../../src/utils/duration.ts';

describe('formatDuration', () => {
  test('returns hours and minutes with Polish plural forms', () => {
    expect(formatDuration(190)).toBe('3 godziny 10 minut');
    expect(formatDuration(61)).toBe('1 godzina 1 minuta');
    expect(formatDuration(300)).toBe('5 godzin');
    expect(formatDuration(22)).toBe('22 minuty');
    expect(formatDuration(0)).toBe('0 minut');
  });
});
