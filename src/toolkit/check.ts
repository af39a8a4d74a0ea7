// The content check of the toolkit: every template and guide against its schema, then what a schema cannot
// say (ids match file names and are unique, references to lessons, exercises, templates, fields and the
// matching model exist). One problem per mistake, as `file: field: reason`, all at once.
import { EXERCISES } from '../../exercises/registry.ts';
import { guideSchema } from '../schemas/guide.ts';
import { templateSchema, type Template, type TemplateField } from '../schemas/template.ts';
import { loadMatching } from '../../exercises/matching/data.ts';
import { parseWith, type ContentFile, type ContentProblem } from '../utils/content-check.ts';
import { contentDir } from '../utils/content-dir.ts';
import { readContentFiles } from '../utils/content-files.ts';
import { readGuideFiles, readTemplateFiles } from './data.ts';

/** What the references are checked against. */
export interface KnownIds {
  lessons: Set<string>;
  /** Vocabulary name -> its tags (the matching model). */
  vocabularies: Record<string, Set<string>>;
}

type Add = (field: string, message: string) => void;

function checkChoices(field: TemplateField, at: string, known: KnownIds, add: Add): void {
  if (field.type !== 'choice' && field.type !== 'checks') return;
  const { options, vocabulary } = field;
  if (!options === !vocabulary) add(at, 'give either `options` or `vocabulary`, not both or neither');
  if (vocabulary && !known.vocabularies[vocabulary]) add(`${at}.vocabulary`, `unknown vocabulary "${vocabulary}"`);
  const ids = options?.map((o) => o.id) ?? [];
  if (new Set(ids).size !== ids.length) add(`${at}.options`, 'option ids must be unique');
}

function checkFields(template: Template, known: KnownIds, add: Add): void {
  const top = new Map<string, { field: TemplateField; at: string }>();
  const matchKeys = new Set<string>();
  template.sections.forEach((section, s) => {
    section.fields.forEach((field, f) => {
      const at = `sections[${s}].fields[${f}]`;
      if (top.has(field.id)) add(`${at}.id`, `duplicate field id "${field.id}" (also at ${top.get(field.id)!.at})`);
      top.set(field.id, { field, at });
      checkChoices(field, at, known, add);
      if (field.type === 'scale' && field.min >= field.max) add(`${at}.max`, 'max must be above min');
      if (field.match) {
        if (matchKeys.has(field.match)) add(`${at}.match`, `"${field.match}" is read from two fields`);
        matchKeys.add(field.match);
      }
      if (field.type !== 'rows') return;
      const sub = new Set<string>();
      field.fields.forEach((inner, k) => {
        const innerAt = `${at}.fields[${k}]`;
        if (sub.has(inner.id)) add(`${innerAt}.id`, `duplicate field id "${inner.id}" in the row`);
        sub.add(inner.id);
        checkChoices(inner, innerAt, known, add);
        if (inner.when) add(`${innerAt}.when`, 'a field inside a row cannot depend on another field');
      });
      if (field.start > field.max)
        add(`${at}.start`, `starts with ${field.start} rows but allows at most ${field.max}`);
    });
  });
  for (const [id, { field, at }] of top) {
    if (!field.when) continue;
    const target = top.get(field.when.field)?.field;
    if (!target) add(`${at}.when.field`, `no field "${field.when.field}" in this template`);
    else if (target.type !== 'choice' || !target.options?.some((o) => o.id === field.when!.is)) {
      add(`${at}.when.is`, `field "${target.id}" has no choice "${field.when.is}" (field "${id}" depends on it)`);
    }
  }
}

/** Top-level fields by id, with their row fields by id. */
function fieldIndex(template: Template): Map<string, TemplateField> {
  return new Map(template.sections.flatMap((s) => s.fields.map((f) => [f.id, f] as const)));
}

function checkPairs(template: Template, paired: Template | undefined, add: Add): void {
  const others = paired ? fieldIndex(paired) : new Map<string, TemplateField>();
  template.sections.forEach((section, s) =>
    section.fields.forEach((field, f) => {
      const at = `sections[${s}].fields[${f}]`;
      if (!field.pairs) return;
      if (!paired) return add(`${at}.pairs`, 'the template names no `pairsWith` template');
      const other = others.get(field.pairs);
      if (!other) return add(`${at}.pairs`, `no field "${field.pairs}" in "${paired.id}"`);
      if (field.type !== 'rows') return;
      if (other.type !== 'rows') return add(`${at}.pairs`, `"${field.pairs}" in "${paired.id}" is not a list of rows`);
      field.fields.forEach((inner, k) => {
        if (inner.pairs && !other.fields.some((o) => o.id === inner.pairs)) {
          add(`${at}.fields[${k}].pairs`, `no field "${inner.pairs}" in the rows of "${paired.id}"`);
        }
      });
    }),
  );
}

