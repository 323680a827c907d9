import type { RefCallback } from 'react';
import type { DashboardSelection } from '../../../../data/api';
import type { FigureRef } from '../../../../domain/dashboard/figureRef';

export interface ItemsDialogProps {
  selection: DashboardSelection & { cycleId: string };
  figure: FigureRef;
  /** What the figure is called on the dashboard, e.g. "Onderbouw: nagekomen". */
  label: string;
  count: number;
  onClose(): void;
}

/** One item behind a figure, as the list shows it; all text is the items' own, rendered as text. */
export interface ItemRow {
  id: string;
  primary: string;
  secondary: string;
}

export interface ItemsDialogState {
  heading: string;
  closeLabel: string;
  onClose(): void;
  status: 'loading' | 'failed' | 'ready';
  message: string;
  retryLabel: string;
  onRetry(): void;
  rows: ItemRow[];
  /** The rendered window of the rows and where it sits. */
  window: { start: number; end: number; rowHeight: number; totalHeight: number };
  listRef: RefCallback<HTMLElement>;
  listLabel: string;
}
