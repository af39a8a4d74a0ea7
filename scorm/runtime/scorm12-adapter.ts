import type { LaunchState, Report, TrackingAdapter } from '../../src/tracking/adapter.ts';
import type { Interaction } from '../../src/tracking/interaction.ts';
import { scorm12InteractionFields } from '../format/interactions.ts';
import { scorm12Timespan } from '../format/time.ts';
import type { Scorm12Api } from './lms-api.ts';
import { ScormSession } from './scorm-session.ts';

/** The tracking adapter for SCORM 1.2 (cmi.core.*). */
export class Scorm12Adapter implements TrackingAdapter {
  readonly kind = 'scorm12';
  // SCORM 1.2 RTE 3.4.4: cmi.suspend_data is CMIString4096.
  readonly suspendLimit = 4096;
  readonly session: ScormSession;
  private reviewOnly = false;
  private interactionCount = 0;
  private objectiveIndex = new Map<string, number>();

  constructor(api: Scorm12Api) {
    this.session = new ScormSession({
      initialize: () => api.LMSInitialize('') === 'true',
      terminate: () => api.LMSFinish('') === 'true',
      get: (e) => api.LMSGetValue(e),
      set: (e, v) => api.LMSSetValue(e, v) === 'true',
      commit: () => api.LMSCommit('') === 'true',
      lastError: () => String(api.LMSGetLastError()),
      errorString: (c) => api.LMSGetErrorString(c),
    });
  }

  start(): LaunchState {
    if (!this.session.initialize()) throw new Error('LMSInitialize refused');
    const s = this.session;
    const entry = s.get('cmi.core.entry');
    const mode = s.get('cmi.core.lesson_mode');
    this.reviewOnly = mode === 'browse' || mode === 'review';
    this.interactionCount = Number(s.get('cmi.interactions._count')) || 0;
    const objectives = Number(s.get('cmi.objectives._count')) || 0;
    for (let n = 0; n < objectives; n += 1) this.objectiveIndex.set(s.get(`cmi.objectives.${n}.id`), n);
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

  private objective(id: string): number {
    let n = this.objectiveIndex.get(id);
    if (n === undefined) {
      n = this.objectiveIndex.size;
      this.objectiveIndex.set(id, n);
      this.session.set(`cmi.objectives.${n}.id`, id);
    }
    return n;
  }

  save(report: Report): void {
    const s = this.session;
    if (report.location) s.set('cmi.core.lesson_location', report.location);
    s.set('cmi.suspend_data', report.suspendData);
    if (this.reviewOnly) return;
    const { standing } = report;
    const status = standing.success !== 'unknown' ? standing.success : standing.completed ? 'completed' : 'incomplete';
    s.set('cmi.core.lesson_status', status);
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

  addInteraction(interaction: Interaction): void {
    if (this.reviewOnly) return;
    const n = this.interactionCount;
    this.interactionCount += 1;
    for (const [element, value] of scorm12InteractionFields(interaction)) {
      this.session.set(`cmi.interactions.${n}.${element}`, value);
    }
  }

  commit(): boolean {
    return this.session.commit();
  }

  finish(report: Report, sessionMs: number): void {
    this.save(report);
    this.session.set('cmi.core.exit', report.finished ? '' : 'suspend');
    this.session.set('cmi.core.session_time', scorm12Timespan(sessionMs));
    this.session.commit();
    this.session.terminate();
  }
}
