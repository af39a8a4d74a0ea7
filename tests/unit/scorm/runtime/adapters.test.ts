import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, test } from 'vitest';
import { Scorm12Adapter } from '../../../../scorm/runtime/scorm12-adapter.ts';
import { Scorm2004Adapter } from '../../../../scorm/runtime/scorm2004-adapter.ts';
import type { Scorm12Api, Scorm2004Api } from '../../../../scorm/runtime/lms-api.ts';
import type { Report } from '../../../../src/tracking/adapter.ts';
import type { Interaction } from '../../../../src/tracking/interaction.ts';

const settings = { autocommit: false, lmsCommitUrl: false, logLevel: 5 } as const;

const report = (over: Partial<Report['standing']> = {}, finished = false): Report => ({
  standing: {
    lessonStatus: over.success && over.success !== 'unknown' ? over.success : 'incomplete',
    completion: 'incomplete',
    success: 'unknown',
    progressMeasure: 0.5,
    finished,
    ...over,
  },
  location: 'roles',
  suspendData: 'N4IgdghgtgpiBcIDKBLAdgOgDYEsC2A',
  outcomes: [{ id: 'lo1', result: { scaled: 0.9, passed: true } }, { id: 'lo2' }],
});

const interaction: Interaction = {
  id: 'q-lo1-01',
  objective: 'lo1',
  description: 'Czym jest samozatrudnienie?',
  response: {
    kind: 'matching',
    pairs: [
      ['p1', 'p2'],
      ['p2', 'p1'],
    ],
  },
  correct: {
    kind: 'matching',
    pairs: [
      ['p1', 'p1'],
      ['p2', 'p2'],
    ],
  },
  result: 'incorrect',
  weighting: 1,
  latencyMs: 4321,
  timestamp: new Date(),
};

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- scorm-again's JSON shape
const cmiOf = (api: { renderCMIToJSONObject(): unknown }) => (api.renderCMIToJSONObject() as { cmi: Json }).cmi;

describe('Scorm12Adapter against scorm-again', () => {
  test('writes status, score, objectives, an interaction, exit and session time with no value refused', () => {
    const api = new Scorm12API({ ...settings });
    api.loadFromJSON({ student_data: { mastery_score: '70' } }, '');
    const adapter = new Scorm12Adapter(api as unknown as Scorm12Api);
    expect(adapter.start()).toMatchObject({ suspendData: null, reviewOnly: false, masteryScore: 70 });
    adapter.save(report());
    adapter.addInteraction(interaction);
    adapter.save(report({ success: 'passed', scorePercent: 85 }));
    expect(adapter.commit()).toBe(true);
    adapter.finish(report({ success: 'passed', scorePercent: 85, completion: 'completed' }, true), 3_723_450);
    expect(adapter.session.rejections).toEqual([]);
    const cmi = cmiOf(api);
    expect(cmi['core']).toMatchObject({
      lesson_status: 'passed',
      lesson_location: 'roles',
      exit: '',
      session_time: expect.stringMatching(/^0*1:02:03\.45$/), // scorm-again trims the hours' padding
    });
    expect(cmi['core'].score).toMatchObject({ raw: '85', min: '0', max: '100' });
    expect(cmi['objectives']['0']).toMatchObject({ id: 'lo1', status: 'passed', score: { raw: '90' } });
    expect(cmi['objectives']['1']).toMatchObject({ id: 'lo2' });
    expect(cmi['interactions']['0']).toMatchObject({
      id: 'q-lo1-01',
      type: 'matching',
      student_response: 'p1.p2,p2.p1',
      result: 'wrong',
    });
  });

  test('resumes: reads suspend data and bookmark, appends interactions after those stored', () => {
    const api = new Scorm12API({ ...settings });
    api.loadFromJSON(
      {
        core: { entry: 'resume', lesson_location: 'stages', lesson_status: 'incomplete' },
        suspend_data: 'abc',
        interactions: { '0': { id: 'old', type: 'choice', student_response: 'a', result: 'correct' } },
        objectives: { '0': { id: 'lo2' } },
      },
      '',
    );
    const adapter = new Scorm12Adapter(api as unknown as Scorm12Api);
    expect(adapter.start()).toMatchObject({ suspendData: 'abc', location: 'stages' });
    adapter.addInteraction(interaction);
    adapter.save(report());
    const cmi = cmiOf(api);
    expect(cmi['interactions']['1'].id).toBe('q-lo1-01');
    expect(cmi['objectives']['0'].id).toBe('lo2');
    expect(cmi['objectives']['1'].id).toBe('lo1');
    expect(adapter.session.rejections).toEqual([]);
  });

  test('marks the attempt resumable at launch (exit = suspend) before anything else happens', () => {
    const api = new Scorm12API({ ...settings });
    const adapter = new Scorm12Adapter(api as unknown as Scorm12Api);
    adapter.start();
    expect(cmiOf(api)['core']).toMatchObject({ exit: 'suspend', lesson_status: 'incomplete' });
  });

  for (const mode of ['browse', 'review']) {
    test(`in ${mode} mode writes nothing at all: no status, data, bookmark, exit, time or interaction`, () => {
      const api = new Scorm12API({ ...settings });
      api.loadFromJSON({ core: { lesson_mode: mode, lesson_status: 'passed' }, suspend_data: 'abc' }, '');
      const adapter = new Scorm12Adapter(api as unknown as Scorm12Api);
      expect(adapter.start()).toMatchObject({ reviewOnly: true, suspendData: 'abc' });
      adapter.save(report({ success: 'passed', scorePercent: 90 }));
      adapter.addInteraction(interaction);
      adapter.addActivity('ex-roles', [interaction], { score: 1, max: 2 });
      adapter.finish(report(), 5000);
      const cmi = cmiOf(api);
      // scorm-again's own defaults: nothing of ours.
      expect(cmi['core']).toMatchObject({
        lesson_status: 'passed',
        exit: '',
        lesson_location: '',
        session_time: '00:00:00',
      });
      expect(cmi['suspend_data']).toBe('abc');
      expect(cmi['core'].score.raw).toBe('');
      expect(Object.keys(cmi['interactions'])).toHaveLength(0);
    });
  }
});

