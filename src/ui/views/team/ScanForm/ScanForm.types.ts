import type { StaffMember } from '../../../../domain/people';
import type { Scan } from '../../../../domain/teamScan/scan';
import type { ClientRelationship, ConcernStage } from '../../../../domain/teamScan/stages';

export interface ScanFormProps {
  cycleId: string;
  me: StaffMember | null;
  /** The IB's previous scan: each colleague starts where they were then. */
  previous?: Scan | null;
  onSaved(): void;
  onCancel(): void;
}

export interface ScanRow {
  key: string;
  kind: 'person' | 'subgroup';
  include: boolean;
  /** Person rows: who; subgroup rows: unused. */
  upn: string;
  displayName: string;
  group: string;
  size: number;
  stage: ConcernStage;
  client: ClientRelationship;
}

export interface ScanFormState {
  status: 'loading' | 'failed' | 'ready';
  error: unknown;
  onRetry(): void;
  headingId: string;
  heading: string;
  takenAt: { label: string; value: string; error: string | undefined; onChange(value: string): void };
  rows: (ScanRow & { errors: { group?: string; size?: string; stage?: string } })[];
  onRow(key: string, change: Partial<ScanRow>): void;
  onRemove(key: string): void;
  onAddSubgroup(): void;
  formError: string | undefined;
  saving: boolean;
  failure: unknown;
  onSave(): void;
  onCancel(): void;
  stageOptions: { value: string; label: string }[];
  clientOptions: { value: string; label: string }[];
  labels: {
    include: string;
    person: string;
    group: string;
    subgroupName: string;
    size: string;
    stage: string;
    client: string;
    addSubgroup: string;
    removeRow: string;
    save: string;
    saving: string;
    cancel: string;
    groupHint: string;
    loading: string;
  };
}
