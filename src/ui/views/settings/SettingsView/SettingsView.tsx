import { renderSettingsView } from './renderSettingsView';
import type { SettingsViewProps } from './SettingsView.types';
import { useSettingsView } from './useSettingsView';
import { useSettingsViewStyles } from './useSettingsViewStyles.styles';

/**
 * Instellingen: who has which role in Driehoek. The MT and the IB give the staff Team's members
 * their role; anyone else reads whom to ask.
 */
export function SettingsView(props: SettingsViewProps = {}) {
  const state = useSettingsView(props);
  const classes = useSettingsViewStyles(state);
  return renderSettingsView(state, classes);
}
