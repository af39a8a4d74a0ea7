import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { points } from '../../exercises/matching/labels.ts';
import { pinCost } from '../../exercises/matching/pin.ts';
import { evaluate, percentOfBest } from '../../exercises/matching/result.ts';
import { viewScenario } from '../../exercises/matching/scenario-view.ts';
import type { Model, Scenario } from '../../exercises/matching/schema.ts';
import { decodeProgress } from '../../src/tracking/suspend-data.ts';
import { layoutFromContent } from '../../src/utils/state-layout.ts';
import { hydrated } from './support/hydration.ts';
import { cmi, course, freshLaunch, openInCourse } from './support/lms.ts';

const PAGE = 'cwiczenia/dobierz-pary-i-grupy.html';
const DATA = 'exercises/matching/data';
const model = parse(readFileSync(`${DATA}/model.yaml`, 'utf8')) as Model;
const scenarios = readdirSync(`${DATA}/scenarios`)
  .map((f) => parse(readFileSync(`${DATA}/scenarios/${f}`, 'utf8')) as Scenario)
  .sort((a, b) => a.order - b.order);
const PAIRS = scenarios.find((s) => s.id === 'pary')!;
const GROUPS = scenarios.find((s) => s.id === 'grupy')!;
const pairsView = viewScenario(PAIRS, model);

/** The learner's final pairs: allowed everywhere, but Ola takes Ewa, so Bartek and Dawid end up weaker. */
const CHOICE: Record<string, string> = {
  kuba: 'tomasz',
  ola: 'ewa',
  marta: 'jolanta',
  dawid: 'marek',
  natalia: 'krystyna',
  bartek: 'piotr',
};
const OPTIMAL = Object.fromEntries(
  PAIRS.mentees.map((m, i) => [m.id, PAIRS.mentors[pairsView.optimum.assignment[i]!]!.id]),
);
const nameOf = (scenario: Scenario, id: string) =>
  [...scenario.mentees, ...scenario.mentors].find((p) => p.id === id)!.name;

/** Chooses a mentor by keyboard (focus the list, pick, Tab to the reason) and types the reason if given. */
async function choose(
  page: Page,
  scope: Page | FrameLocator,
  scenario: Scenario,
  mentee: string,
  mentor: string,
  reason = '',
) {
  const select = scope.getByLabel(`${nameOf(scenario, mentee)}: mentor`, { exact: true });
  await select.focus();
  await select.selectOption(mentor);
  await page.keyboard.press('Tab');
  const input = scope.getByLabel(`${nameOf(scenario, mentee)}: dlaczego ten mentor? (jedno zdanie)`);
  await expect(input).toBeFocused();
  if (reason) await page.keyboard.type(reason);
}

async function pressCheck(page: Page, scope: Page | FrameLocator) {
  await scope.getByRole('button', { name: 'Sprawdź', exact: true }).focus();
  await page.keyboard.press('Enter');
}

