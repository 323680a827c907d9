/**
 * A promise in words: when it is due, what its status is called, who made it. Shared by the
 * list rows, the details, the check-in cards and the conflict dialog, so they all say the same.
 */
import type { Commitment } from '../../../../domain/commitments';
import type { Goal } from '../../../../domain/goals';
import type { Meeting } from '../../../../domain/meetings';
import { isOverdue } from '../../../../domain/tracking';
import type { I18n } from '../../../i18n';

type Words = Pick<I18n, 'messages' | 'format' | 'date'>;

export function dueText(c: Pick<Commitment, 'dueDate' | 'dueMeetingId'>, meetings: ReadonlyMap<string, Meeting>, i18n: Words): string {
  const t = i18n.messages.planner.commitment;
  const meeting = c.dueMeetingId ? meetings.get(c.dueMeetingId) : undefined;
  const date = i18n.date(c.dueDate, 'long');
  return meeting ? i18n.format(t.dueAt, { meeting: meeting.title, date }) : i18n.format(t.dueOn, { date });
}

export function statusText(c: Pick<Commitment, 'status'>, i18n: Words): string {
  return i18n.messages.planner.commitmentStatus[c.status];
}

/** A short badge for an open promise past its date; null otherwise (domain: isOverdue). */
export function overdueText(c: Pick<Commitment, 'status' | 'dueDate'>, today: string, i18n: Words): string | null {
  return isOverdue(c, today) ? i18n.messages.planner.commitment.overdue : null;
}

/** "Wil graag ondersteuning" while the request is open. */
export function supportText(c: Pick<Commitment, 'supportWanted' | 'supportGivenOn'>, i18n: Words): string | null {
  return c.supportWanted && !c.supportGivenOn ? i18n.messages.planner.commitment.supportAsked : null;
}

/** "Bovenbouw · Groep 7". */
export function placeText(c: Pick<Commitment, 'bouw' | 'group'>, i18n: Words): string {
  const bouw = i18n.messages.planner.digest.bouw[c.bouw];
  if (c.group === undefined) return bouw;
  return `${bouw} · ${i18n.format(i18n.messages.planner.commitment.groupNumber, { group: c.group })}`;
}

export function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((i) => [i.id, i]));
}

export function goalTitle(goalId: string | undefined, goals: ReadonlyMap<string, Goal>): string | null {
  return goalId ? (goals.get(goalId)?.title ?? null) : null;
}

/** "12 beloftes" / "1 belofte". */
export function countText(count: number, i18n: Words & Pick<I18n, 'number'>): string {
  const t = i18n.messages.planner.commitment;
  return count === 1 ? t.countOne : i18n.format(t.count, { count: i18n.number(count) });
}
