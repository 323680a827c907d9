import type { MeetingFigures } from '../../../../domain/dashboard/progress';
import type { SchoolYear } from '../../../../domain/schoolYear';

export interface PlannedHeldProps {
  /** The figures of the school year (from timelineCounts); null when it has no meetings. */
  figures: MeetingFigures | null;
  schoolYear: SchoolYear;
  className?: string;
}

export type PlannedHeldCountKey = keyof MeetingFigures;

export interface PlannedHeldCount {
  key: PlannedHeldCountKey;
  label: string;
  count: number;
  /** The count written for the locale. */
  value: string;
  /** True when the count asks for attention (meetings past their date, never marked held). */
  attention: boolean;
}

export interface PlannedHeldState {
  className: string | undefined;
  headingId: string;
  summaryId: string;
  heading: string;
  /** "Schooljaar 2025-2026". */
  subheading: string;
  /** "3 van 5 gehouden", or a sentence that nothing is planned yet. */
  summary: string;
  /** Held of planned, 0–1; null when nothing is planned (no bar then). */
  ratio: number | null;
  counts: PlannedHeldCount[];
}
