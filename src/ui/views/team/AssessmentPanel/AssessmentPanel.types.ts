import type { StaffMember } from '../../../../domain/people';
import type { AssessmentKind } from '../../../../domain/teamScan/selfAssessment';

export interface AssessmentPanelProps {
  me: StaffMember | null;
}

export interface TrendView {
  kind: AssessmentKind;
  title: string;
  current: { label: string; description: string } | null;
  none: string;
  /** "2 stappen vooruit sinds …" */
  moved: string | null;
  fittingLeadership: string | null;
  /** Scale positions for the small line chart, oldest first. */
  points: { key: string; date: string; position: number; label: string; rationale: string; change: string }[];
  scaleSize: number;
  chartLabel: string;
  historyHeading: string;
  headers: { date: string; value: string; rationale: string };
}

export interface AssessmentFormState {
  headingId: string;
  heading: string;
  kind: { label: string; value: AssessmentKind; options: { value: AssessmentKind; label: string }[]; onChange(k: AssessmentKind): void };
  at: { label: string; value: string; error: string | undefined; onChange(v: string): void };
  value: { label: string; value: string; error: string | undefined; options: { value: string; label: string; description: string }[]; onChange(v: string): void };
  rationale: { label: string; hint: string; value: string; error: string | undefined; onChange(v: string): void };
  saving: boolean;
  failure: unknown;
  onSave(): void;
  onCancel(): void;
  saveLabel: string;
  cancelLabel: string;
}

export type AssessmentPanelState =
  | { status: 'loading'; loadingLabel: string }
  | { status: 'failed'; error: unknown; onRetry(): void }
  | {
      status: 'ready';
      intro: string;
      trends: TrendView[];
      addLabel: string | null;
      onAdd(): void;
      form: AssessmentFormState | null;
      notice: string | null;
    };
