import type { Interaction, LearnerResponse } from '../../src/tracking/interaction.ts';
import { scorm12TimeOfDay, scorm12Timespan, scorm2004Duration, scorm2004Timestamp } from './time.ts';

/** One cmi element to set, relative to `cmi.interactions.n.`. */
export type Field = [element: string, value: string];

// SCORM 1.2 RTE 3.4: CMIFeedback and CMIIdentifier hold at most 255 characters.
const SCORM12_MAX = 255;
// SCORM 2004 RTE 4.2.9: fill-in strings at least 250 (SPM), long-fill-in 4000 (SPM).
const FILL_IN_MAX = 250;
const LONG_FILL_IN_MAX = 4000;

/** Cuts text to `max` characters without splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max).join('');
}

/**
 * Learner text as one line: line breaks become " / ". Moodle 4.5 checks 2004
 * responses against CMIFeedback `^.*$` and descriptions against
 * CMILangString `.{0,n}` (mod/scorm/datamodels/scorm_13.js), and '.' matches
 * no line terminator: a response with a line break is refused (406).
 */
export function oneLine(text: string): string {
  return text
    .trim()
    .replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' / ')
    .replace(/[ \t]+/g, ' ');
}

/** SCORM 2004 reserves `[,]`, `[.]` and `{...}` delimiters inside responses; learner text must not forge them. */
function plain2004(text: string): string {
  return oneLine(text)
    .replace(/\[([,.:])\]/g, '($1)')
    .replace(/^\{/, '(');
}

/** SCORM 1.2 interaction type: long-fill-in does not exist there. */
export function scorm12Type(response: LearnerResponse): string {
  return response.kind === 'long-fill-in' ? 'fill-in' : response.kind === 'other' ? 'performance' : response.kind;
}

/** A response in SCORM 1.2 format (RTE 3.4.2 cmi.interactions.n.student_response). */
export function scorm12Response(response: LearnerResponse): string {
  switch (response.kind) {
    case 'choice':
    case 'sequencing':
      return truncate(response.ids.join(','), SCORM12_MAX);
    case 'true-false':
      return response.value ? 't' : 'f';
    case 'matching':
      return truncate(response.pairs.map(([a, b]) => `${a}.${b}`).join(','), SCORM12_MAX);
    case 'fill-in':
    case 'long-fill-in':
    case 'other':
      return truncate(response.text.replace(/\s+/g, ' ').trim(), SCORM12_MAX);
  }
}

/** A response in SCORM 2004 format (RTE 4.2.9.2: `a[,]b`, `a[.]1[,]b[.]2`, `true`). */
export function scorm2004Response(response: LearnerResponse): string {
  switch (response.kind) {
    case 'choice':
    case 'sequencing':
      return response.ids.join('[,]');
    case 'true-false':
      return response.value ? 'true' : 'false';
    case 'matching':
      return response.pairs.map(([a, b]) => `${a}[.]${b}`).join('[,]');
    case 'fill-in':
      return truncate(plain2004(response.text), FILL_IN_MAX);
    case 'long-fill-in':
    case 'other':
      return truncate(plain2004(response.text), LONG_FILL_IN_MAX);
  }
}

/** The fields of one interaction for SCORM 1.2 (write-only elements; result `wrong`, not `incorrect`). */
export function scorm12InteractionFields(i: Interaction): Field[] {
  const fields: Field[] = [
    ['id', truncate(i.id, SCORM12_MAX)],
    ['type', scorm12Type(i.response)],
  ];
  if (i.objective) fields.push(['objectives.0.id', i.objective]);
  fields.push(['time', scorm12TimeOfDay(i.timestamp)]);
  if (i.correct) fields.push(['correct_responses.0.pattern', scorm12Response(i.correct)]);
  fields.push(
    ['weighting', String(i.weighting)],
    ['student_response', scorm12Response(i.response)],
    ['result', i.result === 'incorrect' ? 'wrong' : i.result],
    ['latency', scorm12Timespan(i.latencyMs)],
  );
  return fields;
}

/**
 * The fields of one interaction for SCORM 2004 4th edition (result
 * `incorrect`, not `wrong`). Moodle 4.5 re-sends every interaction on every
 * 2004 commit and sends the unload's by navigator.sendBeacon (64 KiB), each
 * field costing ~130 bytes of multipart overhead: optional fields with nothing
 * to say are left out (weighting 1, the default; an unanswered question's
 * response, which RTE 4.2.9.2 does not allow to be empty for most types), and
 * descriptions are short.
 */
export function scorm2004InteractionFields(i: Interaction): Field[] {
  const fields: Field[] = [
    ['id', i.id],
    ['type', i.response.kind],
  ];
  if (i.objective) fields.push(['objectives.0.id', i.objective]);
  fields.push(['timestamp', scorm2004Timestamp(i.timestamp)]);
  if (i.correct) fields.push(['correct_responses.0.pattern', scorm2004Response(i.correct)]);
  if (i.weighting !== 1) fields.push(['weighting', String(i.weighting)]);
  const response = scorm2004Response(i.response);
  if (response !== '') fields.push(['learner_response', response]);
  fields.push(['result', i.result], ['latency', scorm2004Duration(i.latencyMs)]);
  if (i.description) fields.push(['description', truncate(plain2004(i.description), DESCRIPTION_MAX)]);
  return fields;
}

const DESCRIPTION_MAX = 64;
// A summary's response lists the items compactly; 250 characters is the fill-in SPM.
const SUMMARY_MAX = 250;

/**
 * One interaction standing for a whole activity (an exercise check): the
 * items' responses listed in one `other` response, the result the share of
 * points (SCORM 2004 RTE 4.2.9.1: result may be a real number).
 */
export function summaryInteraction(
  activity: string,
  items: Interaction[],
  score: { score: number; max: number },
): Interaction {
  const response = items
    .map((i) => `${i.id.replace(`${activity}-`, '')}=${scorm2004Response(i.response).replace(/\[,\]/g, '+')}`)
    .join(';');
  const first = items[0];
  const summary: Interaction = {
    id: activity,
    response: { kind: 'other', text: truncate(response, SUMMARY_MAX) },
    result: score.max > 0 ? (String(Math.round((score.score / score.max) * 10000) / 10000) as `${number}`) : 'neutral',
    weighting: 1,
    latencyMs: items.reduce((sum, i) => sum + i.latencyMs, 0),
    timestamp: first?.timestamp ?? new Date(),
  };
  if (first?.objective) summary.objective = first.objective;
  return summary;
}
