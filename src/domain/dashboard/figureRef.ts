import type { Bouw } from '../people';
import { TRACK_STATUSES, type TrackStatus } from '../tracking';
import type { DashboardAggregates } from './aggregate';
import { emptyFigure, type Figure } from './figure';
import type { MeetingFigures } from './progress';
import type { PromiseFigures } from './promises';
import type { AgreementFigures, TalkFigures } from './talks';

export type PromiseFigureKey = Exclude<keyof PromiseFigures, 'byStatus'> | TrackStatus;

/**
 * Names one figure of the dashboard, so the items behind it can be listed: the view hands it
 * to the data layer, which reads those items with an indexed query and picks them out with
 * the same aggregation (figureOf) that counted them. Count and list can never disagree.
 */
export type FigureRef =
  | { panel: 'meetings'; figure: keyof MeetingFigures }
  /** `bouw` null: the whole team. */
  | { panel: 'promises'; bouw: Bouw | null; figure: PromiseFigureKey }
  | { panel: 'talks'; figure: keyof TalkFigures }
  | { panel: 'agreements'; figure: keyof AgreementFigures }
  | { panel: 'intervisie'; groupId: string };

export function isTrackStatus(key: string): key is TrackStatus {
  return (TRACK_STATUSES as readonly string[]).includes(key);
}

/** The figure a reference names; an intervisie group that is not there has an empty one. */
export function figureOf(a: DashboardAggregates, ref: FigureRef): Figure {
  switch (ref.panel) {
    case 'meetings':
      return a.meetings[ref.figure];
    case 'promises': {
      const figures = ref.bouw ? a.promises.byBouw[ref.bouw] : a.promises.total;
      return isTrackStatus(ref.figure) ? figures.byStatus[ref.figure] : figures[ref.figure];
    }
    case 'talks':
      return a.talks[ref.figure];
    case 'agreements':
      return a.agreements[ref.figure];
    case 'intervisie':
      return a.intervisie.find((g) => g.groupId === ref.groupId)?.held ?? emptyFigure();
  }
}

/** A stable text key for a reference (React keys, test ids, remembering what is open). */
export function figureKey(ref: FigureRef): string {
  switch (ref.panel) {
    case 'promises':
      return `promises:${ref.bouw ?? 'total'}:${ref.figure}`;
    case 'intervisie':
      return `intervisie:${ref.groupId}`;
    default:
      return `${ref.panel}:${ref.figure}`;
  }
}
