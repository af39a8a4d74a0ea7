/** Values for `{name}` placeholders. */
export type Fill = Record<string, string | number>;

/** Fills `{name}` placeholders; unknown names stay as written. */
export function fill(template: string, values: Fill = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/**
 * A `t` over one part of the dictionary, for islands that should not load the
 * whole of it (see src/i18n/pl/quiz.ts).
 */
export function translator<K extends string>(strings: Readonly<Record<K, string>>) {
  return (key: K, values?: Fill): string => fill(strings[key], values);
}
