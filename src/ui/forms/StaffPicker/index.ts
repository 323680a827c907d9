export { StaffPicker } from './StaffPicker';
export type { StaffPickerProps } from './StaffPicker.types';
