import type { AgendaRow } from '../TalkForm/talkForm';

export interface AgendaEditorProps {
  rows: readonly AgendaRow[];
  /** The talk's length from the form's times; null while they are not valid. */
  durationMinutes: number | null;
  /** The talk's start as an instant, for each item's clock times; null while unknown. */
  start: string | null;
  /** Refusals by field: "agenda", "agenda.<i>.title", "agenda.<i>.minutes". */
  errors: ReadonlyMap<string, string>;
  /** Edited by the person (then a change of type keeps it). */
  touched: boolean;
  onChange(rows: AgendaRow[]): void;
  onFit(): void;
  onReset(): void;
}

export interface AgendaEditorRow {
  key: string;
  label: string;
  text: string;
  minutes: string;
  times: string | null;
  textError: string | undefined;
  minutesError: string | undefined;
  moveUpLabel: string;
  moveDownLabel: string;
  removeLabel: string;
  first: boolean;
  last: boolean;
}

export interface AgendaEditorState {
  rows: AgendaEditorRow[];
  topicLabel: string;
  minutesLabel: string;
  totalText: string;
  /** Set when the agenda is longer than the talk. */
  overText: string | null;
  error: string | undefined;
  addLabel: string;
  fitLabel: string;
  resetLabel: string;
  canReset: boolean;
  onText(index: number, text: string): void;
  onMinutes(index: number, minutes: string): void;
  onMove(index: number, to: number): void;
  onRemove(index: number): void;
  onAdd(): void;
  onFit(): void;
  onReset(): void;
}
