/**
 * The outbox: writes that could not reach Graph for reasons time heals (no answer, a timeout, the
 * browser offline, the service unavailable or still throttling after the retry handler gave up)
 * are kept, in order, and sent again when the network returns (`online`), on an interval, at
 * start-up before the first read, or when the person asks. A refusal by the service (any other
 * 4xx) is never queued: it is the answer.
 *
 * It wraps the DataApi's write operations, not single HTTP requests, so an operation that takes
 * more than one write (a report and its successor) is replayed whole. Replaying is safe because
 * every write is: creates carry their ClientKey (a second create finds the first), updates and
 * deletes carry the If-Match etag the person edited, so a colleague's change in between ends as a
 * ConflictError shown to the person (see PendingChanges), never as a silent overwrite.
 *
 * Entries are kept in the injected storage (sessionStorage in the browser: it survives a reload,
 * not the end of the tab, and it holds pupil data, so never localStorage). When the storage refuses
 * (blocked, full) the outbox keeps working in memory.
 */
import { ConflictError, DataError, ThrottledError, UnavailableError } from '../errors';

/** The part of the Web Storage API the outbox uses. */
export interface OutboxStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface OutboxOptions {
  storage: OutboxStorage;
  /** Keeps one person's queue apart from another's in the same tab (e.g. the local identity). */
  scope?: string;
  /** The browser's idea of being online (navigator.onLine); default: always online. */
  isOnline?: () => boolean;
  /** Subscribes to the network coming back (window `online`); returns the unsubscribe. */
  onOnline?: (listener: () => void) => () => void;
  /** Runs `task` every `ms`; returns the cancel. Default setInterval. */
  every?: (ms: number, task: () => void) => () => void;
  /** How often queued writes are tried again (default 15 s). */
  retryIntervalMs?: number;
  now?: () => Date;
}

/** A queued write that will not go through: someone else changed the item, or it was refused. */
export interface FailedChange {
  id: string;
  /** The operation, e.g. "meetings.update". */
  operation: string;
  reason: 'conflict' | 'refused';
  /** ISO time of the failed replay. */
  at: string;
}

export interface PendingChangesState {
  /** Writes kept until the network returns. */
  pending: number;
  /** A replay is underway. */
  replaying: boolean;
  /** Queued writes that could not be saved after all, until the person dismisses them. */
  failed: readonly FailedChange[];
}

/** What the shell shows of the outbox. */
export interface PendingChanges {
  state(): PendingChangesState;
  /** Calls `listener` after every change of state; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Tries the queued writes now. */
  retryNow(): Promise<void>;
  /** Forgets a failed change once the person has seen it. */
  dismiss(id: string): void;
}

/**
 * The write did not reach the service and is kept in the outbox: not saved yet, not failed either.
 * Forms show it apart from "saved" (see ui/forms/useSave).
 */
export class QueuedOfflineError extends DataError {
  override name = 'QueuedOfflineError';
  constructor(readonly operation: string, cause?: unknown) {
    super(`${operation} is kept in the outbox until the network returns`, {
      status: 0,
      code: 'queued',
      ...(cause === undefined ? {} : { cause }),
    });
  }
}

/**
 * Failures that time heals: no answer, a timeout, the service unavailable (5xx), or still
 * throttled (429) after the retry handler's attempts. SharePoint can throttle a busy tenant for
 * minutes; reporting such a write as failed would ask the person to redo an edit that may even
 * have been stored already. Never another 4xx.
 */
export function isTransientFailure(error: unknown): boolean {
  return error instanceof UnavailableError || error instanceof ThrottledError;
}

interface Entry {
  id: string;
  operation: string;
  args: unknown[];
  queuedAt: string;
  attempts: number;
}

interface Stored {
  entries: Entry[];
  failed: FailedChange[];
}

type Operation = (...args: never[]) => Promise<unknown>;

const STORAGE_KEY = 'driehoek.outbox';

