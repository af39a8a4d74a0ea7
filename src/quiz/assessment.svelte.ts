import type { Interaction } from '../tracking/interaction.ts';
import { decodeAnswer, emptyAnswer, encodeAnswer, isAnswered, type Answer } from './answers.ts';
import { decodeDraw, drawAssessment, encodeDraw, type Drawn, type Pool } from './draw.ts';
import { seededRandom, shownOrder } from './shuffle.ts';
import { grade, scaledScore, type Graded } from './grade.ts';
import { toInteraction } from './interaction.ts';
import { attemptSize, KEYS, savedSeed, type Stage } from './intro.ts';

export { KEYS } from './intro.ts';

/** The intro, the questions being answered, or the result with the review. */
export type Phase = 'intro' | 'answering' | 'result';

/** What the tracker knows of earlier attempts. */
export interface AssessmentRecord {
  mastery: number;
  attemptsUsed: number;
  /** Best percent so far; null before the first attempt. */
  best: number | null;
}

export interface AssessmentConfig {
  /** The final pool of each outcome (the page passes only final-assessment items). */
  banks: readonly Pool[];
  perOutcome: number;
  /** Attempts allowed; 0 = unlimited. */
  attempts: number;
  outcomes: ReadonlyArray<{ id: string; title: string }>;
  /** Random source for new seeds (tests pass their own). */
  random?: () => number;
}

/** A submitted attempt, for the tracker. */
export interface Submission {
  percent: number;
  interactions: Interaction[];
  /** Scaled score per outcome (outcomes with no question drawn are left out). */
  outcomes: Array<{ id: string; scaled: number }>;
}

/** One row of the per-outcome result. */
export interface OutcomeScore {
  id: string;
  title: string;
  correct: number;
  total: number;
  scaled: number;
}

/**
 * The final assessment: draws, answers, submits and grades attempts. Each
 * attempt draws anew (a retake avoids the previous attempt's questions where
 * the pool allows), an unfinished attempt keeps its draw across reloads.
 * Knows nothing of the tracker or the page: restores from and saves through
 * `connect`, returns what the tracker should record.
 */
export class AssessmentState {
  readonly config: AssessmentConfig;
  /** How many questions an attempt has (known before any draw, for the server-rendered intro). */
  readonly size: number;
  phase = $state<Phase>('intro');
  seed = $state(0);
  drawn = $state<Drawn[]>([]);
  answers = $state<Record<string, Answer>>({});
  submitted = $state(false);
  /** Numbers (1-based) of unanswered questions after a premature submit; empty: no warning. */
  missing = $state<number[]>([]);
  record = $state<AssessmentRecord>({ mastery: 80, attemptsUsed: 0, best: null });

  readonly stage: Stage = $derived(this.drawn.length === 0 ? 'fresh' : this.submitted ? 'done' : 'resume');
  /** Shown order of options and items per question, from the attempt's seed. */
  readonly shown: Readonly<Record<string, string[]>> = $derived(this.shownOrders());
  readonly results: Readonly<Record<string, Graded>> | undefined = $derived(
    this.submitted ? Object.fromEntries(this.drawn.map((d) => [d.question.id, this.grade(d)])) : undefined,
  );
  readonly percent: number = $derived(
    Math.round(scaledScore(this.drawn.map((d) => this.results?.[d.question.id]?.correct ?? false)) * 100),
  );
  readonly passed: boolean = $derived(this.percent >= this.record.mastery);
  readonly answeredCount: number = $derived(this.drawn.filter((d) => this.answered(d.question.id)).length);

  private save: (key: string, value: string) => void = () => {};
  private startedAt = Date.now();

  constructor(config: AssessmentConfig) {
    this.config = config;
    this.size = attemptSize(config.banks, config.perOutcome);
  }

  /** Attempts left; undefined when unlimited. */
  get attemptsLeft(): number | undefined {
    const { attempts } = this.config;
    return attempts === 0 ? undefined : Math.max(0, attempts - this.record.attemptsUsed);
  }

  get canRetake(): boolean {
    return this.attemptsLeft === undefined || this.attemptsLeft > 0;
  }

  /** The attempt's result per outcome (all zero before it is submitted). */
  get byOutcome(): OutcomeScore[] {
    return this.config.outcomes.map((o) => this.outcomeScore(o));
  }

