import type { LaunchState, Report, TrackingAdapter } from '../../src/tracking/adapter.ts';
import type { Interaction } from '../../src/tracking/interaction.ts';
import { scorm2004InteractionFields, summaryInteraction } from '../format/interactions.ts';
import { scorm2004Duration } from '../format/time.ts';
import type { Scorm2004Api } from './lms-api.ts';
import { ScormAdapterBase } from './scorm-adapter-base.ts';

const decimal = (n: number) => String(Math.round(n * 10000) / 10000);

/** The tracking adapter for SCORM 2004 4th edition (cmi.*). */
export class Scorm2004Adapter extends ScormAdapterBase implements TrackingAdapter {
  readonly kind = 'scorm2004';
  // SCORM 2004 RTE 4.2.23: cmi.suspend_data holds at least 64000 characters (SPM).
  readonly suspendLimit = 64000;

  constructor(api: Scorm2004Api) {
    super(
      {
        initialize: () => api.Initialize('') === 'true',
        terminate: () => api.Terminate('') === 'true',
        get: (e) => api.GetValue(e),
        set: (e, v) => api.SetValue(e, v) === 'true',
        commit: () => api.Commit('') === 'true',
        lastError: () => String(api.GetLastError()),
        errorString: (c) => api.GetErrorString(c),
      },
      scorm2004InteractionFields,
      { mode: 'cmi.mode', entry: 'cmi.entry', learnerId: 'cmi.learner_id', location: 'cmi.location', exit: 'cmi.exit' },
      false,
    );
  }

  /**
   * Suspend data is kept even when cmi.entry is `ab-initio`. RTE 4.2.8: ab-initio
   * begins a new learner attempt, and a new attempt starts from a new data model
   * whose cmi.suspend_data is empty (RTE 4.2.24): data handed back can only be
   * this attempt's own. Moodle 4.5 says ab-initio whenever no `cmi.exit =
   * suspend` was stored (scorm_13lib.php get_scorm_default), e.g. after an
   * unload whose Terminate never arrived; throwing the data away then, and
   * overwriting it with the next save, lost learners' progress.
   */
  start(): LaunchState {
    const state = this.open(true);
    const s = this.session;
    if (!this.reviewOnly && s.get('cmi.completion_status') === 'unknown') {
      s.set('cmi.completion_status', 'incomplete');
    }
    this.suspendEarly();
    const passing = s.get('cmi.scaled_passing_score');
    if (passing !== '' && Number.isFinite(Number(passing))) state.masteryScore = Number(passing) * 100;
    return state;
  }

  save(report: Report): void {
    if (this.reviewOnly) return;
    const s = this.session;
    this.saveState(report);
    const { standing } = report;
    s.set('cmi.completion_status', standing.completion);
    s.set('cmi.success_status', standing.success);
    s.set('cmi.progress_measure', decimal(standing.progressMeasure));
    if (standing.scorePercent !== undefined) {
      s.set('cmi.score.scaled', decimal(standing.scorePercent / 100));
      s.set('cmi.score.raw', decimal(standing.scorePercent));
      s.set('cmi.score.min', '0');
      s.set('cmi.score.max', '100');
    }
    for (const { id, result } of report.outcomes) {
      const n = this.objective(id);
      if (!result) continue;
      s.set(`cmi.objectives.${n}.score.scaled`, decimal(result.scaled));
      s.set(`cmi.objectives.${n}.score.raw`, decimal(result.scaled * 100));
      s.set(`cmi.objectives.${n}.success_status`, result.passed ? 'passed' : 'failed');
      s.set(`cmi.objectives.${n}.completion_status`, 'completed');
    }
  }

  /**
   * What of the learner's answers the LMS keeps, sized for Moodle 4.5, which
   * re-sends every interaction on every 2004 commit and sends the last one by
   * navigator.sendBeacon (at most 64 KiB): the final assessment's answers,
   * one per question slot of the latest attempt (the question's id leads the
   * description); one summary per exercise check; practice answers stay in
   * suspend data and reach the LMS through the objectives. `npm run bench`
   * prints the resulting commit sizes.
   */
  addInteraction(interaction: Interaction): void {
    if (this.reviewOnly || interaction.source === 'practice') return;
    if (interaction.source === 'assessment' && interaction.slot !== undefined) {
      const slot = String(interaction.slot + 1).padStart(2, '0');
      const description = `${interaction.id}: ${interaction.description ?? ''}`;
      this.writeInteraction({ ...interaction, id: `final-${slot}`, description }, true);
      return;
    }
    this.writeInteraction(interaction, true);
  }

  /** An exercise check: one summary interaction per exercise, updated in place; practice quizzes: none. */
  addActivity(activity: string, items: Interaction[], score: { score: number; max: number }): void {
    if (this.reviewOnly || items.length === 0 || items[0]!.source === 'practice') return;
    this.writeInteraction(summaryInteraction(activity, items, score), true);
  }

  finish(report: Report, sessionMs: number): boolean {
    this.save(report);
    return this.end(report, 'normal', ['cmi.session_time', scorm2004Duration(sessionMs)]);
  }
}
