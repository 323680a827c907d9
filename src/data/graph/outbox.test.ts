import { ConflictError, ThrottledError, ValidationError, networkError } from '../errors';
import { Outbox, QueuedOfflineError, isTransientFailure, memoryStorage, withOutbox, type OutboxStorage } from './outbox';

/** A network that is down until `up` is set; records what reached the "service". */
function service() {
  const state = { up: true, saved: [] as string[] };
  const save = async (text: string): Promise<string> => {
    if (!state.up) throw networkError(new TypeError('Failed to fetch'));
    state.saved.push(text);
    return text;
  };
  return { state, save };
}

/** An interval the test fires by hand. */
function manualTimer() {
  const tasks: (() => void)[] = [];
  return {
    every: (_ms: number, task: () => void) => {
      tasks.push(task);
      return () => tasks.splice(tasks.indexOf(task), 1);
    },
    fire: () => tasks.forEach((t) => t()),
    count: () => tasks.length,
  };
}

const now = () => new Date('2026-11-23T10:00:00Z');
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

it('runs a write at once when nothing waits and the network is there', async () => {
  const { state, save } = service();
  const outbox = new Outbox({ storage: memoryStorage(), now });
  await expect(outbox.wrap('notes.save', save)('a')).resolves.toBe('a');
  expect(state.saved).toEqual(['a']);
  expect(outbox.state()).toEqual({ pending: 0, replaying: false, failed: [] });
});

it('keeps a write that got no answer, survives a new page (storage), and replays it in order', async () => {
  const storage = memoryStorage();
  const { state, save } = service();
  state.up = false;
  const first = new Outbox({ storage, now });
  const write = first.wrap('notes.save', save);
  await expect(write('a')).rejects.toBeInstanceOf(QueuedOfflineError);
  await expect(write('b')).rejects.toBeInstanceOf(QueuedOfflineError);
  expect(first.state().pending).toBe(2);

  // A reload: a new outbox over the same storage finds both and sends them once the network is back.
  const second = new Outbox({ storage, now, every: manualTimer().every });
  second.wrap('notes.save', save);
  await second.start();
  expect(second.state().pending).toBe(2);
  state.up = true;
  await second.retryNow();
  expect(state.saved).toEqual(['a', 'b']);
  expect(second.state().pending).toBe(0);
  expect(storage.getItem('driehoek.outbox')).toBeNull();
});

it('queues a new write behind waiting ones, so they arrive in the order made', async () => {
  const { state, save } = service();
  state.up = false;
  let online = false;
  const outbox = new Outbox({ storage: memoryStorage(), now, isOnline: () => online });
  const write = outbox.wrap('notes.save', save);
  await expect(write('a')).rejects.toBeInstanceOf(QueuedOfflineError);
  state.up = true;
  online = true;
  // The waiting write goes first, then this one runs directly.
  await expect(write('b')).resolves.toBe('b');
  expect(state.saved).toEqual(['a', 'b']);
});

it('does not try while the browser says offline, and replays on the online event', async () => {
  const { state, save } = service();
  let online = false;
  let onOnline: () => void = () => undefined;
  const outbox = new Outbox({
    storage: memoryStorage(),
    now,
    isOnline: () => online,
    onOnline: (listener) => {
      onOnline = listener;
      return () => undefined;
    },
    every: manualTimer().every,
  });
  const write = outbox.wrap('notes.save', save);
  await outbox.start();
  await expect(write('offline edit')).rejects.toBeInstanceOf(QueuedOfflineError);
  expect(state.saved).toEqual([]);
  online = true;
  onOnline();
  await settle();
  expect(state.saved).toEqual(['offline edit']);
});

it('retries on the interval and stops at the first write that still cannot go', async () => {
  const { state, save } = service();
  const timer = manualTimer();
  state.up = false;
  const outbox = new Outbox({ storage: memoryStorage(), now, every: timer.every });
  const write = outbox.wrap('notes.save', save);
  await outbox.start();
  await expect(write('a')).rejects.toBeInstanceOf(QueuedOfflineError);
  timer.fire();
  await settle();
  expect(outbox.state().pending).toBe(1);
  state.up = true;
  timer.fire();
  await settle();
  expect(state.saved).toEqual(['a']);
  outbox.stop();
  expect(timer.count()).toBe(0);
});

it('keeps a write the service still throttles after the retries (429), as it keeps one without an answer', async () => {
  const outbox = new Outbox({ storage: memoryStorage(), now });
  const throttled = new ThrottledError('slow down', { status: 429, retryAfterSeconds: 30 });
  let busy = true;
  const saved: string[] = [];
  const write = outbox.wrap('notes.save', async (text: string) => {
    if (busy) throw throttled;
    saved.push(text);
  });
  await expect(write('a')).rejects.toBeInstanceOf(QueuedOfflineError);
  expect(outbox.state().pending).toBe(1);
  expect(isTransientFailure(throttled)).toBe(true);
  busy = false;
  await outbox.retryNow();
  expect(saved).toEqual(['a']);
  expect(outbox.state().pending).toBe(0);
});

