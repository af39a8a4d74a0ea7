/** Fills `{name}` placeholders (the dictionary's syntax) without loading the dictionary: islands import only their strings. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
