import { Button, Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { AgendaEditorState } from './AgendaEditor.types';
import type { AgendaEditorClasses } from './useAgendaEditorStyles.styles';

export function renderAgendaEditor(state: AgendaEditorState, classes: AgendaEditorClasses) {
  return (
    <div className={classes.root}>
      <ol className={classes.list}>
        {state.rows.map((row, i) => (
          <li key={row.key} className={classes.item}>
            <Field
              label={row.label}
              {...(row.textError ? { validationMessage: row.textError, validationState: 'error' as const } : {})}
            >
              <Input className={classes.control} value={row.text} onChange={(_, d) => state.onText(i, d.value)} />
            </Field>
            <Field
              label={state.minutesLabel}
              {...(row.minutesError ? { validationMessage: row.minutesError, validationState: 'error' as const } : {})}
            >
              <Input
                className={classes.control}
                type="number"
                inputMode="numeric"
                min={1}
                value={row.minutes}
                onChange={(_, d) => state.onMinutes(i, d.value)}
                aria-label={`${row.label}: ${state.minutesLabel}`}
              />
            </Field>
            <div className={classes.tools}>
              {row.times && <span className={classes.times}>{row.times}</span>}
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
      <p className={classes.total} aria-live="polite">
        {state.totalText}
      </p>
      {(state.overText || state.error) && (
        <MessageBar intent={state.error ? 'error' : 'warning'} layout="multiline">
          <MessageBarBody>{state.error ?? state.overText}</MessageBarBody>
        </MessageBar>
      )}
      <div className={classes.actions}>
        <Button onClick={state.onAdd}>{state.addLabel}</Button>
        {state.overText && <Button onClick={state.onFit}>{state.fitLabel}</Button>}
        {state.canReset && (
          <Button appearance="subtle" onClick={state.onReset}>
            {state.resetLabel}
          </Button>
        )}
      </div>
    </div>
  );
}
