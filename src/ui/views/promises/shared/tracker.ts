/**
 * What every part of the promise tracker knows about where it runs: who is signed in, the active
 * cycle and its meetings, and today's date (read once per visit, so a re-render never moves it).
 */
import type { CommitmentsSnapshot, CommitmentView, Versioned } from '../../../../data/api';
import type { Commitment } from '../../../../domain/commitments';
import type { ChangeCycle } from '../../../../domain/cycles';
import type { Meeting } from '../../../../domain/meetings';
import { type Bouw, isCoachOrManagement, type StaffMember } from '../../../../domain/people';
import { canReport, TRACK_STATUSES, type TrackStatus } from '../../../../domain/tracking';

export interface TrackerContext {
  /** The signed-in person's staff record; null for a site member who is not on the staff list. */
  me: StaffMember | null;
  cycle: ChangeCycle;
  /** The cycle's meetings by date. */
  meetings: readonly Meeting[];
  today: string;
}

export type StoredCommitment = Versioned<Commitment>;

/** The bouw a person's group view opens on: their own, else the first. */
export function initialBouw(me: StaffMember | null): Bouw {
  return me?.bouw ?? 'onderbouw';
}

/** The query of a list view (PromiseTab), for its bouw and today. */
export function commitmentViewOf(kind: 'mine' | 'group' | 'support' | 'overdue', bouw: Bouw, today: string): CommitmentView {
  return kind === 'group' ? { kind, bouw } : kind === 'overdue' ? { kind, today } : { kind };
}

/**
 * The first list's items, read with the view itself (commitments.openActive): shown once by the
 * list it was read for, which reads afresh after that (a switch back, a new promise).
 */
export interface FirstList {
  take(view: CommitmentView): CommitmentsSnapshot | null;
}

/**
 * Who may report on a promise: its owner, and the people who run the check-in (the IB, MT and
 * the veranderteam), who report round the table on behalf of everyone present.
 */
export function mayReportOn(me: StaffMember | null, commitment: Pick<Commitment, 'ownerUpn'>): boolean {
  if (!me) return false;
  return (
    me.upn.toLowerCase() === commitment.ownerUpn.toLowerCase() || isCoachOrManagement(me.role) || me.inChangeTeam === true
  );
}

/** The outcomes a report may move this promise to (domain: canReport). */
export function reportableOutcomes(status: TrackStatus): TrackStatus[] {
  return TRACK_STATUSES.filter((to) => to !== status && canReport(status, to));
}

/** Replaces stored items by id with newer versions, and adds new ones at the end. */
export function applyChanges(
  items: readonly StoredCommitment[],
  changes: ReadonlyMap<string, StoredCommitment>,
): StoredCommitment[] {
  if (!changes.size) return [...items];
  const seen = new Set<string>();
  const out = items.map((item) => {
    seen.add(item.value.id);
    return changes.get(item.value.id) ?? item;
  });
  for (const [id, item] of changes) if (!seen.has(id)) out.push(item);
  return out;
}

/** The next meeting on or after a date that is not cancelled, e.g. where a new promise is due. */
export function nextMeetingFrom(meetings: readonly Meeting[], date: string, strictlyAfter = false): Meeting | undefined {
  return meetings.find((m) => m.status !== 'cancelled' && (strictlyAfter ? m.date > date : m.date >= date));
}
