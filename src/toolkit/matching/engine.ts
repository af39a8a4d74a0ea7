// What the helper computes with, loaded with the first cohort (not with the page): scoring and the exact
// solver with pins (the exercise's model.ts, solve.ts and pin.ts).
export { capacities, scoreMatrix, valueTable } from './cohort.ts';
export { pinProblems, solvePinned } from '../../../exercises/matching/pin.ts';
