import type { Bouw } from '../../../../domain/people';
import type { StaffRole } from '../../../../domain/staffRoles';

export interface StaffRolesProps {
  /** The signed-in person's UPN, marked "(you)". */
  meUpn: string | undefined;
  className?: string;
}

/** What the form holds for one person: '' is "no role". */
export interface RoleDraft {
  role: StaffRole | '';
  bouw: Bouw | '';
  group: string;
}

export interface StaffRoleRow {
  upn: string;
  name: string;
  note: string | null;
  draft: RoleDraft;
  dirty: boolean;
  saving: boolean;
  saved: boolean;
  error: string | null;
  groupOptions: { value: string; label: string }[];
  saveLabel: string;
}

export type StaffRolesState =
  | { status: 'loading'; className: string | undefined; label: string }
  | { status: 'failed'; className: string | undefined; error: unknown; onRetry(): void }
  | {
      status: 'ready';
      className: string | undefined;
      headingId: string;
      heading: string;
      intro: string;
      tableLabel: string;
      columns: { name: string; role: string; bouw: string; group: string; actions: string };
      roleOptions: { value: StaffRole | ''; label: string }[];
      bouwOptions: { value: Bouw | ''; label: string }[];
      rows: StaffRoleRow[];
      saveText: string;
      savedText: string;
      onDraft(upn: string, change: Partial<RoleDraft>): void;
      onSave(upn: string): void;
      removing: null | { heading: string; body: string; confirm: string; cancel: string; onConfirm(): void; onCancel(): void };
      announcement: string;
    };