/** Checks the template files; returns the parsed templates too (for the guides' references). */
export function checkTemplates(files: ContentFile[], known: KnownIds, problems: ContentProblem[]): Template[] {
  const parsed = files.flatMap((file) => {
    const template = parseWith(templateSchema, file, problems);
    return template ? [{ file, template }] : [];
  });
  const ids = new Map<string, string>();
  const orders = new Map<number, string>();
  for (const { file, template } of parsed) {
    const add: Add = (field, message) => problems.push({ file: file.path, field, message });
    const name = file.path
      .split('/')
      .pop()!
      .replace(/\.ya?ml$/, '')
      .replace(/^\d+-/, '');
    if (name !== template.id)
      add('id', `id "${template.id}" must match the file name "${name}" (after the NN- prefix)`);
    if (ids.has(template.id)) add('id', `duplicate template id "${template.id}" (also in ${ids.get(template.id)})`);
    ids.set(template.id, file.path);
    if (orders.has(template.order))
      add('order', `duplicate order ${template.order} (also in ${orders.get(template.order)})`);
    orders.set(template.order, file.path);
    if (known.lessons.size > 0 && !known.lessons.has(template.lesson))
      add('lesson', `unknown lesson "${template.lesson}"`);
    if (template.kind === 'form' && template.sections.length === 0)
      add('sections', 'a form needs at least one section');
    if (template.kind === 'agreement' && template.sections.length > 0) {
      add('sections', 'the agreement takes its fields from the code-of-ethics exercise: leave `sections` out');
    }
    checkFields(template, known, add);
  }
  const byId = new Map(parsed.map(({ template }) => [template.id, template]));
  for (const { file, template } of parsed) {
    const add: Add = (field, message) => problems.push({ file: file.path, field, message });
    const paired = template.pairsWith ? byId.get(template.pairsWith) : undefined;
    if (template.pairsWith && !paired) add('pairsWith', `unknown template "${template.pairsWith}"`);
    checkPairs(template, paired, add);
  }
  return parsed.map((p) => p.template);
}

/** Checks the guides' references to lessons, exercises and templates. */
export function checkGuides(
  files: ContentFile[],
  known: KnownIds,
  templateIds: Set<string>,
  problems: ContentProblem[],
) {
  const exerciseIds = new Set(EXERCISES.map((e) => e.id));
  for (const file of files) {
    const guide = parseWith(guideSchema, file, problems);
    if (!guide) continue;
    const name = file.path
      .split('/')
      .pop()!
      .replace(/\.ya?ml$/, '');
    if (name !== guide.id)
      problems.push({ file: file.path, field: 'id', message: `id "${guide.id}" must match the file name "${name}"` });
    guide.variants.forEach((variant, v) =>
      variant.sessions.forEach((session, s) =>
        session.items.forEach((item, i) => {
          const at = `variants[${v}].sessions[${s}].items[${i}]`;
          const refs: Array<[string, string[], Set<string>]> = [
            ['lessons', item.lessons, known.lessons],
            ['exercises', item.exercises, exerciseIds],
            ['templates', item.templates, templateIds],
          ];
          for (const [kind, list, valid] of refs) {
            list.forEach((id, k) => {
              if (valid.size > 0 && !valid.has(id)) {
                problems.push({
                  file: file.path,
                  field: `${at}.${kind}[${k}]`,
                  message: `unknown ${kind.slice(0, -1)} "${id}"`,
                });
              }
            });
          }
        }),
      ),
    );
  }
}

/** The toolkit's whole content check, run with the course's before the build. */
export function checkToolkit(dir = contentDir, root = process.cwd()): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lessons = new Set(
    readContentFiles(dir, root).lessons.map((f) => String((f.data as { id?: unknown } | null)?.id ?? '')),
  );
  let vocabularies: KnownIds['vocabularies'] = {};
  try {
    const { vocabulary } = loadMatching().model;
    vocabularies = Object.fromEntries(Object.entries(vocabulary).map(([k, v]) => [k, new Set(Object.keys(v))]));
  } catch {
    // The matching exercise's own check reports a broken model; vocabulary fields are then not checked here.
  }
  const known = { lessons, vocabularies };
  const templates = checkTemplates(readTemplateFiles(dir, root), known, problems);
  checkGuides(readGuideFiles(dir, root), known, new Set(templates.map((t) => t.id)), problems);
  return problems;
}
