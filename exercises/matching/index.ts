import { defineExercise } from '../contract.ts';
import { check } from './check.ts';
import { loadMatching } from './data.ts';
import { OBJECTIVE } from './interactions.ts';

const slug = 'dobierz-pary-i-grupy';
const activityId = 'ex-matching';

/** Dobierz pary i grupy: forming pairs and groups, compared with the exact best assignment. */
export default defineExercise({
  id: 'matching',
  activityId,
  objective: OBJECTIVE,
  slug,
  title: 'Dobierz pary i grupy',
  summary: 'Połącz podopiecznych z mentorami i porównaj swój wybór z najlepszym możliwym.',
  lessons: ['matching'],
  // saved.ts: one key of choices per scenario; the reasons (`:why:`) are learner text.
  stateKeys: () => loadMatching().scenarios.map((s) => `${activityId}:${s.id}`),
  textPrefixes: [`${activityId}:why:`],
  trainerMinutes: () => loadMatching().trainer.steps.reduce((sum, s) => sum + s.minutes, 0),
  // Each scenario prints on its own.
  sheets: () =>
    loadMatching().scenarios.flatMap((s) => [
      { file: `${slug}-karta-${s.id}`, kind: 'worksheet' as const, variant: { id: s.id, title: s.title } },
      { file: `${slug}-klucz-${s.id}`, kind: 'key' as const, variant: { id: s.id, title: s.title } },
    ]),
  check: () => check(),
});
