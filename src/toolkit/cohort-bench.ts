// `npm run bench`: the matching helper's case from issue 11, a real-sized cohort (300 mentees x 60 mentors)
// scored with the exercise's model and solved exactly with solveMatching, plus the "what would keeping this
// pair cost" re-solves. Figures only (no assertions: timings depend on the machine).
import { loadMatching } from '../../exercises/matching/data.ts';
import { scorePair } from '../../exercises/matching/model.ts';
import { pinCost } from '../../exercises/matching/pin.ts';
import { FAMILIES, FORMS, SLOTS, type Mentee, type Mentor } from '../../exercises/matching/schema.ts';
import { solveMatching } from '../../exercises/matching/solve.ts';

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random cohort drawn from the model's vocabularies (deterministic). */
export function randomCohort(mentees: number, mentors: number, seed = 11, model = loadMatching().model) {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const some = <T>(list: readonly T[], k: number) => [...new Set(Array.from({ length: k }, () => pick(list)))];
  const words = (kind: keyof typeof model.vocabulary) => Object.keys(model.vocabulary[kind]);
  const level = () => pick([1, 2, 3] as const);
  const person = (i: number, side: string) => ({
    id: `${side}${i}`,
    name: `${side}${i}`,
    age: 16 + Math.floor(rand() * 45),
    gender: pick(['k', 'm'] as const),
    grammar: pick(['f', 'm'] as const),
    bio: '',
    experience: some(words('experience'), 2),
    values: some(words('values'), 3),
    interests: some(words('interests'), 3),
    family: pick(FAMILIES),
    availability: some(SLOTS, 2 + Math.floor(rand() * 2)),
  });
  const menteeList: Mentee[] = Array.from({ length: mentees }, (_, i) => ({
    ...person(i, 'p'),
    business: '',
    industry: pick(words('industries')),
    needs: some(words('support'), 3),
    wish: '',
    prefers: {
      gender: pick(['k', 'm', 'obojetne'] as const),
      age: pick(['bliski', 'doswiadczony', 'obojetny'] as const),
    },
    motivation: level(),
    openness: level(),
    form: pick(FORMS),
  }));
  const mentorList: Mentor[] = Array.from({ length: mentors }, (_, j) => ({
    ...person(j, 'm'),
    role: '',
    industries: some(words('industries'), 2),
    offers: some(words('support'), 4),
    commitment: level(),
    skills: level(),
    forms: some(FORMS, 2),
  }));
  return { model, mentees: menteeList, mentors: mentorList };
}

/** Prints the 300 x 60 figures. */
export function benchCohort(): void {
  const { model, mentees, mentors } = randomCohort(300, 60);
  const capacity = mentors.map(() => 5);
  const t0 = performance.now();
  const matrix = mentees.map((a) => mentors.map((b) => scorePair(a, b, model).total));
  const t1 = performance.now();
  const best = solveMatching(matrix, capacity);
  const t2 = performance.now();
  // Three allowed alternatives of the first mentee: what each would cost the group.
  const alternatives = matrix[0]!.flatMap((s, j) => (s > -Infinity && j !== best.assignment[0] ? [j] : [])).slice(0, 3);
  const costs = alternatives.map((j) => pinCost(matrix, capacity, best, { mentee: 0, mentor: j }));
  const t3 = performance.now();
  const placed = best.assignment.filter((j) => j >= 0).length;
  console.log('Matching helper, 300 mentees x 60 mentors (groups of 5), the model of exercises/matching:');
  console.log(`  score every pair (18,000 x 12 criteria):  ${(t1 - t0).toFixed(1)} ms`);
  console.log(`  exact solve (solveMatching):              ${(t2 - t1).toFixed(1)} ms  (placed ${placed} of 300)`);
  console.log(
    `  3 "keep this pair" re-solves (pin.ts):    ${(t3 - t2).toFixed(1)} ms  (losses ${costs.map((c) => c.loss).join(', ')} tenths)`,
  );
}
