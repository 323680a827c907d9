import type { Versioned } from '../../../../data/api';
import type { ChangeCycle } from '../../../../domain/cycles';

export interface CyclePickerProps {
  /** Every cycle of the school, newest school year first. */
  cycles: readonly Versioned<ChangeCycle>[];
  selectedId: string | null;
  onSelect(cycleId: string): void;
  onNew(): void;
  /** True while a new cycle is being written: the button is not offered twice. */
  creating: boolean;
  className?: string;
}

export interface CyclePickerState {
  className: string | undefined;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onSelect(cycleId: string): void;
  newLabel: string;
  onNew(): void;
  showNew: boolean;
}
