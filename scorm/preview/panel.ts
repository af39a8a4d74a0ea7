import type { CallLog, Standard } from './lms-double.ts';

type Cmi = Record<string, unknown>;

/** Flattens scorm-again's nested JSON into `cmi.a.b` -> value, the way an LMS stores tracks. */
export function flatten(value: unknown, prefix = 'cmi'): Record<string, string> {
  if (value === null || typeof value !== 'object') return { [prefix]: value === undefined ? '' : String(value) };
  const out: Record<string, string> = {};
  for (const [key, child] of Object.entries(value as Record<string, unknown>))
    Object.assign(out, flatten(child, `${prefix}.${key}`));
  return out;
}

function row(cells: string[], header = false): HTMLTableRowElement {
  const tr = document.createElement('tr');
  for (const cell of cells) {
    const td = document.createElement(header ? 'th' : 'td');
    td.textContent = cell;
    tr.append(td);
  }
  return tr;
}

function fillTable(id: string, header: string[], rows: string[][]): void {
  const table = document.getElementById(id) as HTMLTableElement;
  table.replaceChildren(row(header, true), ...rows.map((r) => row(r)));
}

/** Indices n of `cmi.<list>.n.*` elements present in the flat data, in order. */
function indices(data: Record<string, string>, list: string): number[] {
  const found = new Set<number>();
  for (const key of Object.keys(data)) {
    const match = key.match(new RegExp(`^cmi\\.${list}\\.(\\d+)\\.`));
    if (match) found.add(Number(match[1]));
  }
  return [...found].sort((a, b) => a - b);
}

interface PanelLms {
  log: CallLog & { refusedBeacons?: number; largestCommitBytes?: number; lastCommitBytes?: number };
  cmi(): Cmi;
  stored?: () => Record<string, string>;
  attempt?: number;
  mode?: string;
}

/**
 * The live panel: what the LMS holds (for the Moodle profile, what reached its
 * "server"; otherwise scorm-again's data model): status, score, bookmark,
 * suspend data, objectives, interactions, calls.
 */
export function renderPanel(standard: Standard, profile: string, lms: PanelLms): void {
  const data = lms.stored ? lms.stored() : flatten(lms.cmi());
  const is12 = standard === '1.2';
  const get = (element: string) => data[element] ?? '';
  const { log } = lms;
  const values: Record<string, string> = {
    status: is12 ? get('cmi.core.lesson_status') : `${get('cmi.completion_status')} / ${get('cmi.success_status')}`,
    score: is12 ? get('cmi.core.score.raw') : `${get('cmi.score.raw')} (scaled ${get('cmi.score.scaled')})`,
    location: get(is12 ? 'cmi.core.lesson_location' : 'cmi.location'),
    progress: is12 ? '' : get('cmi.progress_measure'),
    suspend: `${get('cmi.suspend_data').length}`,
    exit: get(is12 ? 'cmi.core.exit' : 'cmi.exit'),
    session: get(is12 ? 'cmi.core.session_time' : 'cmi.session_time'),
    calls: `Initialize ${log.initialize} · Terminate ${log.terminate} · Commit ${log.commits} (odrzucone ${log.refusedCommits})`,
    rejections: log.rejections.length
      ? log.rejections.map((r) => `${r.element}=${r.value} (${r.code})`).join('; ')
      : '0',
    moodle:
      profile === 'moodle'
        ? `próba ${lms.attempt} · tryb ${lms.mode} · największy zapis ${log.largestCommitBytes ?? 0} B · odrzucone beacony ${log.refusedBeacons ?? 0}`
        : '',
  };
  for (const [key, value] of Object.entries(values)) {
    const cell = document.querySelector(`[data-field="${key}"]`);
    if (cell) cell.textContent = value;
  }
  fillTable(
    'objectives',
    ['id', 'status', 'wynik'],
    indices(data, 'objectives').map((n) => [
      get(`cmi.objectives.${n}.id`),
      is12
        ? get(`cmi.objectives.${n}.status`)
        : `${get(`cmi.objectives.${n}.completion_status`)} / ${get(`cmi.objectives.${n}.success_status`)}`,
      get(`cmi.objectives.${n}.score.raw`),
    ]),
  );
  fillTable(
    'interactions',
    ['id', 'typ', 'odpowiedź', 'wynik', 'czas reakcji'],
    indices(data, 'interactions').map((n) => [
      get(`cmi.interactions.${n}.id`),
      get(`cmi.interactions.${n}.type`),
      get(`cmi.interactions.${n}.${is12 ? 'student_response' : 'learner_response'}`),
      get(`cmi.interactions.${n}.result`),
      get(`cmi.interactions.${n}.latency`),
    ]),
  );
}
