import { createLms, type SavedAttempt, type Standard } from './lms-double.ts';
import { PACKAGE_PATH } from './paths.ts';

const storageKey = (standard: Standard) => `scorm-preview:${standard}`;

function loadAttempt(standard: Standard): SavedAttempt | undefined {
  try {
    return JSON.parse(localStorage.getItem(storageKey(standard)) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
}

/** Reads the launch page and the mastery score from the package's own manifest, as an LMS does. */
async function readManifest(standard: Standard) {
  const xml = await (await fetch(`${PACKAGE_PATH[standard]}imsmanifest.xml`)).text();
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const launch = doc.querySelector('resource')?.getAttribute('href') ?? 'index.html';
  const mastery12 = doc.getElementsByTagName('adlcp:masteryscore')[0]?.textContent;
  const measure = doc.getElementsByTagName('imsss:minNormalizedMeasure')[0]?.textContent;
  const masteryScore = mastery12 ? Number(mastery12) : measure ? Number(measure) * 100 : undefined;
  return { launch, masteryScore };
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

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

type Cmi = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- scorm-again's JSON shape

/** The live panel: status, score, bookmark, suspend data, objectives, interactions, call counts. */
function render(standard: Standard, cmi: Cmi, log: ReturnType<typeof createLms>['log']): void {
  const is12 = standard === '1.2';
  const core = is12 ? (cmi['core'] ?? {}) : cmi;
  const score = core['score'] ?? {};
  const values: Record<string, string> = {
    status: is12 ? text(core['lesson_status']) : `${text(cmi['completion_status'])} / ${text(cmi['success_status'])}`,
    score: is12 ? text(score['raw']) : `${text(score['raw'])} (scaled ${text(score['scaled'])})`,
    location: text(is12 ? core['lesson_location'] : cmi['location']),
    progress: is12 ? '' : text(cmi['progress_measure']),
    suspend: `${text(cmi['suspend_data']).length}`,
    exit: text(is12 ? core['exit'] : cmi['exit']),
    session: text(is12 ? core['session_time'] : cmi['session_time']),
    calls: `Initialize ${log.initialize} · Terminate ${log.terminate} · Commit ${log.commits} (odrzucone ${log.refusedCommits})`,
    rejections: log.rejections.length
      ? log.rejections.map((r) => `${r.element}=${r.value} (${r.code})`).join('; ')
      : '0',
  };
  for (const [key, value] of Object.entries(values)) {
    const cell = document.querySelector(`[data-field="${key}"]`);
    if (cell) cell.textContent = value;
  }
  const objectives = Object.values((cmi['objectives'] ?? {}) as Record<string, Cmi>);
  fillTable(
    'objectives',
    ['id', 'status', 'wynik'],
    objectives.map((o) => [
      text(o['id']),
      is12 ? text(o['status']) : `${text(o['completion_status'])} / ${text(o['success_status'])}`,
      text(o['score']?.['raw']),
    ]),
  );
  const interactions = Object.values((cmi['interactions'] ?? {}) as Record<string, Cmi>);
  fillTable(
    'interactions',
    ['id', 'typ', 'odpowiedź', 'wynik', 'czas reakcji'],
    interactions.map((i) => [
      text(i['id']),
      text(i['type']),
      text(is12 ? i['student_response'] : i['learner_response']),
      text(i['result']),
      text(i['latency']),
    ]),
  );
}

/** Starts the preview LMS page. */
export async function startPreview(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const standard: Standard = params.get('standard') === '2004' ? '2004' : '1.2';
  const { launch, masteryScore } = await readManifest(standard);
  const update = () => render(standard, lms.cmi(), lms.log);
  const lms = createLms({
    standard,
    saved: loadAttempt(standard),
    masteryScore,
    mode: params.get('mode') === 'browse' ? 'browse' : params.get('mode') === 'review' ? 'review' : 'normal',
    persist: (attempt) => localStorage.setItem(storageKey(standard), JSON.stringify(attempt)),
    onChange: () => queueMicrotask(update),
  });
  (window as unknown as Record<string, unknown>)[standard === '1.2' ? 'API' : 'API_1484_11'] = lms.api;
  (window as unknown as Record<string, unknown>)['previewLms'] = lms;

  document.querySelector('[data-field="standard"]')!.textContent = `SCORM ${standard}`;
  const frame = document.getElementById('sco') as HTMLIFrameElement;
  frame.src = `${PACKAGE_PATH[standard]}${launch}`;
  document.getElementById('exit')!.addEventListener('click', () => {
    frame.remove(); // the SCO's pagehide ends its session, as when an LMS closes it
    setTimeout(update, 100);
  });
  document.getElementById('relaunch')!.addEventListener('click', () => location.reload());
  document.getElementById('reset')!.addEventListener('click', () => {
    localStorage.removeItem(storageKey(standard));
    location.reload();
  });
  const fail = document.getElementById('fail-commits') as HTMLInputElement;
  document.getElementById('fail')!.addEventListener('click', () => lms.failNextCommits(Number(fail.value) || 0));
  const other = document.getElementById('switch') as HTMLAnchorElement;
  other.href = `?standard=${standard === '1.2' ? '2004' : '1.2'}`;
  other.textContent = `Przełącz na SCORM ${standard === '1.2' ? '2004' : '1.2'}`;
  update();
}

void startPreview();