function newId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function readStored(storage: OutboxStorage, key: string): Stored {
  try {
    const text = storage.getItem(key);
    if (!text) return { entries: [], failed: [] };
    const parsed = JSON.parse(text) as Partial<Stored>;
    return {
      entries: Array.isArray(parsed.entries) ? parsed.entries : [],
      failed: Array.isArray(parsed.failed) ? parsed.failed : [],
    };
  } catch {
    // Blocked storage or something unreadable: start empty rather than not at all.
    return { entries: [], failed: [] };
  }
}

export class Outbox implements PendingChanges {
  private readonly key: string;
  private readonly operations = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  private readonly listeners = new Set<() => void>();
  private entries: Entry[];
  private failed: FailedChange[];
  private running: Promise<void> | null = null;
  private started: Promise<void> | null = null;
  private stops: (() => void)[] = [];
  private snapshot: PendingChangesState;

  constructor(private readonly options: OutboxOptions) {
    this.key = options.scope ? `${STORAGE_KEY}.${options.scope}` : STORAGE_KEY;
    const stored = readStored(options.storage, this.key);
    this.entries = stored.entries;
    this.failed = stored.failed;
    this.snapshot = this.current();
  }

  /** The same object until something changes (so React's useSyncExternalStore can hold it). */
  state(): PendingChangesState {
    return this.snapshot;
  }

