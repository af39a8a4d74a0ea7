import { defineExercise } from '../contract.ts';
import { check } from './check.ts';
import { readCodeData } from './data.ts';
import { ACTIVITY_ID, KEYS, OBJECTIVE } from './report.ts';

const slug = 'nasz-kodeks-etyki';

/** Nasz kodeks etyki: building a group's code of ethics and its mentoring agreement. */
export default defineExercise({
  id: 'code-of-ethics',
  activityId: ACTIVITY_ID,
  objective: OBJECTIVE,
  slug,
  title: 'Nasz kodeks etyki',
  summary: 'Ułóż kodeks etyki grupy i przygotuj umowę mentorską do druku.',
  lessons: ['first-session', 'ethics-communication'],
  stateKeys: () => [KEYS.checked],
  // The code and the agreement are the learner's own text.
  textPrefixes: [KEYS.code, KEYS.agreement],
  trainerMinutes: () => readCodeData().trainer.steps.reduce((sum, s) => sum + s.minutes, 0),
  sheets: () => [
    { file: `${slug}-karta`, kind: 'worksheet' },
    { file: `${slug}-klucz`, kind: 'key' },
  ],
  check: () => check(),
});
