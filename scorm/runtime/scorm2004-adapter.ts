import type { LaunchState, Report, TrackingAdapter } from '../../src/tracking/adapter.ts';
import { scorm2004InteractionFields } from '../format/interactions.ts';
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
    );
  }

  start(): LaunchState {
    const s = this.session;
    this.open('cmi.mode');
    const entry = s.get('cmi.entry');
    if (!this.reviewOnly && s.get('cmi.completion_status') === 'unknown') {
      s.set('cmi.completion_status', 'incomplete');
    }
    const passing = s.get('cmi.scaled_passing_score');
    const state: LaunchState = {
      suspendData: entry === 'ab-initio' ? null : s.get('cmi.suspend_data') || null,
      location: s.get('cmi.location') || null,
      reviewOnly: this.reviewOnly,
    };
    if (passing !== '' && Number.isFinite(Number(passing))) state.masteryScore = Number(passing) * 100;
    return state;
  }

  save(report: Report): void {
    const s = this.session;
    if (report.location) s.set('cmi.location', report.location);
    s.set('cmi.suspend_data', report.suspendData);
    if (this.reviewOnly) return;
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
      s.set(`cmi.objectives.${n}.score.min`, '0');
      s.set(`cmi.objectives.${n}.score.max`, '100');
      s.set(`cmi.objectives.${n}.success_status`, result.passed ? 'passed' : 'failed');
      s.set(`cmi.objectives.${n}.completion_status`, 'completed');
    }
  }

  finish(report: Report, sessionMs: number): void {
    this.save(report);
    this.session.set('cmi.exit', report.finished ? 'normal' : 'suspend');
    this.session.set('cmi.session_time', scorm2004Duration(sessionMs));
    this.session.commit();
    this.session.terminate();
  }
}
