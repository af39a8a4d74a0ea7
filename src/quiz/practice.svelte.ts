import type { Question, QuizBank } from '../schemas/quiz.ts';
import type { Interaction } from '../tracking/interaction.ts';
import { decodeAnswer, emptyAnswer, encodeAnswer, isAnswered, type Answer } from './answers.ts';
import type { grade, Graded } from './grade.ts';
import type { toInteraction } from './interaction.ts';

/**
 * Grading and the LMS record of an answer. They come with what checked
 * questions show (checked/index.ts), which a practice page loads at the first
 * check, not with the page (bundle budget: 30 KB gzip a page).
 */
export interface Checker {
  grade: typeof grade;
  toInteraction: typeof toInteraction;
}

/** What checking one question produced, for the tracker. */
export interface CheckOutcome {
  interaction: Interaction;
  /** Set when this check completed the quiz (every question checked). */
  completed?: { score: number; max: number; scaled: number };
}

/**
 * A practice quiz: answers, which questions are checked, their results and
 * warnings. Knows nothing of the tracker or the page: restores from and saves
 * through `connect`, returns what the tracker should record. Results need the
 * `checker`; until it is set, checked questions have no result yet.
 */
export class PracticeState {
  readonly outcome: string;
  /** The tracker's activity id (`quiz-<outcome>`); `<id>:checked` keeps the checked question ids. */
  readonly activityId: string;
  /** Shown order of options or items per question (shuffle.ts: practiceShown). */
  readonly shown: Readonly<Record<string, readonly string[]>>;
  answers = $state<Record<string, Answer>>({});
  /** Ids of checked questions, in the order they were checked. */
  checked = $state<string[]>([]);
  /** Ids of questions the learner tried to check without answering. */
  warnings = $state<Record<string, boolean>>({});
  checker = $state.raw<Checker>();

  readonly results: Readonly<Record<string, Graded>> = $derived(this.grade(this.checked));
  readonly correctCount: number = $derived(Object.values(this.results).filter((r) => r.correct).length);
  readonly allChecked: boolean = $derived(this.questions.every((q) => this.results[q.id]));

  private readonly bank: Pick<QuizBank, 'outcome' | 'questions'>;
  private save: (key: string, value: string) => void = () => {};
  // When each question was shown or reset (latency for the LMS); not rendered, so not reactive.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private shownAt = new Map<string, number>();

  constructor(bank: Pick<QuizBank, 'outcome' | 'questions'>, shown: Readonly<Record<string, readonly string[]>>) {
    this.bank = bank;
    this.outcome = bank.outcome;
    this.activityId = `quiz-${bank.outcome}`;
    this.shown = shown;
    this.answers = Object.fromEntries(bank.questions.map((q) => [q.id, emptyAnswer(q)]));
  }

  get questions(): readonly Question[] {
    return this.bank.questions;
  }

  private grade(ids: readonly string[]): Record<string, Graded> {
    const checker = this.checker;
    if (!checker) return {};
    return Object.fromEntries(ids.map((id) => [id, checker.grade(this.question(id)!, this.answers[id]!)]));
  }

  private get checkedKey(): string {
    return `${this.activityId}:checked`;
  }

  question(id: string): Question | undefined {
    return this.questions.find((q) => q.id === id);
  }

  /** Restores saved answers and checks, and starts saving every change through `save`. */
  connect(saved: Readonly<Record<string, string>>, save: (key: string, value: string) => void): void {
    const now = Date.now();
    for (const q of this.questions) {
      if (saved[q.id] !== undefined) this.answers[q.id] = decodeAnswer(q, saved[q.id]);
      this.shownAt.set(q.id, now);
    }
    const ids = (saved[this.checkedKey] ?? '').split(',');
    this.checked = this.questions
      .filter((q) => ids.includes(q.id) && isAnswered(this.answers[q.id]!, q))
      .map((q) => q.id);
    this.save = save;
  }

  change(id: string, answer: Answer): void {
    if (this.checked.includes(id)) return;
    this.answers[id] = answer;
    this.warnings[id] = false;
    this.save(id, encodeAnswer(answer, this.question(id)));
  }

  /** Checks one answer; undefined (and a warning) while it is unanswered, undefined without a checker. */
  check(id: string): CheckOutcome | undefined {
    const question = this.question(id);
    const answer = this.answers[id];
    const checker = this.checker;
    if (!question || !answer || !checker || this.checked.includes(id)) return undefined;
    if (!isAnswered(answer, question)) {
      this.warnings[id] = true;
      return undefined;
    }
    this.checked = [...this.checked, id];
    this.save(this.checkedKey, this.checked.join(','));
    const correct = this.results[id]!.correct;
    const latency = Date.now() - (this.shownAt.get(id) ?? Date.now());
    const interaction = checker.toInteraction(question, this.outcome, answer, correct, latency);
    if (!this.allChecked) return { interaction };
    const max = this.questions.length;
    return { interaction, completed: { score: this.correctCount, max, scaled: this.correctCount / max } };
  }

  /** Clears one checked question for another try. */
  retry(id: string): void {
    const question = this.question(id);
    if (!question) return;
    this.checked = this.checked.filter((c) => c !== id);
    this.answers[id] = emptyAnswer(question);
    this.save(id, '');
    this.save(this.checkedKey, this.checked.join(','));
    this.shownAt.set(id, Date.now());
  }
}
