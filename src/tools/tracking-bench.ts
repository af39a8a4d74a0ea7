import { beaconBytes, BEACON_LIMIT } from '../../scorm/preview/moodle.ts';
import type { Interaction } from '../tracking/interaction.ts';
import type { Progress } from '../tracking/progress.ts';
import { encodeProgress, encodeWithin, isText } from '../tracking/suspend-data.ts';
import { rulesFromFiles } from '../utils/build-rules.ts';
import { fullCourseProgress } from './full-course-progress.ts';
import { runFullCourse } from './full-course-run.ts';
import { moodleSession } from './moodle-run.ts';

// `npm run bench`, tracking part: how big the learner's state is in each
// standard, and what Moodle 4.5 would send for a whole course in 2004.

const rules = rulesFromFiles();
const envelope = { token: 'k3j9x2', seq: 1234 };

/** A learner halfway: half the lessons read, one exercise, two practice quizzes. */
function typical(full: Progress): Progress {
  const half = Math.ceil(full.read.length / 2);
  const keep = (key: string) => /^(q-lo[12]-|quiz-lo[12]|ex-roles)/.test(key);
  return {
    ...full,
    visited: full.visited.slice(0, half + 1),
    read: full.read.slice(0, half),
    activities: Object.fromEntries(Object.entries(full.activities).filter(([id]) => keep(id))),
    outcomes: Object.fromEntries(Object.entries(full.outcomes).slice(0, 2)),
    answers: Object.fromEntries(Object.entries(full.answers).filter(([key]) => keep(key))),
  };
}

/** A very verbose learner: a full course plus every journal prompt answered at length. */
function worst(full: Progress): Progress {
  const answers = { ...full.answers };
  const words = 'grupa mentor spotkanie cel zadanie pomysł klient plan zmiana czas'.split(' ');
  for (const lesson of full.read)
    for (const n of [1, 2, 3])
      answers[`j.${lesson}.${n}`] = Array.from({ length: 70 }, (_, i) => words[(i * 7 + n + lesson.length) % 10]).join(
        ' ',
      );
  return { ...full, answers };
}

const withoutText = (p: Progress): Progress => ({
  ...p,
  answers: Object.fromEntries(Object.entries(p.answers).filter(([key]) => !isText(rules.layout, key))),
});

/** Prints suspend data sizes (1.2 and 2004) and the 2004 commit Moodle would send for a whole course. */
export function benchTracking(): void {
  const full = fullCourseProgress();
  console.log('suspend_data (characters; SCORM 1.2 holds 4096, 2004 64000):');
  for (const [name, p] of [
    ['typical (half the course)', typical(full)],
    ['full course', full],
    ['worst case (full + a long journal)', worst(full)],
  ] as const) {
    const all = encodeProgress(p, rules.layout, envelope).length;
    const structured = encodeProgress(withoutText(p), rules.layout, envelope).length;
    const fit12 = encodeWithin(p, rules.layout, envelope, 4096);
    const kept = fit12.omitted.length ? `, ${fit12.omitted.length} text(s) kept on the device` : '';
    console.log(
      `    ${name.padEnd(36)} 1.2 ${String(fit12.data.length).padStart(5)}${kept}; 2004 ${String(all).padStart(5)}; without free text ${structured}`,
    );
  }
  console.log('SCORM 2004 in Moodle 4.5: the whole data model each commit sends (a full course):');
  for (const [name, variant] of [
    ['this course', undefined],
    ['one interaction per answer (the first release)', perAnswer],
  ] as const) {
    const session = moodleSession('2004', rules, { tracker: { retries: 0 } });
    if (variant) variant(session.adapter as unknown as Record<string, unknown>);
    session.tracker.start();
    runFullCourse(session.tracker);
    session.tracker.exit();
    const tracks = session.stored()?.tracks ?? {};
    const interactions = Object.keys(tracks).filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k)).length;
    const bytes = beaconBytes(Object.entries(tracks));
    const form = Object.entries(tracks).reduce((n, [k, v]) => n + k.length + encodeURIComponent(v).length + 2, 0);
    const verdict = bytes > BEACON_LIMIT ? 'over the 64 KiB beacon: the unload commit is refused' : 'fits the beacon';
    console.log(
      `    ${name.padEnd(48)} beacon ${(bytes / 1024).toFixed(1)} KiB (as a form post ${(form / 1024).toFixed(1)} KiB), ${interactions} interactions: ${verdict}`,
    );
  }
}

/** The first release's 2004 policy, for comparison: every answer and item appended, long descriptions. */
function perAnswer(adapter: Record<string, unknown>): void {
  const write = (adapter['writeInteraction'] as (i: Interaction, inPlace: boolean) => void).bind(adapter);
  adapter['addInteraction'] = (i: Interaction) =>
    write(Object.fromEntries(Object.entries(i).filter(([k]) => k !== 'source')) as unknown as Interaction, false);
  adapter['addActivity'] = (_: string, items: Interaction[]) => items.forEach((i) => write(i, false));
}
