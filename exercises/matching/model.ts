// The compatibility model: how well one mentor fits one mentee, criterion by criterion.
//
// Each criterion's rule gives a value from -1 (a clash) through 0 (no difference either way) to +1 (a clear
// fit), with the reason in a form the explanation can phrase. A criterion's points are weight x value; the
// weights (model.yaml, 100 in all) say how much each criterion matters and why. A pair's score is the sum of
// its criteria's points, so every score can be taken apart into the reasons behind it.
//
// Two rules are also hard constraints: no shared time to meet, or forms that cannot be reconciled, make a
// pair impossible (score -Infinity: the solver never picks it). Group size is the third hard constraint; it
// is the scenario's capacity, which the solver and the learner's form enforce.
//
// The model scores pairs one at a time, because an exact assignment needs additive scores. How a group works
// as a team (lesson 6) is not in the numbers: the trainer's debrief asks about it.
//
// Points are kept in tenths (integers), so totals add up exactly and equal optima are really equal.
import type { CriterionId, Form, Grammar, Mentee, Mentor, Model, Scenario } from './schema.ts';

/** Why a criterion scored what it did: a code the explanation phrases, and the tags it names. */
export interface Reason {
  code: ReasonCode;
  /** Vocabulary tags, slots or forms the reason names (e.g. the needs the mentor covers). */
  tags?: string[];
  /** Tags of a second list (e.g. the needs the mentor does not cover). */
  other?: string[];
  /** A number the reason names (e.g. the age gap). */
  n?: number;
}

export type ReasonCode =
  | 'wishesAll'
  | 'wishesSome'
  | 'wishesNone'
  | 'motivationEnough'
  | 'motivationShort'
  | 'motivationFarShort'
  | 'motivationBothLow'
  | 'interactionGood'
  | 'interactionFair'
  | 'interactionPoor'
  | 'experienceShared'
  | 'experienceNone'
  | 'valuesShared'
  | 'valuesNone'
  | 'ageClose'
  | 'ageFar'
  | 'ageExperienced'
  | 'ageNotExperienced'
  | 'ageAny'
  | 'genderWished'
  | 'genderNotWished'
  | 'genderAny'
  | 'familySame'
  | 'familyOther'
  | 'familyNoDuties'
  | 'familyNone'
  | 'interestsShared'
  | 'interestsNone'
  | 'industrySame'
  | 'industryKnown'
  | 'industryOther'
  | 'availabilityMany'
  | 'availabilityOne'
  | 'availabilityNone'
  | 'formSame'
  | 'formCompromise'
  | 'formImpossible';

/** One criterion of one pair. */
export interface Part {
  criterion: CriterionId;
  /** -1 .. 1 */
  value: number;
  /** weight x value, in tenths of a point. */
  points: number;
  reason: Reason;
}

/** A person as the explanations name them. */
export interface Named {
  name: string;
  grammar: Grammar;
}

/** The two people of a pair, for the sentences that explain it. */
export interface People {
  mentee: Named;
  mentor: Named;
}

/** One mentee-mentor pair: its score in tenths (-Infinity when impossible) and the parts it is made of. */
export interface PairScore {
  total: number;
  parts: Part[];
  people: People;
  /** Set when the pair is impossible: which hard constraints it breaks. */
  forbidden?: Reason[];
}

interface Rated {
  value: number;
  reason: Reason;
  /** The rule's hard constraint is broken. */
  forbidden?: boolean;
}

const shared = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x));

/** 0 shared -> `none`, 1 -> +0.5, 2 or more -> +1. */
function overlap(tags: string[], none: number, sharedCode: ReasonCode, noneCode: ReasonCode): Rated {
  if (tags.length === 0) return { value: none, reason: { code: noneCode } };
  return { value: tags.length === 1 ? 0.5 : 1, reason: { code: sharedCode, tags } };
}

// Interpersonal fit by [mentee openness - 1][mentor skills - 1]: a shy mentee needs a patient mentor most;
// an open mentee gets on with almost anyone.
const INTERACTION: number[][] = [
  [-1, -0.5, 1],
  [-0.5, 0.5, 1],
  [0, 0.5, 0.5],
];

/** Whether a mentor who works in `forms` can give the form a mentee prefers. */
function givesForm(preferred: Form, forms: readonly Form[]): boolean {
  if (forms.includes(preferred)) return true;
  // Blended mentoring is face to face plus online: a mentor who does both gives it.
  return preferred === 'mieszany' && forms.includes('stacjonarnie') && forms.includes('online');
}

