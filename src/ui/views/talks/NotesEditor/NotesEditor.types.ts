import type { ScheduledTalk, Versioned } from '../../../../data/api';
import type { NoteVisibility } from '../../../../domain/talks/record';

export interface NotesEditorProps {
  /** The talk as stored (with its etag); notes are saved on top of this version. */
  talk: Versioned<ScheduledTalk>;
  /** Saved, or their version taken after a conflict: the talk as stored now. */
  onSaved(talk: Versioned<ScheduledTalk>): void;
  className?: string;
}

export interface NoteLine {
  id: string;
  text: string;
  visibility: NoteVisibility;
  visibilityLabel: string;
  toggleLabel: string;
}

export interface NotesEditorState {
  className: string | undefined;
  textLabel: string;
  text: string;
  textError: string | undefined;
  visibilityLabel: string;
  visibility: NoteVisibility;
  visibilityOptions: { value: NoteVisibility; label: string }[];
  hint: string;
  addLabel: string;
  notes: NoteLine[];
  listLabel: string;
  emptyText: string;
  removeLabel: string;
  saving: boolean;
  failedText: string | null;
  announcement: string;
  conflict: { open: boolean; theirs: string[]; onKeepMine(): void; onTakeTheirs(): void };
  onText(value: string): void;
  onVisibility(value: NoteVisibility): void;
  onAdd(): void;
  onToggle(id: string): void;
  onRemove(id: string): void;
}
