import type { Versioned } from '../../../../data/api';
import type { Agreement } from '../../../../domain/talks/agreements';
import type { Pupil } from '../../../../domain/talks/types';

export type AgreementsPanelView = 'mine' | 'overdue';

export interface AgreementsPanelProps {
  /** Which agreements to show first; the person can switch. Default 'mine'. */
  view?: AgreementsPanelView;
  /** School date for "overdue"; read once per visit when not given. */
  today?: string;
  /** The panel's heading level where it is placed (default 2). */
  headingLevel?: 2 | 3;
  /**
   * The signed-in person's agreements (view 'mine') as the surrounding view read them in its own
   * $batch: shown without reading them again. A later reload (after a report) reads afresh.
   */
  mine?: Versioned<Agreement>[];
  /** Every pupil, when the surrounding view has read them already (to name the pupil). */
  pupils?: Versioned<Pupil>[];
  className?: string;
}

export interface AgreementRow {
  id: string;
  item: Versioned<Agreement>;
  text: string;
  owner: string;
  pupil: string;
  due: string;
  followUp: string | null;
  status: string;
  open: boolean;
  overdue: boolean;
  report: string | null;
  canReport: boolean;
}

export interface AgreementsPanelState {
  className: string | undefined;
  headingId: string;
  headingLevel: 2 | 3;
  heading: string;
  intro: string;
  viewsLabel: string;
  view: AgreementsPanelView;
  views: { value: AgreementsPanelView; label: string }[];
  onView(view: AgreementsPanelView): void;
  today: string;
  body:
    | { kind: 'loading'; label: string }
    | { kind: 'denied' }
    | { kind: 'failed'; error: unknown; onRetry(): void }
    | { kind: 'empty'; text: string }
    | { kind: 'list'; rows: AgreementRow[] };
  labels: { due: string; followUp: string; owner: string; overdue: string; report: string };
  reporting: string | null;
  onReport(id: string | null): void;
  onReported(updated: Versioned<Agreement>, successor?: Versioned<Agreement>): void;
  announcement: string;
}
