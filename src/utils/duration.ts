import { t } from '../i18n/index.ts';
import type { UiKey } from '../i18n/pl.ts';
import { pluralForm } from '../i18n/plural.ts';

const counted = (key: 'home.time.hours' | 'home.time.minutes', count: number) =>
  t(
    pluralForm(count, {
      one: `${key}.one`,
      few: `${key}.few`,
      many: `${key}.many`,
      other: `${key}.other`,
    }) as UiKey,
    { count },
  );

/** A reading time in words, by Polish plural rules: "2 godziny 25 minut", "1 godzina", "45 minut". */
export function formatDuration(totalMinutes: number): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const parts = [];
  if (hours > 0) parts.push(counted('home.time.hours', hours));
  if (minutes > 0 || hours === 0) parts.push(counted('home.time.minutes', minutes));
  return parts.join(' ');
}
