import type { StaffPickerProps } from './StaffPicker.types';
import { renderStaffPicker } from './renderStaffPicker';
import { useStaffPicker } from './useStaffPicker';
import { useStaffPickerStyles } from './useStaffPickerStyles.styles';

/**
 * Choose colleagues by name (Fluent's TagPicker): type to filter (accents and case do not
 * matter), arrow keys and Enter to pick, Backspace or a tag's dismiss button to remove. The
 * chosen are tags that wrap, so it fits a 280 px side panel. Guests are never offered.
 * Used for intervisie groups and the staff taking part in a parent talk.
 */
export function StaffPicker(props: StaffPickerProps) {
  const state = useStaffPicker(props);
  const classes = useStaffPickerStyles(state);
  return renderStaffPicker(state, classes);
}
