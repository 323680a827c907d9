import { Badge, Button, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import type { NoteVisibility } from '../../../../domain/talks/record';
import { ConflictDialog } from '../../../forms/ConflictDialog';
import { TextChecks } from '../TextChecks/TextChecks';
import type { NotesEditorState } from './NotesEditor.types';
import type { NotesEditorClasses } from './useNotesEditorStyles.styles';

export function renderNotesEditor(state: NotesEditorState, classes: NotesEditorClasses) {
  return (
    <div className={classes.root}>
      {state.notes.length ? (
        <ul className={classes.list} aria-label={state.listLabel}>
          {state.notes.map((note) => (
            <li key={note.id} className={classes.note}>
              <p className={classes.noteText}>{note.text}</p>
              <div className={classes.noteTools}>
                <Badge className={classes.badge} appearance="tint" color={note.visibility === 'shareable' ? 'success' : 'informative'}>
                  {note.visibilityLabel}
                </Badge>
                <Button size="small" appearance="subtle" onClick={() => state.onToggle(note.id)} disabledFocusable={state.saving}>
                  {note.toggleLabel}
                </Button>
                <Button size="small" appearance="subtle" onClick={() => state.onRemove(note.id)} disabledFocusable={state.saving}>
                  {state.removeLabel}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className={classes.empty}>{state.emptyText}</p>
      )}
      <Field
        label={state.textLabel}
        {...(state.textError ? { validationMessage: state.textError, validationState: 'error' as const } : {})}
      >
        <Textarea resize="vertical" rows={3} value={state.text} onChange={(_, d) => state.onText(d.value)} />
      </Field>
      <TextChecks text={state.text} jargon={state.visibility === 'shareable'} />
      <Field label={state.visibilityLabel}>
        <RadioGroup value={state.visibility} onChange={(_, d) => state.onVisibility(d.value as NoteVisibility)}>
          {state.visibilityOptions.map((o) => (
            <Radio key={o.value} value={o.value} label={o.label} />
          ))}
        </RadioGroup>
      </Field>
      <p className={classes.hint}>{state.hint}</p>
      {state.failedText && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.failedText}</MessageBarBody>
        </MessageBar>
      )}
      <div className={classes.actions}>
        <Button appearance="primary" onClick={state.onAdd} disabledFocusable={state.saving}>
          {state.addLabel}
        </Button>
      </div>
      <p className={classes.visuallyHidden} role="status">
        {state.announcement}
      </p>
      <ConflictDialog
        open={state.conflict.open}
        theirs={
          <ul className={classes.theirs}>
            {state.conflict.theirs.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        }
        onKeepMine={state.conflict.onKeepMine}
        onTakeTheirs={state.conflict.onTakeTheirs}
      />
    </div>
  );
}
