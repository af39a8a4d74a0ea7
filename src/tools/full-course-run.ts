import { loadMatching } from '../../exercises/matching/data.ts';
import { loadRolesData } from '../../exercises/roles/data.ts';
import { encodeAnswer, emptyAnswer, type Answer } from '../quiz/answers.ts';
import { toInteraction } from '../quiz/interaction.ts';
import type { Question, QuizBank } from '../schemas/quiz.ts';
import type { Interaction } from '../tracking/interaction.ts';
import type { Tracker } from '../tracking/tracker.ts';
import { readContentFiles } from '../utils/content-files.ts';
import { fullCourseProgress } from './full-course-progress.ts';

/** The longest answer a question can have (every option, every pair). */
function longestAnswer(q: Question): Answer {
  const answer = emptyAnswer(q);
  if (answer.type === 'matching' && q.type === 'matching')
    answer.matches = Object.fromEntries(q.pairs.map((p) => [p.id, p.id]));
  if (answer.type === 'short' && q.type === 'short') answer.text = q.accepted[0]!;
  if (answer.type === 'multiple' && q.type === 'multiple') answer.choices = q.options.map((o) => o.id);
  if (answer.type === 'single' && q.type === 'single') answer.choice = q.options[0]!.id;
  if (answer.type === 'true-false') answer.value = true;
  return answer;
}

const pool = (q: Question) => (q as { pool?: string }).pool;

function item(id: string, objective: string, description: string, response: Interaction['response']): Interaction {
  return {
    id,
    objective,
    description,
    response,
    result: 'correct',
    weighting: 1,
    latencyMs: 8000,
    timestamp: new Date(),
  };
}

/**
 * Drives a tracker through everything the course offers, as a thorough learner
 * would: every lesson read, every practice question answered and checked,
 * the three exercises checked, the final assessment passed, every draft
 * written. Used to measure what reaches an LMS (`npm run bench`, unit tests).
 */
export function runFullCourse(tracker: Tracker, contentDir = 'content'): void {
  const files = readContentFiles(contentDir);
  for (const lesson of files.lessons.map((l) => l.data as { id: string })) {
    tracker.visitLesson(lesson.id);
    tracker.readLesson(lesson.id);
  }
  const banks = files.quizzes.map((f) => f.data as QuizBank);
  for (const bank of banks) {
    const practice = bank.questions.filter((q) => pool(q) !== 'final');
    for (const q of practice) tracker.recordInteraction(toInteraction(q, bank.outcome, longestAnswer(q), true, 9000));
    tracker.recordActivity(`quiz-${bank.outcome}`, { score: practice.length, max: practice.length });
    tracker.reportOutcome(bank.outcome, 0.9);
  }
  const roles = loadRolesData().statements;
  tracker.recordActivity(
    'ex-roles',
    { score: roles.length - 2, max: roles.length },
    roles.map((s) => item(`ex-roles-${s.id}`, 'lo2', s.text, { kind: 'choice', ids: ['mentor', 'mentee'] })),
  );
  for (const scenario of loadMatching().scenarios) {
    const items = scenario.mentees.flatMap((m, i) => [
      item(`ex-matching-${scenario.id}-${m.id}`, 'lo5', `${m.name}: ${m.business}`, {
        kind: 'choice',
        ids: [scenario.mentors[i % scenario.mentors.length]!.id],
      }),
      item(`ex-matching-${scenario.id}-${m.id}-why`, 'lo5', m.name, {
        kind: 'long-fill-in',
        text: 'Wspólne zainteresowania, podobne wartości, ten sam czas i bliskość miejsca spotkań.',
      }),
    ]);
    tracker.recordActivity('ex-matching', { score: 80, max: 100 }, items);
  }
  const code = 'Szanujemy czas wszystkich. Dotrzymujemy tajemnicy. Uprzedzamy o nieobecności. '.repeat(6);
  tracker.recordActivity('ex-code-of-ethics', { score: 7, max: 7 }, [
    item('ex-code-of-ethics-code', 'lo6', 'Kodeks etyki grupy', { kind: 'long-fill-in', text: code }),
  ]);
  for (const [key, value] of Object.entries(fullCourseProgress(contentDir).answers)) tracker.setAnswer(key, value);
  const drawn = banks.flatMap((bank) =>
    bank.questions
      .filter((q) => pool(q) !== 'practice')
      .slice(0, 4)
      .map((q) => ({ bank, q })),
  );
  for (const { q } of drawn) tracker.setAnswer(`fa:${q.id}`, encodeAnswer(longestAnswer(q), q));
  tracker.recordAssessment(
    100,
    drawn.map(({ bank, q }) => toInteraction(q, bank.outcome, longestAnswer(q), true, 20000)),
  );
  for (const bank of banks) tracker.reportOutcome(bank.outcome, 1);
}
