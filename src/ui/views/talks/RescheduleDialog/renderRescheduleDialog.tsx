import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { ConflictDialog } from '../../../forms/ConflictDialog';
import type { RescheduleDialogState } from './RescheduleDialog.types';
import type { RescheduleDialogClasses } from './useRescheduleDialogStyles.styles';

const invalid = (error: string | undefined) => (error ? { validationMessage: error, validationState: 'error' as const } : {});

export function renderRescheduleDialog(state: RescheduleDialogState, classes: RescheduleDialogClasses) {
  return (
    <>
      <Dialog open={state.open} onOpenChange={(_, d) => !d.open && state.onCancel()}>
        <DialogSurface className={classes.surface}>
          <form className={classes.form} onSubmit={state.onSubmit} noValidate>
            <DialogBody>
              <DialogTitle>{state.heading}</DialogTitle>
              <DialogContent className={classes.content}>
                <p className={classes.hint}>{state.body}</p>
                <div className={classes.row}>
                  <Field label={state.dateLabel} required {...invalid(state.errors.get('date'))}>
                    <Input type="date" value={state.date} onChange={(_, d) => state.setDate(d.value)} />
                  </Field>
                  <Field label={state.startLabel} required {...invalid(state.errors.get('start'))}>
                    <Input type="time" value={state.start} onChange={(_, d) => state.setStart(d.value)} />
                  </Field>
                  <Field
                    label={state.endLabel}
                    required
                    {...invalid(state.errors.get('end') ?? state.errors.get('durationMinutes') ?? state.errors.get('agenda'))}
                  >
                    <Input type="time" value={state.end} onChange={(_, d) => state.setEnd(d.value)} />
                  </Field>
                </div>
                {state.durationText && <p className={classes.hint}>{state.durationText}</p>}
                {state.clashes && (
                  <MessageBar intent="warning" layout="multiline">
                    <MessageBarBody>
                      <MessageBarTitle>{state.clashes.heading}</MessageBarTitle>
                      <ul className={classes.list}>
                        {state.clashes.lines.map((line) => (
                          <li key={line.key}>{line.text}</li>
                        ))}
                      </ul>
                      <Button appearance="primary" onClick={state.onPlanAnyway} disabledFocusable={state.saving}>
                        {state.clashes.planAnyway}
                      </Button>
                    </MessageBarBody>
                  </MessageBar>
                )}
                {state.failedText && (
                  <MessageBar intent="error" layout="multiline">
                    <MessageBarBody>{state.failedText}</MessageBarBody>
                  </MessageBar>
                )}
                {state.saving && <Spinner size="tiny" label={state.savingLabel} />}
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" type="submit" disabledFocusable={state.saving}>
                  {state.saveLabel}
                </Button>
                <Button onClick={state.onCancel}>{state.cancelLabel}</Button>
              </DialogActions>
            </DialogBody>
          </form>
        </DialogSurface>
      </Dialog>
      <ConflictDialog
        open={state.conflict.open}
        theirs={state.conflict.theirs}
        onKeepMine={state.conflict.onKeepMine}
        onTakeTheirs={state.conflict.onTakeTheirs}
      />
    </>
  );
}
