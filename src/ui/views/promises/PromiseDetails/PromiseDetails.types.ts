import type { CommitmentStatus } from '../../../../domain/commitments';
import type { Goal } from '../../../../domain/goals';
import type { TheirVersion } from '../shared/theirs';
import type { StoredCommitment, TrackerContext } from '../shared/tracker';

export interface PromiseDetailsProps {
  /** Kept mounted after closing, so the dialog can close properly (focus back, page unhidden). */
  open: boolean;
  item: StoredCommitment;
  context: TrackerContext;
  goals: ReadonlyMap<string, Goal>;
  /** The promise this one replaced, when it was agreed anew and that one is at hand. */
  previous?: StoredCommitment;
  /** The IB's support view: "support arranged" is offered. */
  offerSupportGiven: boolean;
  onChanged(updated: StoredCommitment, successor?: StoredCommitment): void;
  onClose(): void;
}

export interface DetailLine {
  term: string;
  /** User text or a date in words. */
  value: string;
  /** Keeps the person's line breaks (report texts). */
  multiline?: boolean;
}

export interface PromiseDetailsState {
  open: boolean;
  item: StoredCommitment;
  context: TrackerContext;
  /** User text. */
  title: string;
  status: CommitmentStatus;
  statusLabel: string;
  overdueLabel: string | null;
  supportLabel: string | null;
  lines: DetailLine[];
  reportLines: DetailLine[];
  reportHeading: string;
  /** "Teruggekoppeld op …", once reported. */
  reportedOn: string | null;
  notice: string | null;
  reporting: boolean;
  /** "Terugkoppelen" or "Terugkoppeling aanpassen"; null when this person may not, or it is closed. */
  reportLabel: string | null;
  onStartReport(): void;
  onReportSaved(updated: StoredCommitment, successor?: StoredCommitment): void;
  onTheirs(theirs: StoredCommitment): void;
  onCancelReport(): void;
  supportGiven: {
    label: string;
    busy: boolean;
    failedText: string | null;
    onClick(): void;
    conflict: { open: boolean; theirs: TheirVersion | null; onKeepMine(): void; onTakeTheirs(): void };
  } | null;
  closeLabel: string;
  onClose(): void;
}