/** The scoring rule of each criterion. */
export const RULES: Record<CriterionId, (mentee: Mentee, mentor: Mentor) => Rated> = {
  wishes(mentee, mentor) {
    const covered = shared(mentee.needs, mentor.offers);
    const missing = mentee.needs.filter((n) => !covered.includes(n));
    const value = (2 * covered.length) / mentee.needs.length - 1;
    if (missing.length === 0) return { value, reason: { code: 'wishesAll', tags: covered } };
    if (covered.length === 0) return { value, reason: { code: 'wishesNone', other: missing } };
    return { value, reason: { code: 'wishesSome', tags: covered, other: missing } };
  },
  motivation(mentee, mentor) {
    const gap = mentee.motivation - mentor.commitment;
    if (mentee.motivation === 1 && mentor.commitment === 1) return { value: -1, reason: { code: 'motivationBothLow' } };
    if (gap <= 0) return { value: 1, reason: { code: 'motivationEnough' } };
    if (gap === 1) return { value: -0.5, reason: { code: 'motivationShort' } };
    return { value: -1, reason: { code: 'motivationFarShort' } };
  },
  interaction(mentee, mentor) {
    const value = INTERACTION[mentee.openness - 1]![mentor.skills - 1]!;
    const code = value > 0 ? 'interactionGood' : value < 0 ? 'interactionPoor' : 'interactionFair';
    return { value, reason: { code, tags: [`o${mentee.openness}`, `s${mentor.skills}`] } };
  },
  experience: (mentee, mentor) =>
    overlap(shared(mentee.experience, mentor.experience), 0, 'experienceShared', 'experienceNone'),
  values: (mentee, mentor) => overlap(shared(mentee.values, mentor.values), -1, 'valuesShared', 'valuesNone'),
  age(mentee, mentor) {
    const gap = Math.abs(mentor.age - mentee.age);
    switch (mentee.prefers.age) {
      case 'obojetny':
        return { value: 0, reason: { code: 'ageAny' } };
      case 'bliski':
        if (gap <= 10) return { value: 1, reason: { code: 'ageClose', n: gap } };
        return { value: gap <= 20 ? -0.5 : -1, reason: { code: 'ageFar', n: gap } };
      case 'doswiadczony':
        if (mentor.age - mentee.age >= 15) return { value: 1, reason: { code: 'ageExperienced', n: gap } };
        return { value: -0.5, reason: { code: 'ageNotExperienced', n: gap } };
    }
  },
  gender(mentee, mentor) {
    const wished = mentee.prefers.gender;
    if (wished === 'obojetne') return { value: 0, reason: { code: 'genderAny' } };
    if (wished === mentor.gender) return { value: 1, reason: { code: 'genderWished', tags: [wished] } };
    return { value: -1, reason: { code: 'genderNotWished', tags: [wished] } };
  },
  family(mentee, mentor) {
    if (mentee.family === 'brak') return { value: 0, reason: { code: 'familyNone' } };
    const tags = [mentee.family, mentor.family];
    if (mentor.family === mentee.family) return { value: 1, reason: { code: 'familySame', tags } };
    if (mentor.family !== 'brak') return { value: 0.5, reason: { code: 'familyOther', tags } };
    return { value: -0.5, reason: { code: 'familyNoDuties', tags } };
  },
  interests: (mentee, mentor) =>
    overlap(shared(mentee.interests, mentor.interests), -0.5, 'interestsShared', 'interestsNone'),
  industry(mentee, mentor) {
    const tags = [mentee.industry, mentor.industries[0]!];
    if (mentor.industries[0] === mentee.industry) return { value: 1, reason: { code: 'industrySame', tags } };
    if (mentor.industries.includes(mentee.industry)) return { value: 0.5, reason: { code: 'industryKnown', tags } };
    return { value: -0.5, reason: { code: 'industryOther', tags } };
  },
  availability(mentee, mentor) {
    const slots = shared(mentee.availability, mentor.availability);
    if (slots.length === 0) return { value: 0, forbidden: true, reason: { code: 'availabilityNone' } };
    if (slots.length === 1) return { value: -0.5, reason: { code: 'availabilityOne', tags: slots } };
    return { value: slots.length === 2 ? 0.5 : 1, reason: { code: 'availabilityMany', tags: slots } };
  },
  form(mentee, mentor) {
    const tags = [mentee.form, ...mentor.forms];
    if (givesForm(mentee.form, mentor.forms)) return { value: 1, reason: { code: 'formSame', tags } };
    // Blended work can stand in for either pure form (some meetings move online or into the room), but
    // face to face and online only cannot meet; blended needs at least three face-to-face sessions.
    const compromise =
      mentee.form === 'mieszany' ? mentor.forms.includes('stacjonarnie') : mentor.forms.includes('mieszany');
    if (compromise) return { value: -0.5, reason: { code: 'formCompromise', tags } };
    return { value: 0, forbidden: true, reason: { code: 'formImpossible', tags } };
  },
};

/** Scores one pair under the model: every criterion's points and reason, or why the pair is impossible. */
export function scorePair(mentee: Mentee, mentor: Mentor, model: Model): PairScore {
  const parts: Part[] = [];
  const forbidden: Reason[] = [];
  let total = 0;
  for (const { id, weight } of model.criteria) {
    const rated = RULES[id](mentee, mentor);
    if (rated.forbidden) forbidden.push(rated.reason);
    const points = Math.round(weight * rated.value * 10);
    parts.push({ criterion: id, value: rated.value, points, reason: rated.reason });
    total += points;
  }
  const people = {
    mentee: { name: mentee.name, grammar: mentee.grammar },
    mentor: { name: mentor.name, grammar: mentor.grammar },
  };
  return forbidden.length > 0 ? { total: -Infinity, parts, people, forbidden } : { total, parts, people };
}

/** Every pair of a scenario: `[mentee][mentor]`. */
export function scoreScenario(scenario: Scenario, model: Model): PairScore[][] {
  return scenario.mentees.map((mentee) => scenario.mentors.map((mentor) => scorePair(mentee, mentor, model)));
}

/** The score matrix the solver takes (tenths; -Infinity = impossible). */
export function scoreMatrix(pairs: PairScore[][]): number[][] {
  return pairs.map((row) => row.map((pair) => pair.total));
}

/** Criteria that help a pair most and hurt it most (up to `limit` of each, largest first). */
export function strengthsAndWeaknesses(pair: PairScore, limit = 2): { strengths: Part[]; weaknesses: Part[] } {
  const byPoints = [...pair.parts].sort((a, b) => b.points - a.points);
  return {
    strengths: byPoints.filter((p) => p.points > 0).slice(0, limit),
    weaknesses: byPoints
      .filter((p) => p.points < 0)
      .reverse()
      .slice(0, limit),
  };
}
