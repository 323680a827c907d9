import { Button, Field, Textarea } from '@fluentui/react-components';
import type { QuestionsEditorState } from './QuestionsEditor.types';
import type { QuestionsEditorClasses } from './useQuestionsEditorStyles.styles';

export function renderQuestionsEditor(state: QuestionsEditorState, classes: QuestionsEditorClasses) {
  return (
    <div className={classes.root}>
      <ol className={classes.list}>
        {state.rows.map((row, i) => (
          <li key={row.key} className={classes.item}>
            <Field label={row.label} {...(row.error ? { validationMessage: row.error, validationState: 'error' as const } : {})}>
              <Textarea resize="vertical" rows={2} value={row.text} onChange={(_, d) => state.onText(i, d.value)} />
            </Field>
            <div className={classes.tools}>
              <Button className={classes.tool} size="small" appearance="subtle" aria-label={row.moveUpLabel} title={row.moveUpLabel} disabled={row.first} onClick={() => state.onMove(i, i - 1)}>
                ↑
              </Button>
              <Button className={classes.tool} size="small" appearance="subtle" aria-label={row.moveDownLabel} title={row.moveDownLabel} disabled={row.last} onClick={() => state.onMove(i, i + 1)}>
                ↓
              </Button>
              <Button className={classes.tool} size="small" appearance="subtle" aria-label={row.removeLabel} title={row.removeLabel} onClick={() => state.onRemove(i)}>
                ✕
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <div className={classes.actions}>
        <Button onClick={state.onAdd}>{state.addLabel}</Button>
        {state.canReset && (
          <Button appearance="subtle" onClick={state.onReset}>
            {state.resetLabel}
          </Button>
        )}
      </div>
    </div>
  );
}
