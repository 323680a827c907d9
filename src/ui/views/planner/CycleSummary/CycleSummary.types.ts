import type { Versioned } from '../../../../data/api';
import type { ChangeCycle, CycleStatus } from '../../../../domain/cycles';
import type { Goal, StepRecord } from '../../../../domain/goals';
import type { StaffMember } from '../../../../domain/people';

export interface CycleSummaryProps {
  cycle: Versioned<ChangeCycle>;
  staff: readonly StaffMember[];
  /** Every goal of the cycle: the last round's goals seed a next cycle. */
  goals: readonly Versioned<Goal>[];
  records: readonly Versioned<StepRecord>[];
  readOnly: boolean;
  today: string;
  headingId: string;
  eyebrowId: string;
  onEdit(): void;
  /** The cycle changed (status, next round); `announce` says so in words. */
  onCycleSaved(cycle: Versioned<ChangeCycle>, announce?: string): void;
  /** A next cycle was started from this one. */
  onCycleCreated(cycle: Versioned<ChangeCycle>): void;
  onReload(): void;
  className?: string;
}

export interface Fact {
  term: string;
  value: string;
}

export interface CycleSummaryState {
  className: string | undefined;
  headingId: string;
  eyebrowId: string;
  eyebrow: string;
  title: string;
  status: CycleStatus;
  statusLabel: string;
  /** "Ronde 2". */
  roundLabel: string;
  facts: Fact[];
  dreamLabel: string;
  dream: string;
  readOnlyText: string | null;
  roundDoneText: string | null;
  actions: {
    edit: { label: string; onClick(): void } | null;
    activate: { label: string; onClick(): void } | null;
    archive: { label: string; onClick(): void } | null;
    nextRound: { label: string; onClick(): void } | null;
    nextCycle: { label: string; onClick(): void };
  };
  busy: boolean;
  messages: string[];
  confirmArchive: {
    open: boolean;
    heading: string;
    body: string;
    confirmLabel: string;
    cancelLabel: string;
    onConfirm(): void;
    onCancel(): void;
  };
  conflict: { open: boolean; theirs: ChangeCycle | undefined; onKeepMine(): void; onTakeTheirs(): void };
  theirsLabels: { title: string; status: string; statusOf(status: CycleStatus): string; dream: string };
}
