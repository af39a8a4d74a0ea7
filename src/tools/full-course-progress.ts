import { encodeAnswer, emptyAnswer } from '../quiz/answers.ts';
import type { QuizBank } from '../schemas/quiz.ts';
import { emptyProgress, type Progress } from '../tracking/progress.ts';
import { readContentFiles } from '../utils/content-files.ts';

/**
 * A learner who has done everything the course offers: every lesson, every
 * practice question and the final assessment answered, exercise results and
 * a full code of ethics. Used to prove SCORM 1.2's 4096-character
 * suspend_data holds a whole course (unit test) and to report its size (bench).
 */
export function fullCourseProgress(contentDir = 'content'): Progress {
  const files = readContentFiles(contentDir);
  const lessons = files.lessons.map((l) => (l.data as { id: string }).id);
  const outcomes = (files.course.data as { outcomes: Array<{ id: string }> }).outcomes.map((o) => o.id);
  const perOutcome =
    (files.course.data as { assessment?: { questionsPerOutcome?: number } }).assessment?.questionsPerOutcome ?? 4;
  const banks = files.quizzes.map((f) => f.data as QuizBank);
  const p = emptyProgress();
  p.visited = lessons;
  p.location = lessons.at(-1)!;
  for (const ex of ['roles', 'matching', 'code-of-ethics'])
    p.activities[`ex-${ex}`] = { score: 17, max: 20, attempts: 3 };
  for (const o of outcomes) {
    p.activities[`quiz-${o}`] = { score: 9, max: 10, attempts: 2 };
    p.outcomes[o] = { scaled: 0.875, passed: true };
  }
  for (const bank of banks) {
    for (const q of bank.questions) {
      // The longest answer each type can have: every item, every pair.
      const answer = emptyAnswer(q);
      if (answer.type === 'matching' && q.type === 'matching')
        answer.matches = Object.fromEntries(q.pairs.map((x) => [x.id, x.id]));
      if (answer.type === 'short' && q.type === 'short') answer.text = q.accepted[0]!;
      if (answer.type === 'multiple' && q.type === 'multiple') answer.choices = q.options.map((o) => o.id);
      if (answer.type === 'single' && q.type === 'single') answer.choice = q.options[0]!.id;
      if (answer.type === 'true-false') answer.value = true;
      p.answers[q.id] = encodeAnswer(answer);
      if (bank.questions.indexOf(q) < perOutcome) p.answers[`fa:${q.id}`] = encodeAnswer(answer);
    }
    p.answers[`quiz-${bank.outcome}:checked`] = bank.questions.map((q) => q.id).join(',');
  }
  p.answers['fa:seed'] = '987654321';
  p.answers['fa:submitted'] = '1';
  // Exercises: 18 role statements, 15 matches with one-line reasons, the code of ethics.
  for (let s = 1; s <= 18; s += 1) p.answers[`ex-roles-s${s}`] = 'mentor,mentee';
  for (let m = 1; m <= 15; m += 1)
    p.answers[`ex-matching-m${m}`] = `${m % 3}|wspólne zainteresowania i podobne wartości`;
  p.answers['ex-code-of-ethics'] = [
    'Szanujemy swój czas i przychodzimy punktualnie.',
    'To, co mówimy w grupie, zostaje w grupie, także po zakończeniu procesu.',
    'Szanujemy opinie innych, nawet gdy się z nimi nie zgadzamy.',
    'Zanim coś powiemy lub napiszemy, zastanawiamy się nad tym.',
    'Jesteśmy wobec siebie szczerzy i otwarci.',
    'Bierzemy udział we wszystkich zaplanowanych spotkaniach.',
    'Gdy ktoś nie może przyjść, uprzedza pozostałych i nadrabia zaległości.',
    'Mentor uprzedza o nieobecności co najmniej dwa dni wcześniej.',
  ].join('\n');
  p.assessment = { percent: 88, passed: true, attempts: 2 };
  return p;
}
