import type { Bouw } from '../../../../domain/people';
import type { PromiseDetailsProps } from '../PromiseDetails/PromiseDetails.types';
import type { PromiseRowData } from '../PromiseList/PromiseList.types';
import type { Choice } from '../ReportForm/ReportForm.types';
import type { FirstList, TrackerContext } from '../shared/tracker';

/** The list views of the tracker; each is one `api.commitments.load`. */
export type PromiseTabKind = 'mine' | 'group' | 'support' | 'overdue';

export interface PromiseTabProps {
  kind: PromiseTabKind;
  context: TrackerContext;
  /** The view's own read of the first list, shown instead of reading it again. */
  first?: FirstList;
  /** Names the list, e.g. the tab's name. */
  label: string;
  className?: string;
}

interface PromiseTabCommon {
  className: string | undefined;
  intro: string;
  /** IB and MT choose the bouw in the group view; a teacher sees their own. */
  bouwPicker: { label: string; value: Bouw; options: Choice<Bouw>[]; onChange(value: Bouw): void } | null;
}

export interface PromiseTabLoading extends PromiseTabCommon {
  status: 'loading';
  loadingLabel: string;
}

export interface PromiseTabFailed extends PromiseTabCommon {
  status: 'failed';
  error: unknown;
  onRetry(): void;
}

export interface PromiseTabReady extends PromiseTabCommon {
  status: 'ready';
  label: string;
  countLabel: string;
  emptyText: string;
  rows: PromiseRowData[];
  onOpen(id: string): void;
  /** The promise opened in the details dialog. */
  details: PromiseDetailsProps | null;
}

export type PromiseTabState = PromiseTabLoading | PromiseTabFailed | PromiseTabReady;
