// Words for the matching exercise's data and results: vocabulary labels, levels, points, and each scoring
// reason as a sentence. Shared by the islands and the printed pages, so every view explains a pair alike.
import { pluralForm } from '../../src/i18n/plural.ts';
import { tm as t } from './strings.ts';
import type { Part, People, Reason } from './model.ts';
import type { CriterionId, Family, Form, Gender, Model, Slot } from './schema.ts';

type Vocabulary = keyof Model['vocabulary'];

/** Tags of an open vocabulary as their labels, joined with commas (unknown tags are shown as they are). */
export function vocab(model: Model, kind: Vocabulary, tags: readonly string[]): string {
  return tags.map((tag) => model.vocabulary[kind][tag] ?? tag).join(', ');
}

/** "1 rok", "3 lata", "25 lat" (the course's Polish plural rules; years are whole numbers). */
export function years(n: number): string {
  const many = t('matching.years.many', { n });
  return pluralForm(n, { one: t('matching.years.one', { n }), few: t('matching.years.few', { n }), many, other: many });
}

const number = new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 1 });
const signed = new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

/** Points kept in tenths as Polish text: 12,5 (or +12,5 / −3 when `sign`). */
export function points(tenths: number, sign = false): string {
  return (sign ? signed : number).format(tenths / 10);
}

export const slotLabel = (slot: Slot) => t(`matching.slot.${slot}`);
export const formLabel = (form: Form) => t(`matching.form.${form}`);
export const familyLabel = (family: Family) => t(`matching.family.${family}`);
export const genderLabel = (gender: Gender) => t(`matching.gender.${gender}`);
export const levelLabel = (kind: 'motivation' | 'openness' | 'commitment' | 'skills', level: 1 | 2 | 3) =>
  t(`matching.${kind}.${level}`);

/** The criterion's name as the model file gives it. */
export function criterionLabel(model: Model, id: CriterionId): string {
  return model.criteria.find((c) => c.id === id)?.label ?? id;
}

const level = (tag: string | undefined) => Number(tag?.slice(1) ?? 1) as 1 | 2 | 3;

// `[mentee:wolał|wolała]` picks the masculine or feminine word by the person's grammatical form.
const AGREE = /\[(mentee|mentor):([^|\]]*)\|([^\]]*)\]/g;

/** Fills the people's names and makes the words agree with each person's grammatical form. */
export function agree(text: string, people: People): string {
  return text
    .replace(AGREE, (_, who: 'mentee' | 'mentor', m: string, f: string) => (people[who].grammar === 'f' ? f : m))
    .replace(/\{(mentee|mentor)\}/g, (_, who: 'mentee' | 'mentor') => people[who].name);
}

/** One scoring reason as a phrase (no capital, no full stop): it follows the criterion's name. */
export function reasonText(reason: Reason, model: Model, people: People): string {
  return agree(reasonPhrase(reason, model), people);
}

function reasonPhrase(reason: Reason, model: Model): string {
  const tags = reason.tags ?? [];
  const other = reason.other ?? [];
  switch (reason.code) {
    case 'wishesAll':
    case 'wishesSome':
    case 'wishesNone':
      return t(`matching.reason.${reason.code}`, {
        tags: vocab(model, 'support', tags),
        other: vocab(model, 'support', other),
      });
    case 'experienceShared':
      return t('matching.reason.experienceShared', { tags: vocab(model, 'experience', tags) });
    case 'valuesShared':
      return t('matching.reason.valuesShared', { tags: vocab(model, 'values', tags) });
    case 'interestsShared':
      return t('matching.reason.interestsShared', { tags: vocab(model, 'interests', tags) });
    case 'interactionGood':
    case 'interactionFair':
    case 'interactionPoor':
      return t(`matching.reason.${reason.code}`, {
        openness: levelLabel('openness', level(tags[0])),
        skills: levelLabel('skills', level(tags[1])),
      });
    case 'ageClose':
    case 'ageFar':
      return t(`matching.reason.${reason.code}`, { years: years(reason.n ?? 0) });
    case 'genderWished':
    case 'genderNotWished':
      return t(`matching.reason.${reason.code}`, { tags: genderLabel(tags[0] as Gender) });
    case 'familySame':
    case 'familyOther':
    case 'familyNoDuties':
      return t(`matching.reason.${reason.code}`, {
        duty: familyLabel(tags[0] as Family),
        mentorDuty: familyLabel(tags[1] as Family),
      });
    case 'industrySame':
    case 'industryKnown':
    case 'industryOther':
      return t(`matching.reason.${reason.code}`, {
        industry: vocab(model, 'industries', tags.slice(0, 1)),
        mentorIndustry: vocab(model, 'industries', tags.slice(1, 2)),
      });
    case 'availabilityMany':
    case 'availabilityOne':
      return t(`matching.reason.${reason.code}`, { tags: tags.map((s) => slotLabel(s as Slot)).join(', ') });
    case 'formSame':
    case 'formCompromise':
    case 'formImpossible':
      return t(`matching.reason.${reason.code}`, {
        form: formLabel(tags[0] as Form),
        forms: tags
          .slice(1)
          .map((f) => formLabel(f as Form))
          .join(', '),
      });
    default:
      return t(`matching.reason.${reason.code}`);
  }
}

/** A criterion's contribution to a pair, as one line: "Branża (+12 pkt): ta sama branża: rowery". */
export function partText(part: Part, model: Model, people: People): string {
  return t('matching.partLine', {
    criterion: criterionLabel(model, part.criterion),
    points: points(part.points, true),
    reason: reasonText(part.reason, model, people),
  });
}