test.describe('matching exercise: learner page', () => {
  test('pairs by keyboard: impossible pairs are refused, then the result compares with the optimum and survives a reload', async ({
    page,
  }) => {
    await page.goto(PAGE);
    await hydrated(page);
    await expect(page.getByRole('heading', { name: PAIRS.title })).toBeVisible();

    // Capacity: a mentor in a pair is no longer offered to anyone else.
    await choose(page, page, PAIRS, 'kuba', 'tomasz', 'Zna branżę i pokaże prawdziwy warsztat.');
    await expect(page.getByLabel('Ola: mentor', { exact: true }).locator('option[value="tomasz"]')).toBeDisabled();
    await expect(page.locator('[data-mentor="tomasz"]')).toContainText('Kuba');

    for (const mentee of ['ola', 'marta', 'dawid']) await choose(page, page, PAIRS, mentee, CHOICE[mentee]!);
    await choose(page, page, PAIRS, 'bartek', 'krystyna');
    await pressCheck(page, page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Bez mentora: Natalia.');
    await expect(alert).toContainText('Bartek i Krystyna (żadnej wspólnej pory spotkań)');
    await expect(page.getByRole('heading', { name: 'Twój wynik' })).toHaveCount(0);

    await choose(page, page, PAIRS, 'bartek', 'piotr');
    await choose(page, page, PAIRS, 'natalia', 'krystyna');
    await expect(page.locator('.progress')).toHaveText('Przydzieleni: 6 z 6.');
    await pressCheck(page, page);

    const result = page.getByRole('heading', { name: 'Twój wynik' });
    await expect(result).toBeFocused();
    const choices = PAIRS.mentees.map((m) => PAIRS.mentors.findIndex((r) => r.id === CHOICE[m.id]));
    const evaluation = evaluate(choices, pairsView.matrix, pairsView.capacity, pairsView.optimum);
    await expect(page.locator('.result .summary').first()).toHaveText(
      `Twój przydział: ${points(evaluation.total)} pkt. Najlepszy możliwy: ${points(evaluation.best)} pkt. To ${percentOfBest(evaluation)}% najlepszego wyniku.`,
    );
    const kuba = page.locator('.result [data-mentee="kuba"]');
    await expect(kuba).toHaveAttribute('data-status', 'best');
    await expect(kuba).toContainText('Tak jak w najlepszym przydziale');
    await expect(kuba).toContainText('Zna branżę i pokaże prawdziwy warsztat.');
    const ola = page.locator('.result [data-mentee="ola"]');
    await expect(ola).toContainText('Inaczej niż w najlepszym przydziale');
    await expect(ola).toContainText(`W najlepszym przydziale: ${nameOf(PAIRS, OPTIMAL['ola']!)}`);
    await expect(ola).toContainText('Co wzmacnia to dopasowanie');
    await expect(ola).toContainText('Co je osłabia');
    // What "best" optimises, and what keeping Ola's pair costs the group (the pair pinned, the rest re-solved).
    await expect(page.locator('.result .explained')).toContainText('suma punktów całej grupy jest największa');
    const olaIndex = PAIRS.mentees.findIndex((m) => m.id === 'ola');
    const keep = pinCost(pairsView.matrix, pairsView.capacity, pairsView.optimum, {
      mentee: olaIndex,
      mentor: choices[olaIndex]!,
    });
    expect(keep.loss).toBeGreaterThan(0);
    await expect(ola).toContainText(
      `Co kosztuje ta para: suma całej grupy spada o ${points(keep.loss)}\u00a0pkt (${points(keep.pinned.total)} zamiast ${points(evaluation.best)}).`,
    );

    // Tracked: the attempt with whole points, and the work under ex-matching:pary.
    const progress = decodeProgress(
      await page.evaluate(() => localStorage.getItem('lse-m1:progress')),
      layoutFromContent(),
    ).progress;
    expect(progress.activities['ex-matching']).toEqual({
      score: Math.round(evaluation.total / 10),
      max: Math.round(evaluation.best / 10),
      attempts: 1,
    });
    // Choices as indices into the scenario (exercises/matching/saved.ts, version 2): Kuba is mentee 0, pan Tomasz mentor 0.
    const kubaAt = PAIRS.mentees.findIndex((m) => m.id === 'kuba');
    const tomasz = PAIRS.mentors.findIndex((m) => m.id === 'tomasz');
    expect(progress.answers['ex-matching:pary']![2 + kubaAt]).toBe(tomasz.toString(36));

    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('heading', { name: 'Twój wynik' })).toBeVisible();
    await expect(page.getByLabel('Ola: mentor', { exact: true })).toHaveValue('ewa');
    await expect(page.getByLabel('Ola: mentor', { exact: true })).toBeDisabled();
    await expect(page.getByLabel('Kuba: dlaczego ten mentor? (jedno zdanie)')).toHaveValue(
      'Zna branżę i pokaże prawdziwy warsztat.',
    );

    await page.getByRole('button', { name: 'Zmień przydział' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Kuba: mentor', { exact: true })).toBeFocused();
    await expect(page.getByRole('heading', { name: 'Twój wynik' })).toHaveCount(0);
    for (const mentee of PAIRS.mentees) await choose(page, page, PAIRS, mentee.id, '');
    for (const mentee of PAIRS.mentees) await choose(page, page, PAIRS, mentee.id, OPTIMAL[mentee.id]!);
    await pressCheck(page, page);
    await expect(page.locator('.result')).toContainText('Twój przydział jest najlepszy z możliwych.');
  });

  test('groups: the scenario radio switches by keyboard and stays in the address; a full group is not offered', async ({
    page,
  }) => {
    await page.goto(PAGE);
    await hydrated(page);
    await page.getByRole('radio', { name: new RegExp(PAIRS.title) }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: new RegExp(GROUPS.title) })).toBeChecked();
    await expect(page.getByRole('heading', { name: GROUPS.title })).toBeVisible();
    await expect(page).toHaveURL(/#grupy$/);

    const [first, ...rest] = GROUPS.mentors;
    const filled = GROUPS.mentees.slice(0, GROUPS.capacity);
    for (const mentee of filled) await choose(page, page, GROUPS, mentee.id, first!.id);
    const next = GROUPS.mentees[GROUPS.capacity]!;
    const option = page.getByLabel(`${next.name}: mentor`, { exact: true }).locator(`option[value="${first!.id}"]`);
    await expect(option).toBeDisabled();
    await expect(option).toContainText('(grupa pełna)');
    await expect(page.locator(`[data-mentor="${first!.id}"]`)).toContainText(
      `Przypisani (${GROUPS.capacity} z ${GROUPS.capacity}):`,
    );
    await expect(
      page.getByLabel(`${next.name}: mentor`, { exact: true }).locator(`option[value="${rest[0]!.id}"]`),
    ).toBeEnabled();

    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('heading', { name: GROUPS.title })).toBeVisible();
    await expect(page.getByLabel(`${filled[0]!.name}: mentor`, { exact: true })).toHaveValue(first!.id);
  });
});

