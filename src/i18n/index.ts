import { pl, type UiKey } from './pl.ts';

/** The UI dictionary of the course language (Polish is the only one so far). */
const dictionary: Record<UiKey, string> = pl;

/** Looks up a UI string and fills `{name}` placeholders. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
