import type { TrackStatus } from '../../../../domain/tracking';

export interface StackedBar {
  key: string;
  label: string;
  /** In the order drawn; `share` is the part of the bar, 0–1; `label` names it with its count. */
  segments: { key: string; share: number; label: string; tone: TrackStatus }[];
}

export interface StackedBarsProps {
  /** The picture's name. */
  label: string;
  /** The id of the table with the same figures. */
  describedBy?: string;
  bars: readonly StackedBar[];
  /** The colours' names, once. */
  legend: readonly { key: string; label: string; tone: TrackStatus }[];
  className?: string;
}

export interface StackedBarsState {
  className: string | undefined;
  label: string;
  describedBy: string | undefined;
  width: number;
  height: number;
  bars: { key: string; label: string; labelY: number; barY: number; rects: { key: string; x: number; width: number; tone: TrackStatus }[] }[];
  legend: StackedBarsProps['legend'];
}
