import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { SettingsViewState } from './SettingsView.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '72rem' },
  heading: { ...typographyStyles.title2, margin: 0 },
  intro: { ...typographyStyles.body1, margin: 0, maxWidth: '70ch', color: tokens.colorNeutralForeground2 },
});

export type SettingsViewClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useSettingsViewStyles(state: SettingsViewState): SettingsViewClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses('driehoek-SettingsView', styles.root, state.className) };
}
