import type { LaunchState, Report, TrackingAdapter } from './adapter.ts';

export const LOCAL_KEY = 'lse-m1:progress';

/** `localStorage`, or undefined where the browser refuses access to it. */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The adapter of the public site: progress in browser storage. When storage
 * is disabled or full it keeps working in memory and says so (`persistent`).
 */
export class LocalAdapter implements TrackingAdapter {
  readonly kind = 'local';
  readonly suspendLimit = Number.POSITIVE_INFINITY;
  /** False once storage proved unusable: progress lives only in this tab. */
  persistent = true;
  private pending: string | null = null;

  constructor(private readonly storage: Storage | undefined = browserStorage()) {}

  start(): LaunchState {
    let saved: string | null = null;
    try {
      if (!this.storage) throw new Error('no storage');
      saved = this.storage.getItem(LOCAL_KEY);
    } catch {
      this.persistent = false;
    }
    return { suspendData: saved, location: null, reviewOnly: false };
  }

  save(report: Report): void {
    this.pending = report.suspendData;
  }

  addInteraction(): void {
    // Answers live in the progress record itself; there is no LMS to report to.
  }

  addActivity(): void {
    // As above.
  }

  commit(): boolean {
    if (this.pending === null || !this.persistent) return true;
    try {
      this.storage!.setItem(LOCAL_KEY, this.pending);
      this.pending = null;
    } catch {
      this.persistent = false;
    }
    return true;
  }

  finish(report: Report): boolean {
    this.save(report);
    this.commit();
    return this.persistent;
  }

  clear(): void {
    this.pending = null;
    try {
      this.storage?.removeItem(LOCAL_KEY);
    } catch {
      // Nothing stored that we could reach.
    }
  }
}
