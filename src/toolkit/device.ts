// The browser's localStorage as the toolkit uses it: its key prefix, and access that never throws
// (storage can be disabled by the browser, or full).

export const PREFIX = 'lse-toolkit:';
export const keyOf = (templateId: string) => `${PREFIX}${templateId}`;

/** The storage to use, or undefined when the browser refuses it (reading `localStorage` itself can throw). */
export function browserStorage(): Storage | undefined {
  try {
    const storage = globalThis.localStorage;
    const probe = `${PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch (error) {
    // A full storage refuses the probe too, but can still be read.
    return isQuota(error) ? globalThis.localStorage : undefined;
  }
}

/** Whether a storage error means the quota is used up. */
export function isQuota(error: unknown): boolean {
  // Firefox used its own name before the standard one.
  return error instanceof DOMException && ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'].includes(error.name);
}
