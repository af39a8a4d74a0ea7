/**
 * A thin, checked wrapper over either LMS API: every call's result is
 * checked, and a refused SetValue is recorded with the LMS's error code, so a
 * rejected value is visible (tests assert there are none).
 */
export interface ScormCalls {
  initialize(): boolean;
  terminate(): boolean;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  lastError(): string;
  errorString(code: string): string;
}

export interface Rejection {
  element: string;
  value: string;
  code: string;
  message: string;
}

export class ScormSession {
  readonly rejections: Rejection[] = [];

  constructor(private readonly calls: ScormCalls) {}

  initialize(): boolean {
    return this.calls.initialize();
  }

  terminate(): boolean {
    return this.calls.terminate();
  }

  /** Reads an element; returns '' when the LMS has no value or refuses. */
  get(element: string): string {
    const value = this.calls.get(element);
    return this.calls.lastError() === '0' ? value : '';
  }

  /** Writes an element only when the value changed since the last write. */
  private written = new Map<string, string>();

  set(element: string, value: string): boolean {
    if (this.written.get(element) === value) return true;
    const ok = this.calls.set(element, value);
    if (ok) {
      this.written.set(element, value);
    } else {
      const code = this.calls.lastError();
      const rejection = { element, value, code, message: this.calls.errorString(code) };
      this.rejections.push(rejection);
      console.warn(`LMS refused ${element}=${JSON.stringify(value.slice(0, 80))}: ${code} ${rejection.message}`);
    }
    return ok;
  }

  commit(): boolean {
    return this.calls.commit();
  }
}
