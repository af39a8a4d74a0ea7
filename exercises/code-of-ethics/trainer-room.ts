// The code of ethics in trainer mode: each team's code as the trainer types it (one principle per line),
// the code the whole group builds on the projector, and the required topics revealed one at a time with
// which teams covered them.
import type { RoomSpec, StepInfo } from '../../src/trainer/room.ts';
import { MAX_TEAMS } from '../../src/trainer/room.ts';
import { MAX_PRINCIPLE_LENGTH, MAX_PRINCIPLES } from './code.ts';
import type { Topic } from './schema.ts';

/** The room's entries: per team (always MAX_TEAMS) its code as typed, and the group's shared code. */
export interface CodeRoom {
  codes: string[];
  classCode: string;
}

/** Longest code text kept (every principle at its longest, one per line). */
export const MAX_CODE_TEXT = MAX_PRINCIPLES * (MAX_PRINCIPLE_LENGTH + 8);

const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, MAX_CODE_TEXT) : '');

export function restoreCodes(raw: unknown): CodeRoom {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const codes = Array.isArray(r['codes']) ? r['codes'] : [];
  return { codes: Array.from({ length: MAX_TEAMS }, (_, i) => text(codes[i])), classCode: text(r['classCode']) };
}

export function codeRoom(topics: readonly Topic[], steps: StepInfo[]): RoomSpec<CodeRoom> {
  return {
    exercise: 'code-of-ethics',
    steps,
    views: ['task', 'class-code', 'item', 'results'],
    fresh: () => ({ codes: Array.from({ length: MAX_TEAMS }, () => ''), classCode: '' }),
    restore: restoreCodes,
    items: () => topics.map((topic) => ({ id: topic.id, label: topic.label })),
  };
}

export function setTeamCode(room: CodeRoom, team: number, code: string): CodeRoom {
  return { ...room, codes: room.codes.map((c, i) => (i === team ? code.slice(0, MAX_CODE_TEXT) : c)) };
}

export function setClassCode(room: CodeRoom, code: string): CodeRoom {
  return { ...room, classCode: code.slice(0, MAX_CODE_TEXT) };
}

/** Appends a principle as a new line of a code. */
export function appendLine(code: string, line: string): string {
  const trimmed = code.replace(/\s+$/, '');
  return trimmed ? `${trimmed}\n${line}` : line;
}
