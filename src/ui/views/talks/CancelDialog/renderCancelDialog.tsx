import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { ConflictDialog } from '../../../forms/ConflictDialog';
import type { CancelDialogState } from './CancelDialog.types';
import type { CancelDialogClasses } from './useCancelDialogStyles.styles';

export function renderCancelDialog(state: CancelDialogState, classes: CancelDialogClasses) {
  return (
    <>
      <Dialog open={state.open} modalType="alert" onOpenChange={(_, d) => !d.open && state.onKeep()}>
        <DialogSurface className={classes.surface}>
          <DialogBody>
            <DialogTitle>{state.heading}</DialogTitle>
            <DialogContent className={classes.content}>
              <p className={classes.when}>{state.when}</p>
              <p className={classes.text}>{state.body}</p>
              {state.failedText && (
                <MessageBar intent="error">
                  <MessageBarBody>{state.failedText}</MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={state.onConfirm} disabledFocusable={state.saving}>
                {state.confirmLabel}
              </Button>
              <Button onClick={state.onKeep}>{state.keepLabel}</Button>
            </DialogActions>
          </DialogBody>
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
