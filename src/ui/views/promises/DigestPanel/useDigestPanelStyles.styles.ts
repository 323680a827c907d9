import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { DigestPanelState } from './DigestPanel.types';

export const digestPanelClassNames = { root: 'driehoek-DigestPanel' } as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0, maxWidth: '72ch' },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  intro: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
  preview: { minWidth: 0 },
  textarea: { fontFamily: tokens.fontFamilyMonospace, minHeight: '16rem' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  status: { alignSelf: 'flex-start' },
});

export type DigestPanelClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useDigestPanelStyles(state: DigestPanelState): DigestPanelClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(digestPanelClassNames.root, styles.root, state.className) };
}