it('never queues a refusal (4xx): the caller gets it at once', async () => {
  const outbox = new Outbox({ storage: memoryStorage(), now });
  const refused = new ValidationError('nope', { status: 400 });
  const write = outbox.wrap('notes.save', async () => Promise.reject(refused));
  await expect(write()).rejects.toBe(refused);
  expect(outbox.state().pending).toBe(0);
  expect(isTransientFailure(refused)).toBe(false);
});

it('turns a conflict during replay into a failed change the person sees, and goes on with the rest', async () => {
  const { state, save } = service();
  state.up = false;
  const outbox = new Outbox({ storage: memoryStorage(), now });
  const update = outbox.wrap('notes.update', async (_text: string) => {
    if (!state.up) throw networkError(new TypeError('Failed to fetch'));
    throw new ConflictError('changed by someone else', { status: 412 });
  });
  const write = outbox.wrap('notes.save', save);
  await expect(update('mine')).rejects.toBeInstanceOf(QueuedOfflineError);
  await expect(write('next')).rejects.toBeInstanceOf(QueuedOfflineError);
  const seen: number[] = [];
  outbox.subscribe(() => seen.push(outbox.state().pending));
  state.up = true;
  await outbox.retryNow();
  expect(state.saved).toEqual(['next']);
  const { failed, pending } = outbox.state();
  expect(pending).toBe(0);
  expect(failed).toEqual([{ id: expect.any(String), operation: 'notes.update', reason: 'conflict', at: '2026-11-23T10:00:00.000Z' }]);
  expect(seen).toContain(0);
  outbox.dismiss(failed[0]!.id);
  expect(outbox.state().failed).toEqual([]);
});

it('keeps a copy of the arguments: a later change by the caller does not change what is replayed', async () => {
  const received: unknown[] = [];
  let up = false;
  const outbox = new Outbox({ storage: memoryStorage(), now });
  const write = outbox.wrap('notes.save', async (note: { text: string }) => {
    if (!up) throw networkError(new TypeError('Failed to fetch'));
    received.push(note);
  });
  const note = { text: 'as typed' };
  await expect(write(note)).rejects.toBeInstanceOf(QueuedOfflineError);
  note.text = 'changed later';
  up = true;
  await outbox.retryNow();
  expect(received).toEqual([{ text: 'as typed' }]);
});

it('works in memory when the storage refuses, and reads unreadable storage as empty', async () => {
  const blocked: OutboxStorage = {
    getItem: () => {
      throw new DOMException('blocked', 'SecurityError');
    },
    setItem: () => {
      throw new DOMException('blocked', 'SecurityError');
    },
    removeItem: () => undefined,
  };
  const { state, save } = service();
  state.up = false;
  const outbox = new Outbox({ storage: blocked, now });
  await expect(outbox.wrap('notes.save', save)('a')).rejects.toBeInstanceOf(QueuedOfflineError);
  expect(outbox.state().pending).toBe(1);
  state.up = true;
  await outbox.retryNow();
  expect(state.saved).toEqual(['a']);

  const garbled = memoryStorage();
  garbled.setItem('driehoek.outbox', '{not json');
  expect(new Outbox({ storage: garbled, now }).state().pending).toBe(0);
});

it('keeps one person’s queue apart from another’s (scope)', async () => {
  const storage = memoryStorage();
  const { state, save } = service();
  state.up = false;
  const ann = new Outbox({ storage, scope: 'ann', now });
  await expect(ann.wrap('notes.save', save)('a')).rejects.toBeInstanceOf(QueuedOfflineError);
  expect(new Outbox({ storage, scope: 'bob', now }).state().pending).toBe(0);
  expect(new Outbox({ storage, scope: 'ann', now }).state().pending).toBe(1);
});

it('refuses a replayed operation this version no longer has, instead of retrying it forever', async () => {
  const storage = memoryStorage();
  const { state, save } = service();
  state.up = false;
  await expect(new Outbox({ storage, now }).wrap('old.save', save)('a')).rejects.toBeInstanceOf(QueuedOfflineError);
  const next = new Outbox({ storage, now });
  await next.retryNow();
  expect(next.state()).toMatchObject({ pending: 0, failed: [{ operation: 'old.save', reason: 'refused' }] });
});

describe('withOutbox', () => {
  it('queues the named writes, lets reads wait for the start-up replay, and leaves top-level functions as they are', async () => {
    const { state, save } = service();
    state.up = false;
    const storage = memoryStorage();
    await expect(new Outbox({ storage, now }).wrap('notes.save', save)('queued before the reload')).rejects.toBeInstanceOf(
      QueuedOfflineError,
    );
    state.up = true;
    const api = {
      notes: { save, list: async () => [...state.saved] },
      diagnostics: () => 42,
    };
    const outbox = new Outbox({ storage, now, every: manualTimer().every });
    const wrapped = withOutbox(api, outbox, ['notes.save']);
    void outbox.start();
    // The read waits for the replay, so it sees the queued edit.
    await expect(wrapped.notes.list()).resolves.toEqual(['queued before the reload']);
    expect(wrapped.diagnostics()).toBe(42);
    await expect(wrapped.notes.save('b')).resolves.toBe('b');
  });

  it('refuses a write name that is not an operation', () => {
    const outbox = new Outbox({ storage: memoryStorage(), now });
    expect(() => withOutbox({ notes: { save: async () => 1 } }, outbox, ['notes.sav'])).toThrow(RangeError);
  });
});
