import type { Commitment, CommitmentStatus } from '../commitments';
import { type Bouw, BOUWEN } from '../people';
import { isOverdue, supportRequests, TRACK_STATUSES } from '../tracking';
import { addTo, emptyFigure, type Figure } from './figure';
import { type DateRange, inRange } from './periods';

/** What the dashboard reads of a promise: no text, owner or report. */
export type PromiseFacts = Pick<
  Commitment,
  'id' | 'cycleId' | 'bouw' | 'status' | 'madeOn' | 'dueDate' | 'supportWanted' | 'supportGivenOn'
>;

export interface PromiseFigures {
  /**
   * Promises made. A renegotiation closes a promise and opens its successor; only the
   * successor counts here, so a promise renegotiated twice is still one promise.
   */
  made: Figure;
  byStatus: Record<CommitmentStatus, Figure>;
  overdue: Figure;
  /** Support asked for and not yet arranged. */
  supportOpen: Figure;
}

export interface PromiseAggregates {
  total: PromiseFigures;
  byBouw: Record<Bouw, PromiseFigures>;
}

function emptyPromiseFigures(): PromiseFigures {
  const byStatus = {} as Record<CommitmentStatus, Figure>;
  for (const s of TRACK_STATUSES) byStatus[s] = emptyFigure();
  return { made: emptyFigure(), byStatus, overdue: emptyFigure(), supportOpen: emptyFigure() };
}

/**
 * The cycle's promises made in the period (by the day they were made; older items without
 * that day by their due date), per bouw and in total. One pass over the promises.
 */
export function promiseFigures(
  commitments: readonly PromiseFacts[],
  cycleId: string,
  range: DateRange | null,
  today: string,
): PromiseAggregates {
  const total = emptyPromiseFigures();
  const byBouw = {} as Record<Bouw, PromiseFigures>;
  for (const b of BOUWEN) byBouw[b] = emptyPromiseFigures();
  const inScope: PromiseFacts[] = [];
  for (const c of commitments) {
    if (c.cycleId !== cycleId || !inRange(c.madeOn ?? c.dueDate, range)) continue;
    const bouw = byBouw[c.bouw];
    // An item with a bouw or status the app does not know fits no row; skip it rather than fail.
    if (!bouw || !TRACK_STATUSES.includes(c.status)) continue;
    inScope.push(c);
    for (const f of [total, bouw]) {
      addTo(f.byStatus[c.status], c.id);
      if (c.status !== 'renegotiated') addTo(f.made, c.id);
      if (isOverdue(c, today)) addTo(f.overdue, c.id);
    }
  }
  for (const c of supportRequests(inScope)) {
    addTo(total.supportOpen, c.id);
    addTo(byBouw[c.bouw].supportOpen, c.id);
  }
  return { total, byBouw };
}
