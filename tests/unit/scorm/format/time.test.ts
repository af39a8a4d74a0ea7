import { describe, expect, test } from 'vitest';
import {
  scorm12Timespan,
  scorm12TimeOfDay,
  scorm2004Duration,
  scorm2004Timestamp,
} from '../../../../scorm/format/time.ts';

describe('scorm12Timespan', () => {
  test('returns HHHH:MM:SS.SS', () => {
    expect(scorm12Timespan(0)).toBe('0000:00:00.00');
    expect(scorm12Timespan(3_723_450)).toBe('0001:02:03.45');
  });
  test('returns 9999:59:59.99 for more than 9999 hours', () => {
    expect(scorm12Timespan(1e12)).toBe('9999:59:59.99');
  });
  test('matches the SCORM 1.2 CMITimespan pattern', () => {
    for (const ms of [5, 59_999, 86_400_000]) expect(scorm12Timespan(ms)).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
  });
});

describe('scorm12TimeOfDay', () => {
  test('returns HH:MM:SS in local time', () => {
    expect(scorm12TimeOfDay(new Date(2026, 10, 23, 7, 5, 9))).toBe('07:05:09');
  });
});

describe('scorm2004Duration', () => {
  test('returns an ISO 8601 duration such as PT1H2M3.45S', () => {
    expect(scorm2004Duration(3_723_450)).toBe('PT1H2M3.45S');
    expect(scorm2004Duration(60_000)).toBe('PT1M');
    expect(scorm2004Duration(0)).toBe('PT0S');
    expect(scorm2004Duration(1_500)).toBe('PT1.5S');
  });
});

describe('scorm2004Timestamp', () => {
  test('returns an ISO time with at most two decimal places', () => {
    expect(scorm2004Timestamp(new Date(Date.UTC(2026, 10, 23, 7, 5, 9, 123)))).toBe('2026-11-23T07:05:09.12Z');
  });
});
