/** Instellingen (section "instellingen"): staff roles, for the MT and the IB. */
export { SettingsView } from './SettingsView/SettingsView';
export type { SettingsViewProps } from './SettingsView/SettingsView.types';
export { StaffRoles } from './StaffRoles/StaffRoles';