  /** Restores the current attempt (draw, answers, submitted) and starts saving through `save`. */
  connect(
    saved: Readonly<Record<string, string>>,
    save: (key: string, value: string) => void,
    record: AssessmentRecord,
  ): void {
    this.record = record;
    const seed = savedSeed(saved);
    if (seed !== undefined) {
      const { banks, perOutcome } = this.config;
      this.seed = seed;
      // A draw saved before draws were stored, or one the pool no longer fits, is drawn again from its seed.
      this.drawn = decodeDraw(banks, saved[KEYS.drawn]) ?? drawAssessment(banks, perOutcome, seed);
      this.answers = Object.fromEntries(
        this.drawn.map((d) => [d.question.id, decodeAnswer(d.question, saved[KEYS.answer(d.question.id)])]),
      );
      this.submitted = saved[KEYS.submitted] === '1';
    }
    this.save = save;
  }

  /** Starts a first attempt, or goes back to the unfinished one. */
  begin(): void {
    if (this.stage === 'done') return;
    if (this.stage === 'fresh') {
      if (!this.canRetake) return;
      this.draw([]);
    } else {
      this.save(KEYS.drawn, encodeDraw(this.config.banks, this.drawn));
    }
    this.startedAt = Date.now();
    this.phase = 'answering';
  }

  /** Shows the submitted attempt's result and review. */
  showResult(): void {
    if (this.submitted) this.phase = 'result';
  }

  /** A new attempt: a new draw that avoids the previous attempt's questions where the pool allows. */
  retake(): void {
    if (!this.canRetake || !this.submitted) return;
    const previous = this.drawn.map((d) => d.question.id);
    for (const id of previous) this.save(KEYS.answer(id), '');
    this.save(KEYS.submitted, '');
    this.draw(previous);
    this.startedAt = Date.now();
    this.phase = 'answering';
  }

  change(id: string, answer: Answer): void {
    if (this.submitted || !(id in this.answers)) return;
    this.answers[id] = answer;
    this.save(KEYS.answer(id), encodeAnswer(answer, this.drawn.find((d) => d.question.id === id)?.question));
  }

  /**
   * Submits the attempt. With unanswered questions the first call only warns
   * (`missing`); calling again with the same ones unanswered submits.
   */
  submit(): Submission | undefined {
    if (this.submitted || this.drawn.length === 0) return undefined;
    const missing = this.drawn.flatMap((d, i) => (this.answered(d.question.id) ? [] : [i + 1]));
    if (missing.length > 0 && missing.join() !== this.missing.join()) {
      this.missing = missing;
      return undefined;
    }
    this.missing = [];
    this.submitted = true;
    this.save(KEYS.submitted, '1');
    const latency = Math.round((Date.now() - this.startedAt) / this.drawn.length);
    const interactions = this.drawn.map((d) =>
      toInteraction(
        d.question,
        d.outcome,
        this.answers[d.question.id]!,
        this.results![d.question.id]!.correct,
        latency,
        'fa-',
      ),
    );
    const { attemptsUsed, best } = this.record;
    this.record = { ...this.record, attemptsUsed: attemptsUsed + 1, best: Math.max(best ?? 0, this.percent) };
    this.phase = 'result';
    return {
      percent: this.percent,
      interactions,
      outcomes: this.byOutcome.filter((o) => o.total > 0).map((o) => ({ id: o.id, scaled: o.scaled })),
    };
  }

  private draw(avoid: readonly string[]): void {
    const { banks, perOutcome, random = Math.random } = this.config;
    this.seed = 1 + Math.floor(random() * 2 ** 30);
    this.drawn = drawAssessment(banks, perOutcome, this.seed, avoid);
    this.answers = Object.fromEntries(this.drawn.map((d) => [d.question.id, emptyAnswer(d.question)]));
    this.submitted = false;
    this.missing = [];
    this.save(KEYS.seed, String(this.seed));
    this.save(KEYS.drawn, encodeDraw(banks, this.drawn));
  }

  private shownOrders(): Record<string, string[]> {
    const random = seededRandom(this.seed + 1);
    return Object.fromEntries(this.drawn.map((d) => [d.question.id, shownOrder(d.question, random)]));
  }

  /** Whether the learner has answered a drawn question. */
  answered(id: string): boolean {
    const d = this.drawn.find((x) => x.question.id === id);
    const answer = this.answers[id];
    return d !== undefined && answer !== undefined && isAnswered(answer, d.question);
  }

  private grade(d: Drawn): Graded {
    return grade(d.question, this.answers[d.question.id] ?? emptyAnswer(d.question));
  }

  private outcomeScore(outcome: { id: string; title: string }): OutcomeScore {
    const mine = this.drawn.filter((d) => d.outcome === outcome.id);
    const scores = mine.map((d) => this.results?.[d.question.id]?.correct ?? false);
    return { ...outcome, correct: scores.filter(Boolean).length, total: mine.length, scaled: scaledScore(scores) };
  }
}
