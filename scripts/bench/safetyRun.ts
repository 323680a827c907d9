/**
 * Data safety under faults (issue 7, item 5), shared by the bench measure (./safety.ts) and the
 * integration test (tests/data/safety.test.ts), so both check the same thing.
 *
 * Two clients — two data layers with their own outbox, signed in as two staff members, over real
 * HTTP — create the same meetings at once (same ids, so the same ClientKey) and then edit each of
 * them a few times, side by side, while the local server throttles (429/503 with Retry-After) and
 * drops connections, before the handler and after it committed. Every edit appends its own token
 * ("A2": client A's third edit) to the meeting's minutes, based on the version the client holds, so
 * the end state tells what happened to each edit:
 *
 * - an edit the client saw succeed must be in the minutes (else it was lost);
 * - an edit the client was told conflicted (ConflictError, as the person would be) must not be
 *   there (else the conflict was false: the edit went through and the person was told it did not);
 * - an edit kept in the outbox is either in the minutes after the outbox drained, or reported by
 *   the outbox as a failed change (the person sees it); nothing else;
 * - an edit that failed outright (throttled after all retries) must not be there;
 * - no token twice, the version (etag) of each item is 1 + the edits in it, and every version a
 *   client saw only went up: nothing was applied twice;
 * - every meeting exists once, however often its create was retried, and parses with the mapper.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataLayer, type DataLayer } from '../../src/data';
import { ConflictError } from '../../src/data/errors';
import { memoryStorage, QueuedOfflineError } from '../../src/data/graph/outbox';
import type { Versioned } from '../../src/data/repositories';
import type { Meeting } from '../../src/domain/meetings';
import { DEMO_PROVISIONER } from '../../src/demo/people';
import { seedDemoSchool } from '../../src/demo/seed';
import { startGraphServer, type FaultConfig, type RunningServer } from '../../src/server';

export interface SafetyOptions {
  /** Meetings both clients create and edit (bench: 200). */
  items: number;
  /** Edits per client per meeting. */
  editsPerClient: number;
  /** Concurrent workers per client. */
  workers: number;
  faults: FaultConfig;
  /** A folder for the database; a temporary one when absent. */
  scratch?: string;
  log?: (message: string) => void;
}

export interface SafetyReport {
  items: number;
  /** Meetings stored with the run's ids, and how many of them more than once. */
  stored: number;
  duplicated: number;
  /** Items that did not parse, or whose version does not match the edits in it. */
  corrupted: number;
  /** Versions a client saw go down (or repeat after a save) for an item. */
  etagRegressions: number;
  edits: {
    attempted: number;
    /** Saved as the client was told. */
    accepted: number;
    /** Refused with a ConflictError the person would see. */
    conflicts: number;
    /** Kept in the outbox; then saved by the replay, or reported by the outbox as failed. */
    queued: number;
    queuedSaved: number;
    queuedReported: number;
    /** Failed outright (e.g. still throttled after the retries); the person is told to try again. */
    failed: number;
  };
  /** Accepted edits missing from the end state. Must be 0. */
  lost: number;
  /**
   * Conflicts whose "their version" was the person's own edit and nothing else, and failures that
   * were saved nevertheless: the person is told something that is not so. Must be 0.
   */
  falseConflicts: number;
  /**
   * Conflicts after an edit whose answer was lost had gone through and the other client then
   * changed the item on top of it: shown with that version (which holds the edit); nothing lost.
   */
  overtaken: number;
  /** Queued edits neither saved nor reported. Must be 0. */
  unaccounted: number;
  /** Requests the server answered with a fault, or whose connection it dropped. */
  faulted: number;
  requests: number;
  seconds: number;
}

const CYCLE = 'demo-cycle-partnerschap';
const CLIENTS = [
  { name: 'A', upn: DEMO_PROVISIONER },
  { name: 'B', upn: 'sanne.jansen@delinde.example' },
] as const;

type Outcome = 'accepted' | 'conflict' | 'queued' | 'failed';

interface EditRecord {
  token: string;
  outcome: Outcome;
  /** For a conflict: the version it showed ends with this very edit (nobody else changed it since). */
  showedOwnEdit?: boolean;
}

interface Client {
  name: string;
  layer: DataLayer;
  edits: EditRecord[];
  /** Versions seen per item, in the order seen. */
  versions: Map<string, number[]>;
}

/** The version part of the local server's (and SharePoint's) etag `"{uniqueId},{version}"`. */
export function etagVersion(etag: string): number {
  const match = /,(\d+)"?$/.exec(etag);
  return match ? Number(match[1]) : Number.NaN;
}

export function tokensOf(minutes: string): string[] {
  return minutes.split(/\s+/).filter((t) => /^[AB]\d+$/.test(t));
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What a person does when a read fails: try again (a few times). */
async function persist<T>(read: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await read();
    } catch (error) {
      if (attempt >= 20) throw error;
      await pause(50);
    }
  }
}

