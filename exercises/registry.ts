/** The course's exercises: their tracking ids, page names and the lesson they belong to. */
export interface ExerciseEntry {
  /** Folder under exercises/. */
  id: 'roles' | 'matching' | 'code-of-ethics';
  /** Tracking id of the activity (SCORM interactions are prefixed with it). */
  activityId: string;
  /** Page name under /cwiczenia/ and /trener/ (Polish, ASCII). */
  slug: string;
  /** Title as learners see it. */
  title: string;
  /** One sentence for lists. */
  summary: string;
  /** Ids of the lessons after which the exercise is offered. */
  lessons: string[];
}

export const EXERCISES: ExerciseEntry[] = [
  {
    id: 'roles',
    activityId: 'ex-roles',
    slug: 'kto-za-co-odpowiada',
    title: 'Kto za co odpowiada?',
    summary: 'Przypisz zadania kierownikowi, mentorowi i podopiecznemu.',
    lessons: ['roles'],
  },
  {
    id: 'matching',
    activityId: 'ex-matching',
    slug: 'dobierz-pary-i-grupy',
    title: 'Dobierz pary i grupy',
    summary: 'Połącz podopiecznych z mentorami i porównaj swój wybór z najlepszym możliwym.',
    lessons: ['matching'],
  },
  {
    id: 'code-of-ethics',
    activityId: 'ex-code-of-ethics',
    slug: 'nasz-kodeks-etyki',
    title: 'Nasz kodeks etyki',
    summary: 'Ułóż kodeks etyki grupy i przygotuj umowę mentorską do druku.',
    lessons: ['first-session', 'ethics-communication'],
  },
];

/** The learner's page of an exercise (root-absolute). Trainer pages: src/trainer/urls.ts. */
export function exerciseHrefs(slug: string) {
  return { page: `/cwiczenia/${slug}.html` };
}
