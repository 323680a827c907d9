/**
 * The running clock of a meeting's side panel, shared by the parent talk's agenda timer
 * (views/talks/AgendaTimer) and the intervisie phase timer (views/intervisie/PhaseTimer): when
 * it started, its pauses and the moments someone pressed "next", remembered per browser tab
 * (sessionStorage) so a reload keeps the clock; a tick each second while running; the domain's
 * agendaClock over the items; and polite announcements for screen readers only when the item
 * changes or runs over, never each second.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type AgendaClock, agendaClock, type PauseInterval } from '../../domain/talks/clock';
import { readSession, writeSession } from '../views/talks/shared/storage';

interface ClockMemory {
  startedAt: number | null;
  pauses: PauseInterval[];
  advancedAt: number[];
}

const FRESH: ClockMemory = { startedAt: null, pauses: [], advancedAt: [] };

function recall(key: string): ClockMemory {
  const raw = readSession(key);
  if (!raw) return FRESH;
  try {
    const parsed = JSON.parse(raw) as Partial<ClockMemory>;
    const numbers = (xs: unknown) => (Array.isArray(xs) ? xs.filter((x): x is number => typeof x === 'number') : []);
    return {
      startedAt: typeof parsed.startedAt === 'number' ? parsed.startedAt : null,
      pauses: Array.isArray(parsed.pauses)
        ? parsed.pauses.filter((p): p is PauseInterval => typeof p?.from === 'number' && (p.to === undefined || typeof p.to === 'number'))
        : [],
      advancedAt: numbers(parsed.advancedAt),
    };
  } catch {
    return FRESH;
  }
}

export interface SessionClockOptions {
  /** sessionStorage key of this clock (one per talk, one per intervisie session). */
  storageKey: string;
  items: readonly { title: string; minutes: number }[];
  /** Announcement texts, already in the reader's language. */
  announce: { item(title: string, minutes: number): string; over(title: string): string; totalOver: string };
  now?: () => number;
}

export interface SessionClock {
  /** Null until started. */
  clock: AgendaClock | null;
  paused: boolean;
  announcement: string;
  start(): void;
  pause(): void;
  resume(): void;
  next(): void;
  restart(): void;
}

export function useSessionClock({ storageKey, items, announce, now = Date.now }: SessionClockOptions): SessionClock {
  const [memory, setMemory] = useState<ClockMemory>(() => recall(storageKey));
  const [tick, setTick] = useState(() => now());

  useEffect(() => setMemory(recall(storageKey)), [storageKey]);
  const remember = useCallback(
    (change: (m: ClockMemory) => ClockMemory) =>
      setMemory((m) => {
        const next = change(m);
        writeSession(storageKey, next.startedAt === null ? null : JSON.stringify(next));
        return next;
      }),
    [storageKey],
  );

  const paused = memory.pauses.some((p) => p.to === undefined);
  const running = memory.startedAt !== null && !paused;
  useEffect(() => {
    setTick(now());
    if (!running) return;
    const timer = setInterval(() => setTick(now()), 1000);
    return () => clearInterval(timer);
  }, [running, now]);

  const clock = useMemo(
    () => (memory.startedAt === null ? null : agendaClock(items, memory.startedAt, tick, memory.pauses, memory.advancedAt)),
    [items, memory, tick],
  );

  // Announcements: the item that starts, an item (or the whole) running over, each said once.
  const [announcement, setAnnouncement] = useState('');
  const said = useRef<{ current: number; overItems: Set<number>; totalOver: boolean }>({ current: -1, overItems: new Set(), totalOver: false });
  useEffect(() => {
    if (!clock) {
      said.current = { current: -1, overItems: new Set(), totalOver: false };
      return;
    }
    const item = items[clock.current];
    const itemClock = clock.items[clock.current];
    if (!item || !itemClock) return;
    if (said.current.current !== clock.current) {
      said.current.current = clock.current;
      setAnnouncement(announce.item(item.title, item.minutes));
      return;
    }
    if (itemClock.overrun && !said.current.overItems.has(clock.current)) {
      said.current.overItems.add(clock.current);
      setAnnouncement(announce.over(item.title));
      return;
    }
    if (clock.total.overrun && !said.current.totalOver) {
      said.current.totalOver = true;
      setAnnouncement(announce.totalOver);
    }
  }, [clock, items, announce]);

  return {
    clock,
    paused,
    announcement,
    start: () => remember(() => ({ startedAt: now(), pauses: [], advancedAt: [] })),
    pause: () => remember((m) => ({ ...m, pauses: [...m.pauses, { from: now() }] })),
    resume: () => {
      const to = now();
      remember((m) => ({ ...m, pauses: m.pauses.map((p) => (p.to === undefined ? { ...p, to } : p)) }));
    },
    next: () => {
      const moment = now();
      remember((m) => ({ ...m, advancedAt: [...m.advancedAt, moment] }));
      setTick(moment);
    },
    restart: () => {
      remember(() => FRESH);
      setAnnouncement('');
    },
  };
}
