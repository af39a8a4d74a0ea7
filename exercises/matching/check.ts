import { parseWith, type ContentProblem } from '../../src/utils/content-check.ts';
import { DATA_DIR, readRaw, type RawFile } from './data.ts';
import { scoreMatrix, scoreScenario } from './model.ts';
import { CRITERIA, modelSchema, scenarioSchema, trainerSchema, type Model, type Scenario } from './schema.ts';
import { solveMatching } from './solve.ts';

// The content check of the matching exercise: schemas first, then what a schema cannot say: vocabulary
// tags exist, ids are unique, the weights add up to 100, capacities follow lesson 6, and every mentee can
// be placed (has an allowed mentor, and the exact optimum places everyone).

function checkModel(model: Model, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  model.criteria.forEach((c, i) => {
    if (seen.has(c.id))
      problems.push({ file, field: `criteria[${i}].id`, message: `criterion "${c.id}" appears twice` });
    seen.add(c.id);
  });
  const missing = CRITERIA.filter((id) => !seen.has(id));
  if (missing.length > 0)
    problems.push({ file, field: 'criteria', message: `missing criteria: ${missing.join(', ')}` });
  const sum = model.criteria.reduce((total, c) => total + c.weight, 0);
  if (sum !== 100) problems.push({ file, field: 'criteria', message: `weights add up to ${sum}, not 100` });
  return problems;
}

/** Each tag field of a profile and the vocabulary it draws on. */
const TAG_FIELDS = {
  mentees: {
    industry: 'industries',
    needs: 'support',
    values: 'values',
    interests: 'interests',
    experience: 'experience',
  },
  mentors: {
    industries: 'industries',
    offers: 'support',
    values: 'values',
    interests: 'interests',
    experience: 'experience',
  },
} as const;

function checkTags(scenario: Scenario, model: Model, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const side of ['mentees', 'mentors'] as const) {
    scenario[side].forEach((person, i) => {
      for (const [field, kind] of Object.entries(TAG_FIELDS[side])) {
        const value = (person as unknown as Record<string, string | string[]>)[field]!;
        const tags = Array.isArray(value) ? value : [value];
        tags.forEach((tag, k) => {
          if (model.vocabulary[kind][tag] !== undefined) return;
          const at = Array.isArray(value) ? `${side}[${i}].${field}[${k}]` : `${side}[${i}].${field}`;
          problems.push({
            file,
            field: at,
            message: `unknown ${kind} tag "${tag}" (add it to model.yaml vocabulary.${kind})`,
          });
        });
      }
    });
  }
  return problems;
}

function checkIds(scenario: Scenario, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const side of ['mentees', 'mentors'] as const) {
    const seen = new Set<string>();
    scenario[side].forEach((person, i) => {
      if (seen.has(person.id))
        problems.push({ file, field: `${side}[${i}].id`, message: `duplicate id "${person.id}"` });
      seen.add(person.id);
    });
  }
  return problems;
}

function checkPlacement(scenario: Scenario, model: Model, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { mentees, mentors, capacity, mode } = scenario;
  if (mode === 'pairs' && capacity !== 1) {
    problems.push({ file, field: 'capacity', message: 'a pairs scenario has capacity 1 (one mentee per mentor)' });
  }
  if (mentees.length > mentors.length * capacity) {
    problems.push({
      file,
      field: 'mentees',
      message: `${mentees.length} mentees but only ${mentors.length * capacity} places (${mentors.length} mentors x ${capacity})`,
    });
  }
  const matrix = scoreMatrix(scoreScenario(scenario, model));
  let everyoneHasOne = true;
  matrix.forEach((row, i) => {
    if (row.some((s) => s !== -Infinity)) return;
    everyoneHasOne = false;
    problems.push({
      file,
      field: `mentees[${i}]`,
      message: `no mentor can meet ${mentees[i]!.name} (availability or form)`,
    });
  });
  if (everyoneHasOne && problems.length === 0) {
    const { assignment } = solveMatching(
      matrix,
      mentors.map(() => capacity),
    );
    const left = assignment.flatMap((j, i) => (j < 0 ? [mentees[i]!.name] : []));
    if (left.length > 0)
      problems.push({ file, field: 'mentees', message: `no assignment places everyone; left out: ${left.join(', ')}` });
  }
  return problems;
}

function checkScenarios(files: RawFile[], model: Model | undefined): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = new Map<string, string>();
  for (const file of files) {
    const scenario = parseWith(scenarioSchema, file, problems);
    if (!scenario) continue;
    const name = file.path
      .split('/')
      .pop()!
      .replace(/\.ya?ml$/, '');
    if (scenario.id !== name)
      problems.push({
        file: file.path,
        field: 'id',
        message: `id "${scenario.id}" must match the file name "${name}"`,
      });
    const first = ids.get(scenario.id);
    if (first)
      problems.push({
        file: file.path,
        field: 'id',
        message: `duplicate scenario id "${scenario.id}" (also in ${first})`,
      });
    ids.set(scenario.id, file.path);
    problems.push(...checkIds(scenario, file.path));
    if (!model) continue;
    const tagProblems = checkTags(scenario, model, file.path);
    problems.push(...tagProblems);
    if (tagProblems.length === 0) problems.push(...checkPlacement(scenario, model, file.path));
  }
  return problems;
}

/** Checks this exercise's data files against their schema; one problem per mistake (file, field, reason). */
export function check(dir = DATA_DIR, root = process.cwd()): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let raw;
  try {
    raw = readRaw(dir, root);
  } catch (error) {
    return [{ file: dir, field: '(file)', message: `cannot read the data: ${(error as Error).message}` }];
  }
  const model = parseWith(modelSchema, raw.model, problems);
  if (model) problems.push(...checkModel(model, raw.model.path));
  parseWith(trainerSchema, raw.trainer, problems);
  if (raw.scenarios.length === 0)
    problems.push({ file: `${dir}/scenarios`, field: '(file)', message: 'no scenario files' });
  problems.push(...checkScenarios(raw.scenarios, model));
  return problems;
}
