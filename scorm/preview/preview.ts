import { createLms, type SavedAttempt, type Standard } from './lms-double.ts';
import { createMoodleLms } from './moodle-lms.ts';
import type { ManifestFacts, MoodleAttempt } from './moodle.ts';
import { PACKAGE_PATH } from './paths.ts';
import { renderPanel } from './panel.ts';

export type Profile = 'scorm-again' | 'moodle';

/** The learner the preview plays (`?learner=`): each has their own attempts, as in a real LMS. */
const DEFAULT_LEARNER = 'student-42';
const learner = new URLSearchParams(location.search).get('learner') || DEFAULT_LEARNER;
const who = learner === DEFAULT_LEARNER ? '' : `:${learner}`;
const storageKey = (profile: Profile, standard: Standard) =>
  profile === 'moodle' ? `scorm-preview:moodle:${standard}${who}` : `scorm-preview:${standard}${who}`;
const pendingKey = (standard: Standard) => `scorm-preview:moodle:${standard}${who}:pending`;

function load<T>(key: string): T | undefined {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
}

/** Reads the launch page and what Moodle takes from the package's own manifest. */
async function readManifest(standard: Standard) {
  const xml = await (await fetch(`${PACKAGE_PATH[standard]}imsmanifest.xml`)).text();
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const launch = doc.querySelector('resource')?.getAttribute('href') ?? 'index.html';
  const mastery12 = doc.getElementsByTagName('adlcp:masteryscore')[0]?.textContent ?? undefined;
  const objectives = [
    ...doc.getElementsByTagName('imsss:primaryObjective'),
    ...doc.getElementsByTagName('imsss:objective'),
  ];
  const facts: ManifestFacts = {
    objectiveMeasures: objectives.map(
      (o) => o.getElementsByTagName('imsss:minNormalizedMeasure')[0]?.textContent ?? undefined,
    ),
  };
  if (mastery12) facts.masteryScore12 = mastery12;
  const measure = facts.objectiveMeasures[0];
  const masteryScore = mastery12 ? Number(mastery12) : measure ? Number(measure) * 100 : undefined;
  return { launch, masteryScore, facts };
}

/**
 * Moodle's F5 race: beacons sent while the old player page unloaded land after
 * the new page has read the tracks. Apply them to the stored attempt now,
 * after this launch read it.
 */
function landPendingBeacons(standard: Standard): void {
  const pending = load<Array<{ attempt: number; values: Array<[string, string]> }>>(pendingKey(standard)) ?? [];
  localStorage.removeItem(pendingKey(standard));
  const stored = load<MoodleAttempt>(storageKey('moodle', standard));
  if (!stored || pending.length === 0) return;
  for (const beacon of pending) {
    if (beacon.attempt !== stored.attempt) continue;
    for (const [element, value] of beacon.values) stored.tracks[element] = value;
  }
  localStorage.setItem(storageKey('moodle', standard), JSON.stringify(stored));
}

function createProfileLms(
  profile: Profile,
  standard: Standard,
  params: URLSearchParams,
  manifest: Awaited<ReturnType<typeof readManifest>>,
  update: () => void,
) {
  const requested = params.get('mode');
  if (profile === 'moodle') {
    const lms = createMoodleLms({
      standard,
      saved: load<MoodleAttempt>(storageKey(profile, standard)),
      manifest: manifest.facts,
      newAttempt: params.get('newattempt') === 'on',
      browse: requested === 'browse',
      learner: { id: learner, name: learner === DEFAULT_LEARNER ? 'Nowak, Anna' : learner },
      persist: (attempt) => localStorage.setItem(storageKey(profile, standard), JSON.stringify(attempt)),
      persistLater: (attempt, values) => {
        const queue = load<unknown[]>(pendingKey(standard)) ?? [];
        localStorage.setItem(pendingKey(standard), JSON.stringify([...queue, { attempt, values }]));
      },
      onChange: () => queueMicrotask(update),
    });
    landPendingBeacons(standard);
    // Moodle's player (request.js) switches to the Beacon API when the page unloads or is hidden.
    addEventListener('pagehide', () => lms.setUnloading(true));
    addEventListener('beforeunload', () => lms.setUnloading(true));
    document.addEventListener('visibilitychange', () => lms.setUnloading(document.visibilityState === 'hidden'));
    return lms;
  }
  return {
    ...createLms({
      standard,
      saved: load<SavedAttempt>(storageKey(profile, standard)),
      masteryScore: manifest.masteryScore,
      mode: requested === 'browse' ? 'browse' : requested === 'review' ? 'review' : 'normal',
      learnerId: learner,
      persist: (attempt) => localStorage.setItem(storageKey(profile, standard), JSON.stringify(attempt)),
      onChange: () => queueMicrotask(update),
    }),
    setUnloading: () => undefined,
  };
}

