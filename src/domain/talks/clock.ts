/**
 * The timer behind the meeting side panel: which agenda item (or intervisie phase) is running,
 * how long each has run and how much is left. Pure: the panel passes the clock in, so tests and
 * re-renders see the same answer. Intervisie uses this same clock for its phases.
 *
 * Times are epoch milliseconds. Without `advancedAt` the clock follows the plan: each item gets
 * its time box in turn. With `advancedAt` (the moments someone pressed "next") items run for as
 * long as they actually ran, which is what makes an overrun per item visible.
 */
export interface PauseInterval {
  from: number;
  /** Absent while the pause is still on. */
  to?: number;
}

export interface ItemClock {
  index: number;
  state: 'done' | 'current' | 'upcoming';
  plannedMs: number;
  elapsedMs: number;
  remainingMs: number;
  overrunMs: number;
  overrun: boolean;
}

export interface AgendaClock {
  /** Index of the running item (-1 for an empty agenda); the last item keeps running once the plan is used up. */
  current: number;
  paused: boolean;
  items: ItemClock[];
  total: { plannedMs: number; elapsedMs: number; remainingMs: number; overrunMs: number; overrun: boolean };
}

const MINUTE = 60_000;

export function agendaClock(
  agenda: readonly { minutes: number }[],
  startedAt: number,
  now: number,
  pausedIntervals: readonly PauseInterval[] = [],
  advancedAt?: readonly number[],
): AgendaClock {
  const active = (at: number) => activeMillis(startedAt, at, pausedIntervals);
  const planned = agenda.map((item) => item.minutes * MINUTE);
  const elapsed = active(now);

  // Where each item ends, in running time since the start; the last item never ends.
  const ends: number[] = [];
  if (advancedAt) {
    const moves = advancedAt.filter((t) => t <= now).sort((a, b) => a - b);
    for (let i = 0; i < agenda.length - 1 && i < moves.length; i++) ends.push(active(moves[i]!));
  } else {
    let sum = 0;
    for (let i = 0; i < agenda.length - 1; i++) ends.push((sum += planned[i]!));
  }

  let current = ends.findIndex((end) => elapsed < end);
  if (current < 0) current = advancedAt ? ends.length : agenda.length - 1;
  const items = planned.map((plannedMs, index): ItemClock => {
    const begin = index === 0 ? 0 : (ends[index - 1] ?? Infinity);
    const end = ends[index] ?? Infinity;
    const ran = Math.max(0, Math.min(elapsed, end) - begin);
    return {
      index,
      state: index < current ? 'done' : index === current ? 'current' : 'upcoming',
      plannedMs,
      elapsedMs: ran,
      remainingMs: Math.max(0, plannedMs - ran),
      overrunMs: Math.max(0, ran - plannedMs),
      overrun: ran > plannedMs,
    };
  });

  const plannedTotal = planned.reduce((a, b) => a + b, 0);
  return {
    current,
    paused: pausedIntervals.some((p) => p.from <= now && (p.to === undefined || p.to > now)),
    items,
    total: {
      plannedMs: plannedTotal,
      elapsedMs: elapsed,
      remainingMs: Math.max(0, plannedTotal - elapsed),
      overrunMs: Math.max(0, elapsed - plannedTotal),
      overrun: elapsed > plannedTotal,
    },
  };
}

/** Running time from `start` to `at`, leaving out the pauses (which may overlap each other). */
function activeMillis(start: number, at: number, pauses: readonly PauseInterval[]): number {
  if (at <= start) return 0;
  const clipped = pauses
    .map((p) => ({ from: Math.max(start, p.from), to: Math.min(at, p.to ?? at) }))
    .filter((p) => p.to > p.from)
    .sort((a, b) => a.from - b.from);
  let paused = 0;
  let reach = start;
  for (const p of clipped) {
    const from = Math.max(p.from, reach);
    if (p.to > from) paused += p.to - from;
    reach = Math.max(reach, p.to);
  }
  return at - start - paused;
}