async function drained(layer: DataLayer): Promise<void> {
  const outbox = layer.outbox!;
  while (outbox.state().pending > 0 || outbox.state().replaying) await pause(25);
}

function meetingOf(i: number): Meeting {
  return {
    id: `safety-meeting-${i}`,
    cycleId: CYCLE,
    type: 'team',
    title: `Teambijeenkomst ${i + 1}`,
    date: `2027-0${1 + (i % 6)}-${String(1 + (i % 28)).padStart(2, '0')}`,
    purpose: '',
    stepsCovered: [],
    minutes: '',
    status: 'planned',
  };
}

function seen(client: Client, item: Versioned<Meeting>): void {
  const list = client.versions.get(item.value.id) ?? [];
  list.push(etagVersion(item.etag));
  client.versions.set(item.value.id, list);
}

async function createAll(client: Client, ids: number[], workers: number): Promise<void> {
  let next = 0;
  const work = async (): Promise<void> => {
    while (next < ids.length) {
      const meeting = meetingOf(ids[next++]!);
      for (let attempt = 0; ; attempt += 1) {
        try {
          await client.layer.api.meetings.create(meeting);
          break;
        } catch (error) {
          // Kept in the outbox: it goes out (once) when the outbox drains.
          if (error instanceof QueuedOfflineError) break;
          if (attempt >= 20) throw error;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, work));
}

async function fresh(client: Client, id: string): Promise<Versioned<Meeting>> {
  const found = await persist(() => client.layer.repositories.meetings.findByKey(id));
  if (!found) throw new Error(`${id} is missing`);
  return found;
}

/** One worker of one client: edits its share of the meetings, one edit at a time per meeting. */
async function editAll(client: Client, start: Versioned<Meeting>[], edits: number): Promise<void> {
  for (let e = 0; e < edits; e += 1) {
    for (let i = 0; i < start.length; i += 1) {
      const current = start[i]!;
      const token = `${client.name}${e}`;
      const next = { ...current.value, minutes: `${current.value.minutes} ${token}`.trim() };
      const { id: _id, ...draft } = next;
      let outcome: Outcome;
      let showedOwnEdit = false;
      try {
        const saved = await client.layer.api.meetings.update(current, draft);
        outcome = 'accepted';
        start[i] = saved;
      } catch (error) {
        if (error instanceof ConflictError) {
          outcome = 'conflict';
          // The person sees their colleague's version and goes on from it.
          start[i] = (error.current as Versioned<Meeting> | undefined) ?? (await fresh(client, current.value.id));
          showedOwnEdit = tokensOf(start[i]!.value.minutes).at(-1) === token;
        } else if (error instanceof QueuedOfflineError) {
          outcome = 'queued';
          // The shell shows the pending change; the person waits until it is saved, then reloads.
          await drained(client.layer);
          start[i] = await fresh(client, current.value.id);
        } else {
          outcome = 'failed';
          start[i] = await fresh(client, current.value.id);
        }
      }
      client.edits.push({ token: `${current.value.id}:${token}`, outcome, ...(outcome === 'conflict' ? { showedOwnEdit } : {}) });
      seen(client, start[i]!);
    }
  }
}

export async function runSafety(options: SafetyOptions): Promise<SafetyReport> {
  const log = options.log ?? (() => undefined);
  const dir = options.scratch ?? mkdtempSync(join(tmpdir(), 'driehoek-safety-'));
  const server: RunningServer = await startGraphServer({ port: 0, dbPath: join(dir, 'safety.sqlite') });
  const graphBaseUrl = server.graphUrl.replace(/\/v1\.0$/, '');
  const admin = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  try {
    await seedDemoSchool({
      graphBaseUrl,
      getToken: async () => server.tokenFor(DEMO_PROVISIONER),
      today: new Date(2026, 10, 23, 12),
    });
    const clients: Client[] = CLIENTS.map(({ name, upn }) => ({
      name,
      edits: [],
      versions: new Map(),
      layer: createDataLayer({
        graphBaseUrl,
        tokenProvider: { getToken: async () => server.tokenFor(upn) },
        site: { kind: 'root' },
        maxRetries: 5,
        retryDelaySeconds: 0,
        timeoutMs: 10_000,
        outbox: { storage: memoryStorage(), scope: upn, retryIntervalMs: 200 },
      }),
    }));
    await Promise.all(clients.map((c) => c.layer.site.siteId()));
    const ids = Array.from({ length: options.items }, (_, i) => i);
    const started = performance.now();
    await admin('DELETE', '/local/admin/stats');
    await admin('POST', '/local/admin/faults', options.faults);
    log(`safety: ${clients.length} clients create ${options.items} meetings at once`);
    await Promise.all(clients.map((c) => createAll(c, c.name === 'A' ? ids : [...ids].reverse(), options.workers)));
    await Promise.all(clients.map((c) => drained(c.layer)));

    log(`safety: each edits each meeting ${options.editsPerClient}× side by side`);
    // Both read before either edits, so both start from the same versions and their edits meet.
    const starts = await Promise.all(
      clients.map(async (client) => {
        const mine = (await persist(() => client.layer.api.meetings.ofCycle(CYCLE))).filter((m) => m.value.id.startsWith('safety-'));
        mine.forEach((m) => seen(client, m));
        return mine;
      }),
    );
    await Promise.all(
      clients.map(async (client, c) => {
        const mine = starts[c]!;
        const shares = Array.from({ length: options.workers }, (_, w) => mine.filter((_, i) => i % options.workers === w));
        await Promise.all(shares.map((share) => editAll(client, share, options.editsPerClient)));
      }),
    );
    await Promise.all(clients.map((c) => drained(c.layer)));
    const stats = await admin<{ total: number; faulted: number }>('GET', '/local/admin/stats');
    await admin('DELETE', '/local/admin/faults');
    const seconds = (performance.now() - started) / 1000;

    // The end state, read by a third party with no faults.
    const reader = createDataLayer({
      graphBaseUrl,
      tokenProvider: { getToken: async () => server.tokenFor(DEMO_PROVISIONER) },
      site: { kind: 'root' },
    });
    const raw = await reader.http.getAll<{ id: string; fields: Record<string, unknown>; '@odata.etag'?: string }>(
      `${await reader.site.sitePath()}/lists/${encodeURIComponent(reader.repositories.meetings.list.displayName)}/items?expand=fields&$top=500`,
    );
    let corrupted = 0;
    const finals = new Map<string, { tokens: string[]; version: number }>();
    const countById = new Map<string, number>();
    for (const item of raw) {
      try {
        const parsed = reader.repositories.meetings.parse(item);
        if (!parsed.value.id.startsWith('safety-')) continue;
        countById.set(parsed.value.id, (countById.get(parsed.value.id) ?? 0) + 1);
        const tokens = tokensOf(parsed.value.minutes);
        finals.set(parsed.value.id, { tokens, version: etagVersion(parsed.etag) });
        // Each saved edit is one new version of the item: more means something was applied twice.
        if (new Set(tokens).size !== tokens.length || etagVersion(parsed.etag) !== 1 + tokens.length) corrupted += 1;
      } catch {
        corrupted += 1;
      }
    }
    const present = (token: string): boolean => {
      const [id, t] = token.split(':') as [string, string];
      return finals.get(id)?.tokens.includes(t) ?? false;
    };
    const edits = clients.flatMap((c) => c.edits);
    const by = (o: Outcome) => edits.filter((e) => e.outcome === o);
    const queued = by('queued');
    const queuedSaved = queued.filter((e) => present(e.token)).length;
    const queuedReported = clients.reduce((n, c) => n + c.layer.outbox!.state().failed.length, 0);
    let etagRegressions = 0;
    for (const client of clients) {
      for (const versions of client.versions.values()) {
        for (let i = 1; i < versions.length; i += 1) if (versions[i]! < versions[i - 1]!) etagRegressions += 1;
      }
    }
    for (const c of clients) c.layer.outbox!.stop();
    return {
      items: options.items,
      stored: countById.size,
      duplicated: [...countById.values()].filter((n) => n > 1).length,
      corrupted,
      etagRegressions,
      edits: {
        attempted: edits.length,
        accepted: by('accepted').length,
        conflicts: by('conflict').length,
        queued: queued.length,
        queuedSaved,
        queuedReported,
        failed: by('failed').length,
      },
      lost: by('accepted').filter((e) => !present(e.token)).length,
      falseConflicts: [...by('conflict').filter((e) => e.showedOwnEdit), ...by('failed').filter((e) => present(e.token))].length,
      overtaken: by('conflict').filter((e) => !e.showedOwnEdit && present(e.token)).length,
      unaccounted: queued.length - queuedSaved - queuedReported,
      faulted: stats.faulted,
      requests: stats.total,
      seconds,
    };
  } finally {
    await server.close();
    if (!options.scratch) rmSync(dir, { recursive: true, force: true });
  }
}

/** The counts as one line each, for the bench's log and the test's output. */
export function describeSafety(r: SafetyReport): string[] {
  const e = r.edits;
  return [
    `meetings: ${r.items} created by both clients → ${r.stored} stored, ${r.duplicated} duplicated, ${r.corrupted} corrupted, ${r.etagRegressions} etag regressions`,
    `edits: ${e.attempted} attempted → ${e.accepted} saved, ${e.conflicts} conflicts shown, ${e.queued} queued (${e.queuedSaved} saved on replay, ${e.queuedReported} reported), ${e.failed} failed`,
    `lost ${r.lost}, false conflicts ${r.falseConflicts}, saved then overtaken by the other client (shown as conflict) ${r.overtaken}, unaccounted ${r.unaccounted}`,
    `server: ${r.requests} requests, ${r.faulted} faulted or dropped, ${r.seconds.toFixed(1)} s`,
  ];
}
