import type { Interaction } from '../../src/tracking/interaction.ts';
import type { Field } from '../format/interactions.ts';
import { ScormSession, type ScormCalls } from './scorm-session.ts';

/**
 * What both SCORM adapters share: the checked session, browse/review mode,
 * appending interactions after those the LMS already holds, and objectives
 * looked up by id (an attempt resumed in the LMS keeps their order).
 */
export abstract class ScormAdapterBase {
  readonly session: ScormSession;
  protected reviewOnly = false;
  private interactionCount = 0;
  private readonly objectiveIndex = new Map<string, number>();

  protected constructor(
    calls: ScormCalls,
    private readonly interactionFields: (interaction: Interaction) => Field[],
  ) {
    this.session = new ScormSession(calls);
  }

  /** Opens the session and reads what the LMS already holds: launch mode, counts, objective ids. */
  protected open(modeElement: string): void {
    if (!this.session.initialize()) throw new Error('the LMS refused to initialise');
    const mode = this.session.get(modeElement);
    this.reviewOnly = mode === 'browse' || mode === 'review';
    this.interactionCount = Number(this.session.get('cmi.interactions._count')) || 0;
    const objectives = Number(this.session.get('cmi.objectives._count')) || 0;
    for (let n = 0; n < objectives; n += 1) this.objectiveIndex.set(this.session.get(`cmi.objectives.${n}.id`), n);
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

  addInteraction(interaction: Interaction): void {
    if (this.reviewOnly) return;
    const n = this.interactionCount;
    this.interactionCount += 1;
    for (const [element, value] of this.interactionFields(interaction)) {
      this.session.set(`cmi.interactions.${n}.${element}`, value);
    }
  }

  commit(): boolean {
    return this.session.commit();
  }
}
