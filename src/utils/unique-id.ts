let counter = 0;

/** An id unique within the build (and so within every page), deterministic across builds. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
