// A stand-in value for a SCORM 1.2 element: valid for the element's type and
// different from its real value, so that an LMS that sends only changed values
// (Moodle 4.5, mod/scorm/datamodels/scorm_12.js CollectData) sends the element
// again when the real value is set back (see scorm/runtime/scorm-session.ts).
// The stand-in lives on the server for one commit at most; each is chosen to do
// no harm if the learner left in between: never a terminal status, scores a
// hundredth apart, empty strings where the type allows them.

const NUMERIC =
  /^cmi\.(core\.score\.(raw|min|max)|objectives\.\d+\.score\.(raw|min|max)|interactions\.\d+\.weighting)$/;
const STATUS = /^cmi\.(core\.lesson_status|objectives\.\d+\.status)$/;
const TIME = /^cmi\.interactions\.\d+\.time$/;
const TIMESPAN = /^cmi\.(interactions\.\d+\.latency|core\.session_time)$/;
const TYPE = /^cmi\.interactions\.\d+\.type$/;
const RESULT = /^cmi\.interactions\.\d+\.result$/;

/** A number a hundredth away, inside 0-100 (CMIDecimal, range 0#100 or -100#100). */
function nearby(value: string): string {
  const n = Number(value);
  if (!Number.isFinite(n)) return '0';
  return String(Math.round((n >= 1 ? n - 0.01 : n + 0.01) * 100) / 100);
}

/** HH:MM:SS one second later (wrapping at midnight). */
function secondLater(time: string): string {
  const [h = 0, m = 0, s = 0] = time.split(':').map((part) => Math.floor(Number(part)));
  const total = (h * 3600 + m * 60 + s + 1) % 86400;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}

/** The stand-in for `element` whose real value is `value` (`confirmed`: what the LMS last accepted, if known). */
export function placeholder12(element: string, value: string, confirmed?: string): string {
  if (NUMERIC.test(element)) return nearby(value);
  if (STATUS.test(element)) {
    if (confirmed !== undefined && confirmed !== value) return confirmed;
    return value === 'incomplete' ? 'browsed' : 'incomplete';
  }
  if (TIME.test(element)) return secondLater(value);
  if (TIMESPAN.test(element)) return value === '0000:00:00' ? '0000:00:01' : '0000:00:00';
  if (TYPE.test(element)) return value === 'choice' ? 'fill-in' : 'choice';
  if (RESULT.test(element)) return value === 'neutral' ? 'unanticipated' : 'neutral';
  if (element === 'cmi.core.exit') return value === 'suspend' ? '' : 'suspend';
  if (confirmed !== undefined && confirmed !== value) return confirmed;
  // The course trims both when it reads them back: a trailing space changes nothing.
  if (element === 'cmi.suspend_data' || element === 'cmi.core.lesson_location') {
    const limit = element === 'cmi.suspend_data' ? 4096 : 255;
    return value.length < limit ? `${value} ` : value.slice(0, -1);
  }
  // Identifiers (CMIIdentifier: at least one character in scorm-again and most LMSs): a suffix.
  if (/\.id$/.test(element)) return value.length < 255 ? `${value}-` : value.slice(0, -1);
  // Other strings (responses, patterns): CMIString allows ''.
  return value === '' ? ' ' : '';
}
