import { placeholder12 } from '../format/placeholder.ts';

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

/**
 * The session with the LMS: writes only what changed, and knows which values
 * a successful commit has confirmed. With `resendAfterRefusal` (SCORM 1.2),
 * a refused commit is followed by one that carries every unconfirmed value
 * again: Moodle 4.5's 1.2 runtime (mod/scorm/datamodels/scorm_12.js
 * CollectData) marks values as sent *before* the request and sends only
 * values that differ from the last marked one, so a plain retry would send
 * nothing. Each unconfirmed element is first set to a harmless placeholder
 * and committed, then set back to its value and committed: both differ from
 * what Moodle marked, so both are sent.
 */
export class ScormSession {
  readonly rejections: Rejection[] = [];
  /** Values written in this session (successful SetValue). */
  private readonly written = new Map<string, string>();
  /** Values the LMS confirmed with a successful commit. */
  private readonly confirmed = new Map<string, string>();
  /** Elements written since the last successful commit. */
  private readonly unconfirmed = new Set<string>();
  /** The value last handed to the LMS per element (the real one or a placeholder). */
  private readonly handed = new Map<string, string>();
  /** The values a refused commit carried: what the LMS may now take as already sent. */
  private readonly marked = new Map<string, string>();

  constructor(
    private readonly calls: ScormCalls,
    private readonly resendAfterRefusal = false,
  ) {}

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

  /** Writes an element when its value changed since the last write; false when the LMS refused it. */
  set(element: string, value: string): boolean {
    if (this.written.get(element) === value) return true;
    const ok = this.write(element, value);
    if (ok) {
      this.written.set(element, value);
      if (this.confirmed.get(element) !== value) this.unconfirmed.add(element);
      else this.unconfirmed.delete(element);
    }
    return ok;
  }

  /** Commits; after a refusal (1.2) makes this commit carry every unconfirmed value again. */
  commit(): boolean {
    const stale = [...this.unconfirmed].filter((e) => this.marked.has(e) && this.marked.get(e) === this.handed.get(e));
    if (this.resendAfterRefusal && stale.length > 0) return this.resend(stale);
    return this.settle(this.calls.commit());
  }

  /** Whether values written are still waiting for a successful commit. */
  get pending(): boolean {
    return this.unconfirmed.size > 0;
  }

  /** Placeholders for the stale elements, commit, real values back, commit: both commits send them. */
  private resend(stale: string[]): boolean {
    for (const element of stale) {
      const value = this.written.get(element)!;
      this.write(element, placeholder12(element, value, this.confirmed.get(element)));
    }
    if (!this.settle(this.calls.commit(), false)) return false;
    for (const element of stale) this.write(element, this.written.get(element)!);
    return this.settle(this.calls.commit());
  }

  /** Records a commit's outcome: confirmed values on success, values possibly marked sent on refusal. */
  private settle(ok: boolean, confirm = true): boolean {
    if (!ok) {
      for (const element of this.unconfirmed) this.marked.set(element, this.handed.get(element)!);
    } else if (confirm) {
      for (const element of this.unconfirmed) this.confirmed.set(element, this.written.get(element)!);
      this.unconfirmed.clear();
      this.marked.clear();
    }
    return ok;
  }

  private write(element: string, value: string): boolean {
    const ok = this.calls.set(element, value);
    if (ok) this.handed.set(element, value);
    if (!ok) {
      const code = this.calls.lastError();
      const rejection = { element, value, code, message: this.calls.errorString(code) };
      this.rejections.push(rejection);
      console.warn(`LMS refused ${element}=${JSON.stringify(value.slice(0, 80))}: ${code} ${rejection.message}`);
    }
    return ok;
  }
}