test.describe('matching exercise in the preview LMS', () => {
  for (const standard of ['1.2', '2004'] as const) {
    test(`SCORM ${standard}: "Sprawdź" reports a choice per mentee (objective lo5) and the written reason`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await freshLaunch(page, standard);
      await openInCourse(page, PAGE, 'Dobierz pary i grupy');
      const scope = course(page);
      await expect(scope.getByRole('heading', { name: PAIRS.title })).toBeVisible();
      for (const mentee of PAIRS.mentees) {
        await choose(page, scope, PAIRS, mentee.id, OPTIMAL[mentee.id]!, mentee.id === 'kuba' ? 'Ta sama branża.' : '');
      }
      await pressCheck(page, scope);
      await expect(scope.getByRole('heading', { name: 'Twój wynik' })).toBeFocused();
      if (standard === '2004') {
        // 2004: one summary per exercise (Moodle re-sends every interaction on every commit).
        await expect.poll(async () => Object.keys(((await cmi(page))['interactions'] ?? {}) as object).length).toBe(1);
        const [summary] = Object.values((await cmi(page))['interactions'] as Record<string, any>); // eslint-disable-line @typescript-eslint/no-explicit-any -- scorm-again's JSON
        expect(summary).toMatchObject({ id: 'ex-matching', type: 'other' });
        expect(summary.learner_response).toContain('pary-kuba=');
        return;
      }
      await expect
        .poll(async () => Object.keys(((await cmi(page))['interactions'] ?? {}) as object).length)
        .toBe(PAIRS.mentees.length + 1);
      const interactions = Object.values((await cmi(page))['interactions'] as Record<string, any>); // eslint-disable-line @typescript-eslint/no-explicit-any -- scorm-again's JSON
      const choiceIds = PAIRS.mentees.map((m) => `ex-matching-pary-${m.id}`);
      expect(interactions.map((i) => i.id).sort()).toEqual([...choiceIds, 'ex-matching-pary-kuba-why'].sort());
      const choicesReported = interactions.filter((i) => choiceIds.includes(i.id));
      expect(new Set(choicesReported.map((i) => i.type))).toEqual(new Set(['choice']));
      expect(new Set(choicesReported.map((i) => i.result))).toEqual(new Set(['correct']));
      const why = interactions.find((i) => i.id === 'ex-matching-pary-kuba-why');
      expect(why.type).toBe('fill-in');
      expect(why.result).toBe('neutral');
    });
  }
});
