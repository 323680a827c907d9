import type { RetentionReport, Versioned } from '../../../../data/api';
import type { StaffMember } from '../../../../domain/people';
import type { Pupil } from '../../../../domain/talks/types';

export interface PupilsPanelProps {
  pupils: Versioned<Pupil>[];
  me: StaffMember | null;
  /** The school's date today (ISO). */
  today: string;
  /** The pupils changed (marked as left, or removed by retention): read them again. */
  onChanged(): void;
  /** Says something to screen readers (the view's live region). */
  onAnnounce(text: string): void;
  className?: string;
}

export interface PupilRow {
  id: string;
  name: string;
  group: string;
  state: string;
  left: boolean;
  exportJsonLabel: string;
  exportPrintLabel: string;
  markLeftLabel: string;
  busy: boolean;
  pupil: Versioned<Pupil>;
}

export type RetentionStep =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'nothing' }
  | { kind: 'confirm'; preview: RetentionReport }
  | { kind: 'running' }
  | { kind: 'done'; text: string }
  | { kind: 'failed' };

export interface PupilsPanelState {
  className: string | undefined;
  headingId: string;
  heading: string;
  intro: string;
  empty: string | null;
  tableLabel: string;
  columns: { name: string; group: string; state: string; actions: string };
  rows: PupilRow[];
  exportJson: string;
  exportPrint: string;
  onExportJson(row: PupilRow): void;
  onExportPrint(row: PupilRow): void;
  exportError: string | null;
  /** IB and MT: mark as left and run the retention job. */
  canManage: boolean;
  markLeft: string;
  onMarkLeft(row: PupilRow): void;
  leftDialog: null | {
    heading: string;
    body: string;
    dateLabel: string;
    date: string;
    error: string | null;
    saving: boolean;
    confirm: string;
    cancel: string;
    onDate(date: string): void;
    onConfirm(): void;
    onCancel(): void;
  };
  retention: {
    heading: string;
    intro: string;
    checkLabel: string;
    onCheck(): void;
    step: RetentionStep;
    message: string | null;
    confirmHeading: string;
    confirmBody: string[];
    confirm: string;
    keep: string;
    onConfirm(): void;
    onKeep(): void;
  };
}
