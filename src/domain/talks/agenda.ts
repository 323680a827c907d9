import { addMinutes } from './time';
import type { AgendaItem } from './types';

export function agendaTotal(agenda: readonly { minutes: number }[]): number {
  return agenda.reduce((sum, item) => sum + item.minutes, 0);
}

/**
 * Shrinks an agenda to fit a talk of `duration` minutes, keeping whole minutes and at least one
 * minute per item. An agenda that already fits comes back unchanged (as a copy). When there are
 * more items than minutes, the opening items and the last one stay: the last item is where the
 * agreements are made, which a talk must never lose.
 */
export function fitAgenda(agenda: readonly AgendaItem[], duration: number): AgendaItem[] {
  const minutes = Math.max(0, Math.floor(duration));
  if (agendaTotal(agenda) <= minutes) return agenda.map((item) => ({ ...item }));
  if (minutes === 0) return [];
  const kept =
    agenda.length > minutes ? [...agenda.slice(0, minutes - 1), agenda.at(-1) as AgendaItem] : agenda;
  const total = agendaTotal(kept);
  if (total <= minutes) return kept.map((item) => ({ ...item }));

  const shares = kept.map((item) => (item.minutes * minutes) / total);
  const boxes = shares.map((share) => Math.max(1, Math.floor(share)));
  let sum = boxes.reduce((a, b) => a + b, 0);
  // Items raised to the one-minute floor can push the sum over: take back from the item that got
  // most above its share. Then hand out what is left by largest remainder (earlier item first).
  while (sum > minutes) {
    let worst = -1;
    boxes.forEach((box, i) => {
      if (box > 1 && (worst < 0 || box - shares[i]! > boxes[worst]! - shares[worst]!)) worst = i;
    });
    boxes[worst]! -= 1;
    sum -= 1;
  }
  const byRemainder = shares
    .map((share, i) => ({ i, rest: share - (boxes[i] as number) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; sum < minutes; k = (k + 1) % byRemainder.length, sum += 1) {
    boxes[byRemainder[k]!.i]! += 1;
  }
  return kept.map((item, i) => ({ ...item, minutes: boxes[i] as number }));
}

export interface TimedAgendaItem {
  item: AgendaItem;
  /** ISO instants. */
  start: string;
  end: string;
}

/** The clock times of each agenda item when the talk starts at `start`, for the invite. */
export function agendaTimes(agenda: readonly AgendaItem[], start: string): TimedAgendaItem[] {
  let at = start;
  return agenda.map((item) => {
    const end = addMinutes(at, item.minutes);
    const timed = { item, start: at, end };
    at = end;
    return timed;
  });
}
