/** Asks once before an action that cannot be undone in place (archive, delete, post). */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export interface ConfirmDialogProps {
  open: boolean;
  heading: string;
  body: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
  /** An alert dialog (no light dismiss) for destructive actions. */
  alert?: boolean;
}

export function ConfirmDialog({ open, heading, body, confirmLabel, cancelLabel, onConfirm, onCancel, alert = false }: ConfirmDialogProps) {
  return (
    <Dialog open={open} modalType={alert ? 'alert' : 'modal'} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{heading}</DialogTitle>
          <DialogContent>{body}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {confirmLabel}
            </Button>
            <Button onClick={onCancel}>{cancelLabel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
