import type { PromiseTabKind } from '../PromiseTab/PromiseTab.types';
import type { PromiseFormProps } from '../PromiseForm/PromiseForm.types';
import type { FirstList, TrackerContext } from '../shared/tracker';

export interface PromisesViewProps {
  className?: string;
}

/** The tracker's views: four lists, the check-in at a meeting and the weekly digest. */
/** `agreements`: what was agreed with parents in talks, tracked here like promises. */
export type PromisesTab = PromiseTabKind | 'checkIn' | 'agreements' | 'digest';

export interface PromisesTabEntry {
  value: PromisesTab;
  label: string;
  tabId: string;
  panelId: string;
}

interface PromisesViewCommon {
  className: string | undefined;
  headingId: string;
  heading: string;
}

export interface PromisesViewLoading extends PromisesViewCommon {
  status: 'loading';
  loadingLabel: string;
}

export interface PromisesViewFailed extends PromisesViewCommon {
  status: 'failed';
  error: unknown;
  onRetry(): void;
}

export interface PromisesViewEmpty extends PromisesViewCommon {
  status: 'empty';
  emptyText: string;
}

export interface PromisesViewReady extends PromisesViewCommon {
  status: 'ready';
  eyebrowId: string;
  /** The cycle's title (user text). */
  cycleTitle: string;
  intro: string;
  context: TrackerContext;
  /** The first list's items, read with the view. */
  first: FirstList;
  /** Null when the person may not make promises (not on the staff list). */
  newLabel: string | null;
  onNew(): void;
  form: PromiseFormProps | null;
  notice: string | null;
  dismissLabel: string;
  onDismissNotice(): void;
  tabsLabel: string;
  tabs: PromisesTabEntry[];
  selected: PromisesTabEntry;
  onSelect(tab: PromisesTab): void;
  /** Changes after a new promise, so the open list loads again and shows it. */
  listKey: number;
}

export type PromisesViewState = PromisesViewLoading | PromisesViewFailed | PromisesViewEmpty | PromisesViewReady;
