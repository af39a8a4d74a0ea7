import type { LaunchState, Report, TrackingAdapter } from '../../src/tracking/adapter.ts';
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
    );
  }

  start(): LaunchState {
    const s = this.session;
    this.open('cmi.core.lesson_mode');
    const entry = s.get('cmi.core.entry');
    // Moodle marks an attempt completed at LMSFinish when the SCO never set a status: always set our own.
    if (!this.reviewOnly && s.get('cmi.core.lesson_status') === 'not attempted') {
      s.set('cmi.core.lesson_status', 'incomplete');
    }
    const mastery = s.get('cmi.student_data.mastery_score');
    const state: LaunchState = {
      suspendData: entry === 'ab-initio' ? null : s.get('cmi.suspend_data') || null,
      location: s.get('cmi.core.lesson_location') || null,
      reviewOnly: this.reviewOnly,
    };
    if (mastery !== '' && Number.isFinite(Number(mastery))) state.masteryScore = Number(mastery);
    return state;
  }

  save(report: Report): void {
    const s = this.session;
    if (report.location) s.set('cmi.core.lesson_location', report.location);
    s.set('cmi.suspend_data', report.suspendData);
    if (this.reviewOnly) return;
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

  finish(report: Report, sessionMs: number): void {
    this.save(report);
    this.session.set('cmi.core.exit', report.finished ? '' : 'suspend');
    this.session.set('cmi.core.session_time', scorm12Timespan(sessionMs));
    this.session.commit();
    this.session.terminate();
  }
}
