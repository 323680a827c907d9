import { renderRescheduleDialog } from './renderRescheduleDialog';
import type { RescheduleDialogProps } from './RescheduleDialog.types';
import { useRescheduleDialog } from './useRescheduleDialog';
import { useRescheduleDialogStyles } from './useRescheduleDialogStyles.styles';

/** Moves a planned talk to another date or time; the calendar event moves with it. */
export function RescheduleDialog(props: RescheduleDialogProps) {
  const state = useRescheduleDialog(props);
  const classes = useRescheduleDialogStyles(state);
  return renderRescheduleDialog(state, classes);
}
