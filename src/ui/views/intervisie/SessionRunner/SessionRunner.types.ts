import type { IntervisieGroupRecord, Versioned } from '../../../../data/api';
import type { MethodKey } from '../../../../domain/intervisie/methods';
import type { IntervisieRole } from '../../../../domain/intervisie/roles';
import type { Bouw, StaffMember } from '../../../../domain/people';
import type { AgendaTimerState } from '../../talks/AgendaTimer/AgendaTimer.types';

export interface SessionRunnerProps {
  group: Versioned<IntervisieGroupRecord>;
  staff: readonly StaffMember[];
  me: StaffMember;
  onChangeGroup(): void;
  /** The clock (epoch ms); tests pass their own. */
  now?: () => number;
}

export interface Choice<T extends string = string> {
  value: T;
  label: string;
}

export type SessionRunnerState =
  | { status: 'loading'; loadingLabel: string }
  | { status: 'denied' }
  | { status: 'failed'; message: string; retryLabel: string; onRetry(): void }
  | ({ status: 'ready' } & RunnerReady);

export interface RunnerReady {
  groupName: string;
  changeGroupLabel: string;
  onChangeGroup(): void;
  confidential: string;
  privacy: string;
  method: { label: string; value: MethodKey; options: Choice<MethodKey>[]; onChange(value: MethodKey): void };
  roles: {
    label: string;
    hint: string;
    error: string | undefined;
    items: Array<{ role: IntervisieRole; label: string; task: string; value: string; onChange(upn: string): void }>;
    members: Choice[];
  };
  timer: AgendaTimerState;
  capture: {
    label: string;
    caseSummary: { label: string; value: string; error: string | undefined; onChange(v: string): void };
    advice: { label: string; value: string; error: string | undefined; onChange(v: string): void };
    points: {
      label: string;
      items: Array<{ key: string; label: string; value: string; error: string | undefined; onChange(v: string): void; onRemove(): void }>;
      addLabel: string;
      removeLabel: string;
      onAdd(): void;
    };
    saveLabel: string;
    saving: boolean;
    savedText: string | null;
    error: string | null;
    onSave(): void;
  };
  promise: {
    label: string;
    hint: string;
    text: { label: string; value: string; error: string | undefined; onChange(v: string): void };
    due: { label: string; value: string; error: string | undefined; onChange(v: string): void };
    bouw: { label: string; value: Bouw | ''; options: Choice<Bouw>[]; error: string | undefined; onChange(v: Bouw): void } | null;
    addLabel: string;
    saving: boolean;
    savedText: string | null;
    error: string | null;
    onAdd(): void;
  };
}