/** Starts the preview LMS page. */
export async function startPreview(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const standard: Standard = params.get('standard') === '2004' ? '2004' : '1.2';
  const fallback = document.querySelector<HTMLMetaElement>('meta[name="lms-profile"]')?.content;
  const profile: Profile = (params.get('profile') ?? fallback) === 'moodle' ? 'moodle' : 'scorm-again';
  const manifest = await readManifest(standard);
  const update = () => renderPanel(standard, profile, server);
  const lms = createProfileLms(profile, standard, params, manifest, update);
  (window as unknown as Record<string, unknown>)[standard === '1.2' ? 'API' : 'API_1484_11'] = lms.api;
  // What the "server" holds: for Moodle, beacons that landed after the fact included.
  const server =
    profile === 'moodle'
      ? { ...lms, stored: () => load<MoodleAttempt>(storageKey(profile, standard))?.tracks ?? {} }
      : lms;
  (window as unknown as Record<string, unknown>)['previewLms'] = server;

  document.querySelector('[data-field="standard"]')!.textContent =
    `SCORM ${standard}${profile === 'moodle' ? ' · profil Moodle 4.5' : ''}`;
  const frame = document.getElementById('sco') as HTMLIFrameElement;
  frame.src = `${PACKAGE_PATH[standard]}${manifest.launch}`;
  document.getElementById('exit')!.addEventListener('click', () => {
    lms.setUnloading(true); // leaving the activity navigates Moodle's player page away
    frame.remove(); // the SCO's pagehide ends its session, as when an LMS closes it
    setTimeout(() => {
      if (profile === 'moodle') landPendingBeacons(standard);
      update();
    }, 100);
  });
  const relaunch = (extra: Record<string, string> = {}) => {
    const next = new URLSearchParams({ standard, profile, ...(who ? { learner } : {}), ...extra });
    location.search = next.toString();
  };
  document.getElementById('relaunch')!.addEventListener('click', () => relaunch());
  document.getElementById('new-attempt')!.addEventListener('click', () => relaunch({ newattempt: 'on' }));
  document.getElementById('reload')!.addEventListener('click', () => location.reload());
  document.getElementById('reset')!.addEventListener('click', () => {
    localStorage.removeItem(storageKey(profile, standard));
    localStorage.removeItem(pendingKey(standard));
    relaunch();
  });
  const fail = document.getElementById('fail-commits') as HTMLInputElement;
  document.getElementById('fail')!.addEventListener('click', () => lms.failNextCommits(Number(fail.value) || 0));
  const other = document.getElementById('switch') as HTMLAnchorElement;
  other.href = `?standard=${standard === '1.2' ? '2004' : '1.2'}&profile=${profile}`;
  other.textContent = `Przełącz na SCORM ${standard === '1.2' ? '2004' : '1.2'}`;
  const otherProfile = document.getElementById('switch-profile') as HTMLAnchorElement;
  otherProfile.href = `?standard=${standard}&profile=${profile === 'moodle' ? 'scorm-again' : 'moodle'}`;
  otherProfile.textContent = profile === 'moodle' ? 'Profil: czysty scorm-again' : 'Profil: Moodle 4.5';
  update();
}

void startPreview();
