import { defineExercise } from '../contract.ts';
import { check } from './check.ts';
import { loadRolesData } from './data.ts';
import { ACTIVITY_ID, OBJECTIVE } from './interactions.ts';

const slug = 'kto-za-co-odpowiada';

/** Kto za co odpowiada? Sorting statements of responsibility into manager / mentor / mentee. */
export default defineExercise({
  id: 'roles',
  activityId: ACTIVITY_ID,
  objective: OBJECTIVE,
  slug,
  title: 'Kto za co odpowiada?',
  summary: 'Przypisz zadania kierownikowi, mentorowi i podopiecznemu.',
  lessons: ['roles'],
  // sort-state.svelte.ts KEYS: placements, round, checked.
  stateKeys: () => [`${ACTIVITY_ID}:p`, `${ACTIVITY_ID}:r`, `${ACTIVITY_ID}:c`],
  textPrefixes: [],
  trainerMinutes: () => loadRolesData().trainer.steps.reduce((sum, s) => sum + s.minutes, 0),
  sheets: () => [
    { file: `${slug}-karta`, kind: 'worksheet' },
    { file: `${slug}-klucz`, kind: 'key' },
  ],
  check: () => check(),
});
