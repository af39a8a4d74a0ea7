// The presenter and projector windows talk over a BroadcastChannel (same origin, same browser): a window
// says hello when it opens, every window answers with its room, and every change is sent as the whole
// room. The newer room wins. Where BroadcastChannel is missing, the `storage` event of the saved room
// carries the same updates (see room.svelte.ts).
import type { Room } from './room.ts';

/** One channel for every exercise; messages name their exercise. */
export const CHANNEL_NAME = 'lse-m1-trainer';
export const MESSAGE_APP = 'lse-m1-trainer';
export const MESSAGE_VERSION = 1;

export type WindowRole = 'presenter' | 'projector';

/**
 * A message between trainer windows:
 * - `hello`: a window opened (the others answer with `state`);
 * - `state`: the sender's whole room, after a change or in answer to `hello`;
 * - `bye`: the window is closing (the presenter stops counting a projector).
 */
export interface TrainerMessage<D = unknown> {
  app: typeof MESSAGE_APP;
  v: typeof MESSAGE_VERSION;
  exercise: string;
  /** Random id of the sending window. */
  from: string;
  role: WindowRole;
  type: 'hello' | 'state' | 'bye';
  room?: Room<D>;
}

/** Whether `data` is a trainer message about this exercise (messages from elsewhere are ignored). */
export function isTrainerMessage(data: unknown, exercise: string): data is TrainerMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return (
    m['app'] === MESSAGE_APP &&
    m['v'] === MESSAGE_VERSION &&
    m['exercise'] === exercise &&
    typeof m['from'] === 'string' &&
    (m['role'] === 'presenter' || m['role'] === 'projector') &&
    (m['type'] === 'hello' || m['type'] === 'state' || m['type'] === 'bye')
  );
}

/** Whether an incoming room replaces ours: later change wins; a tie goes to the larger window id. */
export function isNewer(
  incoming: { updated: number },
  from: string,
  local: { updated: number },
  self: string,
): boolean {
  if (incoming.updated !== local.updated) return incoming.updated > local.updated;
  return from > self;
}

/** A random id for this window. */
export function windowId(): string {
  return Math.random().toString(36).slice(2, 10);
}
