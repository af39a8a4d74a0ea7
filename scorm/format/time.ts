// Time formats of the two standards. Pure, unit-tested.

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** SCORM 1.2 CMITimespan `HHHH:MM:SS.SS` (RTE 3.4.2; hours 2-4 digits, capped at 9999). */
export function scorm12Timespan(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(centis / 360000));
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = Math.floor((centis % 6000) / 100);
  const fraction = centis % 100;
  if (hours === 9999 && centis >= 9999 * 360000 + 360000) return '9999:59:59.99';
  return `${pad(hours, 4)}:${pad(minutes)}:${pad(seconds)}.${pad(fraction)}`;
}

/** SCORM 1.2 CMITime `HH:MM:SS` (time of day, for cmi.interactions.n.time). */
export function scorm12TimeOfDay(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** SCORM 2004 timeinterval (second,10,2): ISO 8601 duration such as `PT1H2M3.45S`. */
export function scorm2004Duration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  let out = 'PT';
  if (hours) out += `${hours}H`;
  if (minutes) out += `${minutes}M`;
  if (seconds || out === 'PT') out += `${Number.isInteger(seconds) ? seconds : seconds.toFixed(2).replace(/0$/, '')}S`;
  return out;
}

/** SCORM 2004 time (second,10,0): `YYYY-MM-DDThh:mm:ss.ssZ`, at most two decimal places. */
export function scorm2004Timestamp(date: Date): string {
  return `${date.toISOString().slice(0, 22)}Z`;
}
