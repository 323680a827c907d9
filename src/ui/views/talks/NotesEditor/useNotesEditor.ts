import { useCallback, useRef, useState } from 'react';
import type { ScheduledTalk, Versioned } from '../../../../data/api';
import { type Note, type NoteVisibility, NOTE_VISIBILITIES, validateNote } from '../../../../domain/talks/record';
import { useDataApi } from '../../../data/DataApiContext';
import { useSave } from '../../../forms/useSave';
import { useI18n } from '../../../i18n';
import { newId } from '../shared/ids';
import type { NotesEditorProps, NotesEditorState } from './NotesEditor.types';

/** A change to the notes, kept as a function so it can be applied again on their version. */
type Change = (notes: readonly Note[]) => Note[];

export function useNotesEditor({ talk, onSaved, className }: NotesEditorProps): NotesEditorState {
  const api = useDataApi();
  const { messages } = useI18n();
  const n = messages.talks.ui.notes;
  const record = messages.talks.record;
  const save = useSave<ScheduledTalk>();
  const [text, setText] = useState('');
  const [visibility, setVisibility] = useState<NoteVisibility>('internal');
  const [announcement, setAnnouncement] = useState('');
  const pending = useRef<{ change: Change; said: string; clear: boolean } | null>(null);

  const apply = useCallback(
    async (base: Versioned<ScheduledTalk>, change: Change, said: string, clear: boolean) => {
      pending.current = { change, said, clear };
      const stored = await save.run(() => api.talks.saveNotes(base, change(base.value.notes)));
      if (!stored) return;
      pending.current = null;
      if (clear) setText('');
      setAnnouncement(said);
      onSaved(stored);
    },
    [save, api, onSaved],
  );

  const onAdd = useCallback(() => {
    const note: Note = { id: newId(), text, visibility };
    const verdict = validateNote(note);
    if (!save.check(verdict)) return;
    const clean = verdict.value;
    void apply(talk, (notes) => [...notes, clean], n.saved, true);
  }, [text, visibility, save, apply, talk, n.saved]);

  const errors = save.status.state === 'invalid' ? save.status.errors : new Map<string, string>();
  const conflict = save.status.state === 'conflict' ? save.status : null;

  return {
    className,
    textLabel: n.text,
    text,
    textError: errors.get('text'),
    visibilityLabel: n.visibility,
    visibility,
    visibilityOptions: NOTE_VISIBILITIES.map((value) => ({ value, label: record[value] })),
    hint: n.hint,
    addLabel: n.add,
    notes: talk.value.notes.map((note) => ({
      id: note.id,
      text: note.text,
      visibility: note.visibility,
      visibilityLabel: record[note.visibility],
      toggleLabel: note.visibility === 'internal' ? n.makeShareable : n.makeInternal,
    })),
    listLabel: n.listLabel,
    emptyText: n.empty,
    removeLabel: n.remove,
    saving: save.status.state === 'saving',
    failedText: save.status.state === 'failed' ? messages.shell.saving.failed : null,
    announcement,
    conflict: {
      open: conflict !== null,
      theirs: conflict?.current ? conflict.current.value.notes.map((note) => `${record[note.visibility]}: ${note.text}`) : [],
      onKeepMine: () => {
        const theirs = conflict?.current;
        const mine = pending.current;
        if (theirs && mine) void apply(theirs, mine.change, mine.said, mine.clear);
        else save.reset();
      },
      onTakeTheirs: () => {
        const theirs = conflict?.current;
        pending.current = null;
        save.reset();
        if (theirs) onSaved(theirs);
      },
    },
    onText: setText,
    onVisibility: setVisibility,
    onAdd,
    onToggle: (id) =>
      void apply(
        talk,
        (notes) =>
          notes.map((note) => (note.id === id ? { ...note, visibility: note.visibility === 'internal' ? 'shareable' : 'internal' } : note)),
        n.saved,
        false,
      ),
    onRemove: (id) => void apply(talk, (notes) => notes.filter((note) => note.id !== id), n.removed, false),
  };
}
