import type { StaffMember } from '../../../domain/people';

export interface StaffPickerProps {
  /** Who can be chosen; guests are never offered. */
  staff: readonly StaffMember[];
  /** The chosen UPNs, in the order they were chosen. */
  selected: readonly string[];
  onChange(upns: string[]): void;
  label: string;
  hint?: string;
  /** A validation message shown under the field. */
  error?: string;
  required?: boolean;
  /** The signed-in person, marked "(you)". */
  meUpn?: string;
  /** No more can be chosen once this many are (the list closes). */
  max?: number;
  disabled?: boolean;
  className?: string;
}

export interface StaffPickerOption {
  upn: string;
  name: string;
  /** Role (and bouw) to tell people with similar names apart. */
  detail: string;
}

export interface StaffPickerTag {
  upn: string;
  name: string;
  removeLabel: string;
}

export interface StaffPickerState {
  className: string | undefined;
  label: string;
  hint: string | undefined;
  error: string | undefined;
  required: boolean;
  disabled: boolean;
  query: string;
  placeholder: string;
  noMatches: string;
  /** "3 chosen", for screen readers next to the tags. */
  countText: string;
  tags: StaffPickerTag[];
  options: StaffPickerOption[];
  full: boolean;
  selectedUpns: string[];
  onQuery(value: string): void;
  /** Fluent's selection change: a pick from the list, or a tag dismissed (click, Backspace, Delete). */
  onSelect(value: string | undefined, selected: string[]): void;
}
