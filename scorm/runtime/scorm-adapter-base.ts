import type { LaunchState, Report } from '../../src/tracking/adapter.ts';
import type { Interaction } from '../../src/tracking/interaction.ts';
import type { Field } from '../format/interactions.ts';
import { ScormSession, type ScormCalls } from './scorm-session.ts';

/** The element names that differ between the standards. */
export interface Elements {
  mode: string;
  entry: string;
  learnerId: string;
  location: string;
  exit: string;
}

/**
 * What both SCORM adapters share: the checked session, browse/review mode
 * (then nothing is written: Initialize, reads, Terminate only), the early
 * `exit = suspend`, interactions and objectives by id.
 */
export abstract class ScormAdapterBase {
  readonly session: ScormSession;
  protected reviewOnly = false;
  private interactionCount = 0;
  /** Interaction id -> index, for LMSs where interactions can be read (2004) and updated in place. */
  protected readonly interactionIndex = new Map<string, number>();
  private readonly objectiveIndex = new Map<string, number>();

  protected constructor(
    calls: ScormCalls,
    private readonly interactionFields: (interaction: Interaction) => Field[],
    private readonly elements: Elements,
    resendAfterRefusal: boolean,
  ) {
    this.session = new ScormSession(calls, resendAfterRefusal);
  }

  /** Opens the session and reads what the LMS holds: mode, learner, bookmark, suspend data, counts. */
  protected open(readInteractionIds: boolean): LaunchState {
    const s = this.session;
    if (!s.initialize()) throw new Error('the LMS refused to initialise');
    const mode = s.get(this.elements.mode);
    this.reviewOnly = mode === 'browse' || mode === 'review';
    this.interactionCount = Number(s.get('cmi.interactions._count')) || 0;
    if (readInteractionIds) {
      for (let n = 0; n < this.interactionCount; n += 1)
        this.interactionIndex.set(s.get(`cmi.interactions.${n}.id`), n);
    }
    const objectives = Number(s.get('cmi.objectives._count')) || 0;
    for (let n = 0; n < objectives; n += 1) this.objectiveIndex.set(s.get(`cmi.objectives.${n}.id`), n);
    const learner = s.get(this.elements.learnerId);
    return {
      // Kept whatever cmi.entry says: see the adapters' start() for why.
      suspendData: s.get('cmi.suspend_data').trim() || null,
      location: s.get(this.elements.location).trim() || null,
      reviewOnly: this.reviewOnly,
      entry: s.get(this.elements.entry),
      ...(learner ? { learnerId: learner } : {}),
    };
  }

  /**
   * Marks the attempt resumable at once (exit = suspend) unless reviewing:
   * if the learner's unload never reaches the LMS, the next launch still
   * resumes. Moodle 4.5 hands a 2004 SCO its data only after a stored
   * `cmi.exit = suspend` (mod/scorm/datamodels/scorm_13lib.php get_scorm_default).
   */
  protected suspendEarly(): void {
    if (!this.reviewOnly) this.session.set(this.elements.exit, 'suspend');
  }

  /** The index of an objective, writing its id first when the LMS does not have it yet. */
  protected objective(id: string): number {
    let n = this.objectiveIndex.get(id);
    if (n === undefined) {
      n = this.objectiveIndex.size;
      this.objectiveIndex.set(id, n);
      this.session.set(`cmi.objectives.${n}.id`, id);
    }
    return n;
  }

  /**
   * Writes an interaction. `inPlace`: at the index that already has its id
   * (2004, where interactions are read/write), else appended (1.2's journal).
   */
  protected writeInteraction(interaction: Interaction, inPlace: boolean): void {
    const existing = inPlace ? this.interactionIndex.get(interaction.id) : undefined;
    const n = existing ?? this.interactionCount++;
    if (inPlace) this.interactionIndex.set(interaction.id, n);
    for (const [element, value] of this.interactionFields(interaction)) {
      if (element === 'id' && existing !== undefined) continue; // RTE 4.2.9: an interaction's id cannot change
      this.session.set(`cmi.interactions.${n}.${element}`, value);
    }
  }

  commit(): boolean {
    if (this.reviewOnly) return true; // nothing was written
    return this.session.commit();
  }

  /** Bookmark and suspend data: the same in both standards but for the bookmark's name. */
  protected saveState(report: Report): void {
    if (report.location) this.session.set(this.elements.location, report.location);
    this.session.set('cmi.suspend_data', report.suspendData);
  }

  /** Exit mode, session time, commit, Terminate (in review mode Terminate only); true when the LMS confirmed. */
  protected end(report: Report, exitNormal: string, sessionTime: [string, string]): boolean {
    let committed = true;
    if (!this.reviewOnly) {
      this.saveState(report);
      this.session.set(this.elements.exit, report.standing.finished ? exitNormal : 'suspend');
      this.session.set(...sessionTime);
      committed = this.session.commit();
    }
    return this.session.terminate() && committed;
  }
}
