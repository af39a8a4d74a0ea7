import { describe, expect, test } from 'vitest';
import { readCodeData } from '../../../exercises/code-of-ethics/data.ts';
import { appendLine, codeRoom, restoreCodes, setTeamCode } from '../../../exercises/code-of-ethics/trainer-room.ts';
import { loadMatching } from '../../../exercises/matching/data.ts';
import { viewScenario } from '../../../exercises/matching/scenario-view.ts';
import {
  chooseMentor,
  matchingRoom,
  restoreMatching,
  switchScenario,
  teamResult,
} from '../../../exercises/matching/trainer-room.ts';
import { loadRolesData } from '../../../exercises/roles/data.ts';
import { restoreChoices, rolesRoom, toggleChoice } from '../../../exercises/roles/trainer-room.ts';
import { splitNotes } from '../../../src/trainer/notes.ts';
import { freshRoom, restoreRoom, type RoomSpec } from '../../../src/trainer/room.ts';

const roles = loadRolesData();
const matching = loadMatching();
const code = readCodeData();
const views = matching.scenarios.map((s) => viewScenario(s, matching.model));

describe('trainer adapters', () => {
  test('returns, for every exercise, steps whose view the exercise offers and a task to project for each', () => {
    const specs: Array<RoomSpec<unknown>> = [
      rolesRoom(roles.statements, splitNotes(roles.trainer).steps) as RoomSpec<unknown>,
      matchingRoom(views, splitNotes(matching.trainer).steps) as RoomSpec<unknown>,
      codeRoom(code.principles.topics, splitNotes(code.trainer).steps) as RoomSpec<unknown>,
    ];
    for (const spec of specs) {
      for (const step of spec.steps) {
        expect(spec.views, `${spec.exercise}: ${step.title}`).toContain(step.view);
        expect(step.task, `${spec.exercise}: ${step.title}`).toBeTruthy();
      }
      // A saved fresh room comes back the same (what a reload does).
      const fresh = freshRoom(spec);
      expect(restoreRoom(JSON.parse(JSON.stringify(fresh)), spec)).toEqual(fresh);
    }
  });

  test('roles: returns the teams choices after a reload, unknown statements and roles dropped', () => {
    const id = roles.statements[0]!.id;
    const data = toggleChoice(
      toggleChoice({ choices: restoreChoices(null, roles.statements) }, 1, id, 'mentor'),
      1,
      id,
      'kierownik',
    );
    expect(data.choices[1]![id]).toEqual(['kierownik', 'mentor']);
    const raw = [{}, { [id]: ['mentor', 'boss'], s99: ['mentor'] }, 'x'];
    expect(restoreChoices(raw, roles.statements)).toEqual([{}, { [id]: ['mentor'] }, {}, {}]);
  });

  test('matching: returns the chosen scenario and choices after a reload; another scenario starts empty', () => {
    const pary = views[0]!.scenario;
    let data = restoreMatching(null, views);
    expect(data.scenario).toBe(pary.id);
    data = chooseMentor(data, 0, pary.mentees[0]!.id, pary.mentors[0]!.id);
    expect(restoreMatching(JSON.parse(JSON.stringify(data)), views)).toEqual(data);
    expect(restoreMatching({ scenario: 'nope', choices: [{ ghost: 'x' }] }, views).choices[0]).toEqual({});
    expect(switchScenario(data, views[1]!.scenario.id).choices.every((c) => Object.keys(c).length === 0)).toBe(true);
  });

  test('matching: returns the optimum total for a team that chose the best assignment', () => {
    const view = views[0]!;
    const best = Object.fromEntries(
      view.scenario.mentees.map((m, i) => [m.id, view.scenario.mentors[view.optimum.assignment[i]!]!.id]),
    );
    expect(teamResult(view, best).evaluation.total).toBe(view.optimum.total);
    expect(teamResult(view, best).placed).toBe(view.scenario.mentees.length);
  });

  test('code of ethics: returns the teams codes after a reload, and a suggestion appended as a new line', () => {
    const data = setTeamCode(restoreCodes(null), 2, 'Szanujemy czas');
    expect(restoreCodes(JSON.parse(JSON.stringify(data)))).toEqual(data);
    expect(restoreCodes({ codes: [5, 'a'], classCode: null })).toEqual({ codes: ['', 'a', '', ''], classCode: '' });
    expect(appendLine('Jedna\n', 'Druga')).toBe('Jedna\nDruga');
    expect(appendLine('', 'Pierwsza')).toBe('Pierwsza');
  });
});
