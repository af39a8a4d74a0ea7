// One window's view of the room: the state, saved on every change and exchanged with the other trainer
// windows (channel.ts), a clock for the timers, and polite announcements. Both the presenter and the
// projector window run one; any of them may change the room (a clicker may be plugged into either).
import { t } from './strings.ts';
import {
  CHANNEL_NAME,
  isNewer,
  isTrainerMessage,
  MESSAGE_APP,
  MESSAGE_VERSION,
  windowId,
  type TrainerMessage,
  type WindowRole,
} from './channel.ts';
import { freshRoom, restoreRoom, stepTimer, timerAction, type Room, type RoomSpec, type TimerAction } from './room.ts';
import { localStore, readSaved, roomKey, writeSaved, type SaveStatus } from './storage.ts';
import { clock, crossing, isRunning, remaining } from './timer.ts';

export class TrainerRoom<D> {
  readonly spec: RoomSpec<D>;
  readonly role: WindowRole;
  readonly id = windowId();
  room = $state.raw<Room<D>>() as Room<D>;
  /** The clock the timers are read against; ticks only while a timer runs. */
  now = $state(Date.now());
  /** How the last save went ('saved' until a save fails). */
  status = $state<SaveStatus>('saved');
  /** Projector windows currently open (seen by the presenter). */
  projectors = $state(0);
  announcement = $state('');

  /** The items of the current entries (cheap to compute, so read each time). */
  get items() {
    return this.spec.items(this.room.data);
  }
  /** The current step's timer. */
  get timer() {
    return stepTimer(this.room, this.spec);
  }
  /** Time left on the current step's timer. */
  get left() {
    return remaining(this.timer, this.now);
  }
  get running() {
    return isRunning(this.timer);
  }

  #storage: Storage | null = null;
  #channel: BroadcastChannel | null = null;
  // Not reactive on purpose: `projectors` (the count) is what the page shows.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a plain set behind the reactive count
  #projectorIds = new Set<string>();
  #last = { step: -1, left: 0 };

  constructor(spec: RoomSpec<D>, role: WindowRole) {
    this.spec = spec;
    this.role = role;
    this.room = freshRoom(spec);
  }

  get key(): string {
    return roomKey(this.spec.exercise);
  }

  /** Loads the saved room, joins the other windows and starts the clock; returns the cleanup. */
  connect(): () => void {
    this.#storage = localStore();
    if (!this.#storage) this.status = 'unavailable';
    const saved = readSaved(this.#storage, this.key);
    if (saved) this.room = restoreRoom(saved, this.spec);
    this.now = Date.now();
    this.#last = { step: this.room.step, left: this.left };

    if (typeof BroadcastChannel === 'function') {
      this.#channel = new BroadcastChannel(CHANNEL_NAME);
      this.#channel.onmessage = (event: MessageEvent) => this.#receive(event.data);
    }
    // Without BroadcastChannel (or where it is blocked), the saved room's storage event carries changes.
    const onStorage = (event: StorageEvent) => {
      if (event.key !== this.key || !event.newValue) return;
      try {
        this.#adopt(JSON.parse(event.newValue), '');
      } catch {
        // A half-written or foreign value: ignore it.
      }
    };
    const bye = () => this.#post('bye');
    window.addEventListener('storage', onStorage);
    window.addEventListener('pagehide', bye);
    this.#post('hello');
    const interval = setInterval(() => this.#tick(), 250);
    return () => {
      clearInterval(interval);
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pagehide', bye);
      this.#post('bye');
      this.#channel?.close();
      this.#channel = null;
    };
  }

  /** Applies a change: saved, sent to the other windows, and announced when a message is given. */
  update(change: (room: Room<D>) => Room<D>, announce?: string): void {
    const next = change(this.room);
    if (next === this.room) return;
    this.now = Date.now();
    this.room = { ...next, updated: Math.max(this.now, this.room.updated + 1) };
    this.#last = { step: this.room.step, left: this.left };
    this.status = this.#storage ? writeSaved(this.#storage, this.key, this.room) : 'unavailable';
    this.#post('state');
    if (announce) this.say(announce);
  }

  timerAction(action: TimerAction): void {
    const now = Date.now();
    this.update((room) => timerAction(room, this.spec, action, now));
    const left = clock(this.left);
    this.say(t(`trainer.timer.said.${action}`, { left }));
  }

  /** A polite announcement; the same message twice is still read (a no-break space alternates). */
  say(message: string): void {
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
  }

  #post(type: TrainerMessage['type']): void {
    const message: TrainerMessage<D> = {
      app: MESSAGE_APP,
      v: MESSAGE_VERSION,
      exercise: this.spec.exercise,
      from: this.id,
      role: this.role,
      type,
      ...(type === 'state' ? { room: this.room } : {}),
    };
    try {
      this.#channel?.postMessage(message);
    } catch {
      // A closed channel (the page is going away): nothing to tell.
    }
  }

  #receive(data: unknown): void {
    if (!isTrainerMessage(data, this.spec.exercise) || data.from === this.id) return;
    if (data.role === 'projector') {
      if (data.type === 'bye') this.#projectorIds.delete(data.from);
      else this.#projectorIds.add(data.from);
      this.projectors = this.#projectorIds.size;
    }
    if (data.type === 'hello') this.#post('state');
    if (data.type === 'state' && data.room) this.#adopt(data.room, data.from);
  }

  #adopt(raw: unknown, from: string): void {
    const room = restoreRoom(raw, this.spec);
    if (!isNewer(room, from, this.room, this.id)) return;
    this.room = room;
    this.now = Date.now();
    this.#last = { step: room.step, left: this.left };
  }

  // The clock moves only while the current step's timer runs; crossing the last minute and the end is
  // announced once (never every second).
  #tick(): void {
    if (!this.running) return;
    this.now = Date.now();
    const left = this.left;
    if (this.#last.step === this.room.step) {
      const moment = crossing(this.#last.left, left);
      if (moment) this.say(t(`trainer.timer.said.${moment}`));
    }
    this.#last = { step: this.room.step, left };
  }
}
