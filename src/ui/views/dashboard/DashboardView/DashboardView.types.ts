import type { DashboardSelection } from '../../../../data/api';
import type { FigureRef } from '../../../../domain/dashboard/figureRef';
import type { Report, ReportBlock } from '../../../../domain/dashboard/reportModel';
import type { Bouw } from '../../../../domain/people';

export interface DashboardViewProps {
  className?: string;
}

/** A number on the dashboard that opens the items behind it. */
export interface FigureTile {
  key: string;
  label: string;
  count: number;
  countLabel: string;
  figure: FigureRef;
  /** The name of the list it opens, e.g. "Bijeenkomsten: gehouden". */
  itemsLabel: string;
  /** Draws the eye: something to act on (overdue, not recorded, no follow-up yet). */
  attention?: boolean;
}

export interface TilePanel {
  id: 'meetings' | 'parents' | 'intervisie';
  title: string;
  tiles: FigureTile[];
  emptyText?: string;
}

export interface PromiseRow {
  key: Bouw | 'total';
  label: string;
  cells: FigureTile[];
}

export interface PromiseSegment {
  key: string;
  /** Share of the row's promises, 0–1. */
  share: number;
  count: number;
  label: string;
  tone: 'open' | 'kept' | 'partlyKept' | 'notKept' | 'renegotiated';
}

export interface PromisesPanel {
  title: string;
  hint: string;
  tableCaption: string;
  columns: string[];
  rows: PromiseRow[];
  chart: {
    heading: string;
    label: string;
    bars: { key: Bouw; label: string; total: number; segments: PromiseSegment[] }[];
    legend: { key: string; label: string; tone: PromiseSegment['tone'] }[];
  };
}

export interface Choice {
  value: string;
  label: string;
}

export interface OpenFigure {
  figure: FigureRef;
  label: string;
  count: number;
}

interface Common {
  className: string | undefined;
  headingId: string;
  heading: string;
}

export type DashboardViewState = Common &
  (
    | { status: 'loading'; loadingLabel: string }
    | { status: 'failed'; message: string; retryLabel: string; onRetry(): void }
    | { status: 'notForYou'; title: string; text: string }
    | { status: 'empty'; text: string }
    | ({ status: 'ready' } & ReadyState)
  );

export interface ReadyState {
  eyebrow: string;
  intro: string;
  cycleLabel: string;
  cycles: Choice[];
  cycleId: string;
  onCycle(id: string): void;
  periodLabel: string;
  periods: Choice[];
  periodKey: string;
  onPeriod(key: string): void;
  /** True while a new cycle or period loads; the figures shown are the previous ones. */
  refreshing: boolean;
  printLabel: string;
  printHint: string;
  onPrint(): void;
  progressTitle: string;
  progressBlocks: ReportBlock[];
  panels: TilePanel[];
  promises: PromisesPanel;
  teamTitle: string;
  teamSections: { id: string; title: string; blocks: ReportBlock[] }[];
  onOpen(open: OpenFigure): void;
  open: OpenFigure | null;
  onClose(): void;
  selection: DashboardSelection & { cycleId: string };
  report: Report;
}
