import type { QuestionRow } from '../TalkForm/talkForm';

export interface QuestionsEditorProps {
  rows: readonly QuestionRow[];
  /** Refusals by field: "preparationQuestions.<i>". */
  errors: ReadonlyMap<string, string>;
  touched: boolean;
  onChange(rows: QuestionRow[]): void;
  onReset(): void;
}

export interface QuestionsEditorRow {
  key: string;
  label: string;
  text: string;
  error: string | undefined;
  moveUpLabel: string;
  moveDownLabel: string;
  removeLabel: string;
  first: boolean;
  last: boolean;
}

export interface QuestionsEditorState {
  rows: QuestionsEditorRow[];
  addLabel: string;
  resetLabel: string;
  canReset: boolean;
  onText(index: number, text: string): void;
  onMove(index: number, to: number): void;
  onRemove(index: number): void;
  onAdd(): void;
  onReset(): void;
}
