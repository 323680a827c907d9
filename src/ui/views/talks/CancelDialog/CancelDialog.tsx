import type { CancelDialogProps } from './CancelDialog.types';
import { renderCancelDialog } from './renderCancelDialog';
import { useCancelDialog } from './useCancelDialog';
import { useCancelDialogStyles } from './useCancelDialogStyles.styles';

/** Asks before a talk is cancelled: the invite is withdrawn from everyone's calendar. */
export function CancelDialog(props: CancelDialogProps) {
  const state = useCancelDialog(props);
  const classes = useCancelDialogStyles(state);
  return renderCancelDialog(state, classes);
}
