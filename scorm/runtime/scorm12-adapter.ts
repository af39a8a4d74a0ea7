import type { LaunchState, Report, TrackingAdapter } from '../../src/tracking/adapter.ts';
import type { Interaction } from '../../src/tracking/interaction.ts';
import { scorm12InteractionFields } from '../format/interactions.ts';
import { scorm12Timespan } from '../format/time.ts';
import type { Scorm12Api } from './lms-api.ts';
import { ScormAdapterBase } from './scorm-adapter-base.ts';

/** The tracking adapter for SCORM 1.2 (cmi.core.*). */
export class Scorm12Adapter extends ScormAdapterBase implements TrackingAdapter {
  readonly kind = 'scorm12';
  // SCORM 1.2 RTE 3.4.4: cmi.suspend_data is CMIString4096.
  readonly suspendLimit = 4096;

  constructor(api: Scorm12Api) {
    super(
      {
        initialize: () => api.LMSInitialize('') === 'true',
        terminate: () => api.LMSFinish('') === 'true',
        get: (e) => api.LMSGetValue(e),
        set: (e, v) => api.LMSSetValue(e, v) === 'true',
        commit: () => api.LMSCommit('') === 'true',
        lastError: () => String(api.LMSGetLastError()),
        errorString: (c) => api.LMSGetErrorString(c),
      },
      scorm12InteractionFields,
      {
        mode: 'cmi.core.lesson_mode',
        entry: 'cmi.core.entry',
        learnerId: 'cmi.core.student_id',
        location: 'cmi.core.lesson_location',
        exit: 'cmi.core.exit',
      },
      // Moodle's 1.2 runtime marks values sent before the request succeeds: resend after a refusal.
      true,
    );
  }

  /**
   * Interactions are write-only in 1.2 (RTE 3.4.2: a journal), so they are
   * appended, never read back. `entry` is not used to throw suspend data
   * away: an LMS hands back what this attempt stored (Moodle 4.5 loads every
   * track of the attempt whatever the entry, scorm_12lib.php get_scorm_default).
   */
  start(): LaunchState {
    const state = this.open(false);
    const s = this.session;
    // Moodle marks an attempt completed at LMSFinish when the SCO never set a status: always set our own.
    if (!this.reviewOnly && s.get('cmi.core.lesson_status') === 'not attempted') {
      s.set('cmi.core.lesson_status', 'incomplete');
    }
    this.suspendEarly();
    const mastery = s.get('cmi.student_data.mastery_score');
    if (mastery !== '' && Number.isFinite(Number(mastery))) state.masteryScore = Number(mastery);
    return state;
  }

  save(report: Report): void {
    if (this.reviewOnly) return;
    const s = this.session;
    this.saveState(report);
    const { standing } = report;
    s.set('cmi.core.lesson_status', standing.lessonStatus);
    if (standing.scorePercent !== undefined) {
      s.set('cmi.core.score.raw', String(Math.round(standing.scorePercent)));
      s.set('cmi.core.score.min', '0');
      s.set('cmi.core.score.max', '100');
    }
    for (const { id, result } of report.outcomes) {
      const n = this.objective(id);
      if (!result) continue;
      s.set(`cmi.objectives.${n}.score.raw`, String(Math.round(result.scaled * 100)));
      s.set(`cmi.objectives.${n}.score.min`, '0');
      s.set(`cmi.objectives.${n}.score.max`, '100');
      s.set(`cmi.objectives.${n}.status`, result.passed ? 'passed' : 'failed');
    }
  }

  /** Every answer, as the 1.2 journal of interactions. */
  addInteraction(interaction: Interaction): void {
    if (!this.reviewOnly) this.writeInteraction(interaction, false);
  }

  /** Every item of an exercise or quiz check, appended to the journal. */
  addActivity(...[, items]: [string, Interaction[], { score: number; max: number }]): void {
    for (const item of items) this.addInteraction(item);
  }

  finish(report: Report, sessionMs: number): boolean {
    this.save(report);
    return this.end(report, '', ['cmi.core.session_time', scorm12Timespan(sessionMs)]);
  }
}
