/**
 * The learner's progress: everything needed to resume exactly where they
 * were (suspend data) and to report to an LMS. Pure data and pure updates;
 * no storage, no SCORM.
 */

/** Result of one exercise or quiz (an "activity"), as the learner last left it. */
export interface ActivityResult {
  /** Points scored. */
  score: number;
  /** Points possible. */
  max: number;
  /** Number of attempts so far. */
  attempts: number;
}

/** Result of one learning outcome (a SCORM objective). */
export interface OutcomeResult {
  /** Share of the outcome's points, 0..1. */
  scaled: number;
  /** Whether the outcome is met (scaled >= mastery). */
  passed: boolean;
}

/** The final assessment's best attempt. */
export interface AssessmentResult {
  /** Best percentage, 0..100. */
  percent: number;
  passed: boolean;
  attempts: number;
}

export interface Progress {
  /** Lesson ids opened, in first-visit order. */
  visited: string[];
  /** Lesson ids read to the end (the key takeaways reached), in order. */
  read: string[];
  /** Bookmark: the lesson id (or page) the learner was on. */
  location?: string;
  /** Exercise and quiz results by activity id. */
  activities: Record<string, ActivityResult>;
  /** Per-outcome results by outcome id. */
  outcomes: Record<string, OutcomeResult>;
  /** Learner answers and drafts by item id: compact strings an activity knows how to read. */
  answers: Record<string, string>;
  /** The final assessment, once taken. */
  assessment?: AssessmentResult;
}

/** A progress record with nothing done. */
export function emptyProgress(): Progress {
  return { visited: [], read: [], activities: {}, outcomes: {}, answers: {} };
}

export function visitLesson(progress: Progress, lessonId: string): Progress {
  const visited = progress.visited.includes(lessonId) ? progress.visited : [...progress.visited, lessonId];
  return { ...progress, visited, location: lessonId };
}

/** Marks a lesson read to its end (and visited). */
export function readLesson(progress: Progress, lessonId: string): Progress {
  if (progress.read.includes(lessonId)) return progress;
  const visited = progress.visited.includes(lessonId) ? progress.visited : [...progress.visited, lessonId];
  return { ...progress, visited, read: [...progress.read, lessonId] };
}

export function setActivity(progress: Progress, id: string, result: Omit<ActivityResult, 'attempts'>): Progress {
  const attempts = (progress.activities[id]?.attempts ?? 0) + 1;
  return { ...progress, activities: { ...progress.activities, [id]: { ...result, attempts } } };
}

export function setOutcome(progress: Progress, id: string, result: OutcomeResult): Progress {
  return { ...progress, outcomes: { ...progress.outcomes, [id]: result } };
}

/** Stores (or, with an empty string, removes) an answer or draft. */
export function setAnswer(progress: Progress, id: string, value: string): Progress {
  const answers = { ...progress.answers };
  if (value === '') delete answers[id];
  else answers[id] = value;
  return { ...progress, answers };
}

/** Keeps the best assessment attempt, counting every attempt. */
export function recordAssessment(progress: Progress, percent: number, passed: boolean): Progress {
  const previous = progress.assessment;
  const attempts = (previous?.attempts ?? 0) + 1;
  const best = previous && previous.percent >= percent ? previous : { percent, passed, attempts };
  return { ...progress, assessment: { ...best, attempts } };
}
