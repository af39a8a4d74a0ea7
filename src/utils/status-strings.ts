import { pl } from '../i18n/pl.ts';
import { STATUS_KEY_PREFIXES, type StatusStrings } from '../scripts/status-text.ts';

/** The UI strings the status scripts need, for `data-status-strings` (only those: pages stay light). */
export function statusStrings(): StatusStrings {
  return Object.fromEntries(
    Object.entries(pl).filter(([key]) => STATUS_KEY_PREFIXES.some((prefix) => key.startsWith(prefix))),
  );
}