  private current(): PendingChangesState {
    return { pending: this.entries.length, replaying: this.running !== null, failed: [...this.failed] };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The operation as the app calls it: run now when nothing is waiting, otherwise (or when it
   * fails for network reasons) kept behind what is waiting, so writes reach the service in the
   * order they were made. Rejects with QueuedOfflineError when kept.
   */
  wrap<F extends Operation>(operation: string, run: F): F {
    this.operations.set(operation, run as unknown as (...args: unknown[]) => Promise<unknown>);
    const wrapped = async (...args: Parameters<F>): Promise<unknown> => {
      if (this.entries.length) await this.replay();
      if (this.entries.length || !this.online()) throw this.enqueue(operation, args);
      try {
        return await run(...args);
      } catch (error) {
        if (isTransientFailure(error)) throw this.enqueue(operation, args, error);
        throw error;
      }
    };
    return wrapped as unknown as F;
  }

  /**
   * Replays once at start-up and then on `online` and on the interval. Resolves when the start-up
   * replay is done (whatever its outcome), so the first read sees the replayed writes.
   */
  start(): Promise<void> {
    if (this.started) return this.started;
    const { onOnline, every = defaultEvery, retryIntervalMs = 15_000 } = this.options;
    if (onOnline) this.stops.push(onOnline(() => void this.replay()));
    this.stops.push(
      every(retryIntervalMs, () => {
        if (this.entries.length) void this.replay();
      }),
    );
    this.started = this.replay();
    return this.started;
  }

  /** Resolves when the start-up replay is done; immediately when the outbox was never started. */
  ready(): Promise<void> {
    return this.started ?? Promise.resolve();
  }

  stop(): void {
    for (const stop of this.stops.splice(0)) stop();
  }

  /** Whether an operation of this name was wrapped. */
  knows(operation: string): boolean {
    return this.operations.has(operation);
  }

  retryNow(): Promise<void> {
    return this.replay(true);
  }

  dismiss(id: string): void {
    this.failed = this.failed.filter((f) => f.id !== id);
    this.save();
  }

  /** Sends the queued writes in order; stops at the first that still cannot reach the service. */
  replay(evenIfOffline = false): Promise<void> {
    if (this.running) return this.running;
    if (!this.entries.length || (!evenIfOffline && !this.online())) return Promise.resolve();
    this.running = this.drain().finally(() => {
      this.running = null;
      this.notify();
    });
    this.notify();
    return this.running;
  }

  private async drain(): Promise<void> {
    while (this.entries.length) {
      const entry = this.entries[0]!;
      const run = this.operations.get(entry.operation);
      try {
        // An operation this version of the app no longer has is refused, not retried forever.
        if (!run) throw new Error(`unknown operation ${entry.operation}`);
        await run(...entry.args);
      } catch (error) {
        if (isTransientFailure(error)) {
          entry.attempts += 1;
          this.save();
          return;
        }
        this.failed.push({
          id: entry.id,
          operation: entry.operation,
          reason: error instanceof ConflictError ? 'conflict' : 'refused',
          at: this.now().toISOString(),
        });
      }
      this.entries.shift();
      this.save();
    }
  }

  private enqueue(operation: string, args: readonly unknown[], cause?: unknown): QueuedOfflineError {
    // A copy as JSON: what is replayed is what was asked, whatever the caller changes afterwards.
    const copy = JSON.parse(JSON.stringify(args)) as unknown[];
    this.entries.push({ id: newId(), operation, args: copy, queuedAt: this.now().toISOString(), attempts: 0 });
    this.save();
    return new QueuedOfflineError(operation, cause);
  }

  private online(): boolean {
    return this.options.isOnline?.() ?? true;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private save(): void {
    try {
      if (!this.entries.length && !this.failed.length) this.options.storage.removeItem(this.key);
      else this.options.storage.setItem(this.key, JSON.stringify({ entries: this.entries, failed: this.failed }));
    } catch {
      // The storage refused (blocked or full): the queue still lives in memory until the tab closes.
    }
    this.notify();
  }

  private notify(): void {
    this.snapshot = this.current();
    for (const listener of [...this.listeners]) listener();
  }
}

function defaultEvery(ms: number, task: () => void): () => void {
  const timer = setInterval(task, ms);
  // In Node (seed, tests, bench) a waiting outbox must not keep the process alive.
  (timer as { unref?: () => void }).unref?.();
  return () => clearInterval(timer);
}

/**
 * The DataApi writes that go through the outbox: each is safe to send again (ClientKey for
 * creates, If-Match for updates and deletes) and touches only list items. Writes with effects
 * outside the lists (mail, calendar events, channel posts) are not queued: they fail as they are.
 */
export const QUEUED_WRITES: readonly string[] = [
  'meetings.create',
  'meetings.update',
  'commitments.create',
  'commitments.report',
  'commitments.renegotiate',
  'commitments.markSupportGiven',
  'planner.updateCycle',
  'planner.createGoal',
  'planner.updateGoal',
  'planner.deleteGoal',
];

/** A storage that lives only as long as the page (for Node, tests, and blocked browser storage). */
export function memoryStorage(): OutboxStorage {
  const memory = new Map<string, string>();
  return {
    getItem: (key) => memory.get(key) ?? null,
    setItem: (key, value) => void memory.set(key, value),
    removeItem: (key) => void memory.delete(key),
  };
}

/**
 * The DataApi with the named write operations ("meetings.update") going through the outbox and
 * every other operation of a capability (planner.load, …) waiting for the start-up replay first,
 * so a view never loads data older than the person's own queued edits.
 */
export function withOutbox<T extends object>(api: T, outbox: Outbox, writes: readonly string[]): T {
  const wanted = new Set(writes);
  const wrap = (name: string, value: unknown, self: object, read: boolean): unknown => {
    if (typeof value !== 'function') return value;
    const run = (value as (...args: unknown[]) => Promise<unknown>).bind(self);
    if (wanted.has(name)) return outbox.wrap(name, run);
    if (!read) return run;
    return async (...args: unknown[]) => {
      await outbox.ready();
      return run(...args);
    };
  };
  const result: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(api)) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const namespace: Record<string, unknown> = {};
      for (const [member, inner] of Object.entries(value as Record<string, unknown>)) {
        namespace[member] = wrap(`${name}.${member}`, inner, value as object, true);
      }
      result[name] = namespace;
    } else {
      // Top-level functions (me, diagnostics) are not a view's load: they pass as they are.
      result[name] = wrap(name, value, api, false);
    }
  }
  const unknown = writes.filter((w) => !outbox.knows(w));
  if (unknown.length) throw new RangeError(`withOutbox: no such operation ${unknown.join(', ')}`);
  return result as T;
}
