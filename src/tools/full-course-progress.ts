import { encodeAnswer, emptyAnswer } from '../quiz/answers.ts';
import { EXERCISES } from '../../exercises/registry.ts';
import { encodeAgreement } from '../../exercises/code-of-ethics/agreement.ts';
import { encodeCode } from '../../exercises/code-of-ethics/code.ts';
import { readCodeData } from '../../exercises/code-of-ethics/data.ts';
import { loadMatching } from '../../exercises/matching/data.ts';
import { encodeSaved } from '../../exercises/matching/saved.ts';
import { loadRolesData } from '../../exercises/roles/data.ts';
import { encodePlacements } from '../../exercises/roles/placements.ts';
import type { Question, QuizBank } from '../schemas/quiz.ts';
import { emptyProgress, type Progress } from '../tracking/progress.ts';
import { readContentFiles } from '../utils/content-files.ts';

/** The longest answer a question can have, encoded: every item, every pair, every option. */
function longestAnswer(q: Question): string {
  const answer = emptyAnswer(q);
  if (answer.type === 'matching' && q.type === 'matching')
    answer.matches = Object.fromEntries(q.pairs.map((x) => [x.id, x.id]));
  if (answer.type === 'short' && q.type === 'short') answer.text = q.accepted[0]!;
  if (answer.type === 'multiple' && q.type === 'multiple') answer.choices = q.options.map((o) => o.id);
  if (answer.type === 'single' && q.type === 'single') answer.choice = q.options[0]!.id;
  if (answer.type === 'true-false') answer.value = true;
  if (answer.type === 'ordering' && q.type === 'ordering') answer.order = q.items.map((x) => x.id).reverse();
  return encodeAnswer(answer, q);
}

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
  p.read = lessons;
  p.location = lessons.at(-1)!;
  for (const ex of EXERCISES) p.activities[ex.activityId] = { score: 17, max: 20, attempts: 3 };
  for (const o of outcomes) {
    p.activities[`quiz-${o}`] = { score: 9, max: 10, attempts: 2 };
    p.outcomes[o] = { scaled: 0.875, passed: true };
  }
  for (const bank of banks) {
    // Practice answers are kept per question; the final test keeps only the items it drew (the longest here).
    const practice = bank.questions.filter((q) => q.pool === 'practice');
    for (const q of practice) p.answers[q.id] = longestAnswer(q);
    const drawn = bank.questions
      .filter((q) => q.pool === 'final')
      .map((q) => [q.id, longestAnswer(q)] as const)
      .sort((a, b) => b[1].length - a[1].length)
      .slice(0, perOutcome);
    for (const [id, answer] of drawn) p.answers[`fa:${id}`] = answer;
    p.answers[`quiz-${bank.outcome}:checked`] = practice.map((q) => q.id).join(',');
  }
  p.answers['fa:seed'] = '987654321';
  // The drawn attempt as positions in the pool (src/quiz/draw.ts): one character a question.
  p.answers['fa:drawn'] = 'Kx3h9QaZ0mT_bc7Ff2-kLp8W'.slice(0, banks.length * perOutcome);
  p.answers['fa:submitted'] = '1';
  // Exercises, in their own stored formats, with the longest realistic answers.
  const statements = loadRolesData().statements;
  p.answers['ex-roles:p'] = encodePlacements(
    Object.fromEntries(statements.map((st) => [st.id, st.roles])),
    statements.map((st) => st.id),
  );
  p.answers['ex-roles:r'] = '3';
  p.answers['ex-roles:c'] = '1';
  for (const scenario of loadMatching().scenarios) {
    const reason = 'wspólne zainteresowania, podobne wartości i ten sam czas';
    const stored = encodeSaved(
      {
        choices: Object.fromEntries(
          scenario.mentees.map((m, i) => [m.id, scenario.mentors[i % scenario.mentors.length]!.id]),
        ),
        reasons: Object.fromEntries(scenario.mentees.map((m) => [m.id, reason])),
        checked: true,
      },
      scenario,
    );
    p.answers[`ex-matching:${scenario.id}`] = stored.state;
    p.answers[`ex-matching:why:${scenario.id}`] = stored.reasons;
  }
  const { suggestions } = readCodeData().principles;
  const entries = suggestions.map((sg, i) => ({
    from: sg.id,
    text: i % 3 === 0 ? `${sg.text} Dotyczy to nas wszystkich.` : sg.text,
  }));
  entries.push({
    from: '',
    text: 'Każde spotkanie kończymy krótkim podsumowaniem i ustaleniem zadań do następnego razu.',
  });
  p.answers['ex-code-of-ethics:code'] = encodeCode(entries, suggestions);
  p.answers['ex-code-of-ethics:agreement'] = encodeAgreement({
    group: 'Grupa rowerowa przy Młodzieżowym Domu Kultury',
    manager: 'Anna Kowalska',
    mentor: 'Tomasz Nowak',
    mentees: 'Kuba Wiśniewski, Ola Zielińska, Marta Wójcik, Zuza Lewandowska, Dawid Kamiński',
    start: '2026-10-01',
    end: '2027-04-30',
    rhythm: 'co dwa tygodnie, we wtorki o 17:00',
    channels: 'spotkania w MDK i bezpieczny komunikator grupy',
  });
  p.answers['ex-code-of-ethics:checked'] = '1';
  p.assessment = { percent: 88, passed: true, attempts: 2 };
  return p;
}
