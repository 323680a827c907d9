import type { RefCallback } from 'react';

export interface LinesEditorProps {
  /** What the lines are, e.g. "Persoonlijk" or "Wat nu al werkt": the group's legend. */
  legend: string;
  /** What one line is ("Voordeel"); each input is labelled "Voordeel 1", "Voordeel 2", … */
  itemLabel: string;
  lines: readonly string[];
  onChange(lines: string[]): void;
  /** The form's field messages; a line's message is under `${field}.${index}`. */
  errors?: ReadonlyMap<string, string>;
  /** The field the domain names these lines by, e.g. `items` or `benefits.personal`. */
  field: string;
  /** Archived cycle: the lines as text, no inputs. */
  readOnly?: boolean;
  className?: string;
}

export interface LineRow {
  key: string;
  label: string;
  value: string;
  error: string | undefined;
  removeLabel: string;
  inputRef: RefCallback<HTMLInputElement>;
  onChange(value: string): void;
  onRemove(): void;
}

export interface LinesEditorState {
  className: string | undefined;
  legendId: string;
  legend: string;
  readOnly: boolean;
  rows: LineRow[];
  /** Read-only: the lines as they are. */
  values: readonly string[];
  emptyText: string;
  addLabel: string;
  onAdd(): void;
}