describe('Scorm2004Adapter against scorm-again', () => {
  test('writes completion, success, scaled score, progress, objectives, an interaction and exit with no value refused', () => {
    const api = new Scorm2004API({ ...settings });
    api.loadFromJSON({ scaled_passing_score: '0.8' }, '');
    const adapter = new Scorm2004Adapter(api as unknown as Scorm2004Api);
    expect(adapter.start()).toMatchObject({ masteryScore: 80 });
    adapter.save(report());
    adapter.addInteraction(interaction);
    adapter.finish(report({ success: 'failed', scorePercent: 45, progressMeasure: 0.75 }), 61_500);
    expect(adapter.session.rejections).toEqual([]);
    const cmi = cmiOf(api);
    expect(cmi).toMatchObject({
      completion_status: 'incomplete',
      success_status: 'failed',
      progress_measure: '0.75',
      location: 'roles',
      exit: 'suspend',
      session_time: 'PT1M1.5S',
    });
    expect(cmi['score']).toMatchObject({ scaled: '0.45', raw: '45' });
    expect(cmi['objectives']['0']).toMatchObject({ id: 'lo1', success_status: 'passed', score: { scaled: '0.9' } });
    expect(cmi['interactions']['0']).toMatchObject({
      type: 'matching',
      learner_response: 'p1[.]p2[,]p2[.]p1',
      result: 'incorrect',
      latency: 'PT4.32S',
    });
  });

  test("keeps suspend data handed back with entry ab-initio (this attempt's own: a new attempt has none)", () => {
    const api = new Scorm2004API({ ...settings });
    api.loadFromJSON({ entry: 'ab-initio', suspend_data: 'abc', location: 'roles' }, '');
    const adapter = new Scorm2004Adapter(api as unknown as Scorm2004Api);
    expect(adapter.start()).toMatchObject({ suspendData: 'abc', location: 'roles', entry: 'ab-initio' });
  });

  test('records the final assessment by question slot, exercises as one summary each, practice not at all', () => {
    const api = new Scorm2004API({ ...settings });
    const adapter = new Scorm2004Adapter(api as unknown as Scorm2004Api);
    adapter.start();
    adapter.addInteraction({ ...interaction, source: 'practice' });
    adapter.addInteraction({ ...interaction, source: 'assessment', slot: 0 });
    adapter.addInteraction({ ...interaction, id: 'q-lo2-03', source: 'assessment', slot: 0 }); // a retake
    const item = { ...interaction, id: 'ex-roles-s01', source: 'exercise' as const, result: 'correct' as const };
    adapter.addActivity('ex-roles', [item, { ...item, id: 'ex-roles-s02' }], { score: 1, max: 2 });
    adapter.addActivity('ex-roles', [item], { score: 2, max: 2 }); // checked again: updated in place
    adapter.addActivity('quiz-lo1', [{ ...interaction, source: 'practice' }], { score: 1, max: 1 });
    expect(adapter.session.rejections).toEqual([]);
    const interactions = cmiOf(api)['interactions'];
    expect(Object.keys(interactions)).toHaveLength(2);
    expect(interactions['0']).toMatchObject({ id: 'final-01', description: expect.stringMatching(/^q-lo2-03: /) });
    expect(interactions['1']).toMatchObject({ id: 'ex-roles', type: 'other', result: '1' });
  });

  test('sends learner text without line breaks (Moodle refuses them in 2004 responses)', () => {
    const api = new Scorm2004API({ ...settings });
    const adapter = new Scorm2004Adapter(api as unknown as Scorm2004Api);
    adapter.start();
    const { correct: _none, ...withoutKey } = interaction; // eslint-disable-line @typescript-eslint/no-unused-vars -- dropped on purpose
    adapter.addInteraction({
      ...withoutKey,
      description: 'Kodeks\ngrupy',
      response: { kind: 'long-fill-in', text: 'Szanujemy czas.\nDotrzymujemy tajemnicy.\r\nMówimy szczerze.' },
      result: 'neutral',
    });
    expect(adapter.session.rejections).toEqual([]);
    expect(cmiOf(api)['interactions']['0'].learner_response).toBe(
      'Szanujemy czas. / Dotrzymujemy tajemnicy. / Mówimy szczerze.',
    );
  });

  test('exits normally once finished', () => {
    const api = new Scorm2004API({ ...settings });
    const adapter = new Scorm2004Adapter(api as unknown as Scorm2004Api);
    adapter.start();
    adapter.finish(
      report({ completion: 'completed', success: 'passed', scorePercent: 100, progressMeasure: 1 }, true),
      1000,
    );
    expect(cmiOf(api)).toMatchObject({ exit: 'normal', completion_status: 'completed', success_status: 'passed' });
    expect(adapter.session.rejections).toEqual([]);
  });
});
