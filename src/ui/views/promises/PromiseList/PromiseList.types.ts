import type { KeyboardEvent, RefCallback } from 'react';
import type { CommitmentStatus } from '../../../../domain/commitments';

/** One row as the list shows it; every text already in the person's words. */
export interface PromiseRowData {
  id: string;
  /** User text: one line of what was promised. */
  text: string;
  owner: string;
  due: string;
  status: CommitmentStatus;
  statusLabel: string;
  /** Set for an open promise past its date. */
  overdueLabel: string | null;
  /** Set while support is asked for and not yet arranged. */
  supportLabel: string | null;
}

export interface PromiseListProps {
  rows: readonly PromiseRowData[];
  /** Names the list for screen readers, e.g. the tab's name. */
  label: string;
  onOpen(id: string): void;
  className?: string;
}

/** A row that is on screen (or holds the focus), with where it sits. */
export interface PlacedRow {
  row: PromiseRowData;
  index: number;
  top: number;
  /** The one row in the tab order (roving tabindex). */
  active: boolean;
  ref: RefCallback<HTMLButtonElement> | undefined;
}

export interface PromiseListState {
  className: string | undefined;
  label: string;
  /** How to move through the list, for screen readers. */
  keysHint: string;
  hintId: string;
  count: number;
  rowHeight: number;
  totalHeight: number;
  placed: PlacedRow[];
  containerRef: RefCallback<HTMLUListElement>;
  onKeyDown(event: KeyboardEvent<HTMLUListElement>): void;
  onOpen(id: string, index: number): void;
  onFocusRow(index: number): void;
}
