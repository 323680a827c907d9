import { type GriffelStyle, tokens } from '@fluentui/react-components';

/**
 * The shell's one-line notices under the navigation (pending changes, the retention job's
 * report): a bordered bar in a status colour, text first and its button after it.
 */
export function noticeBar(background: string, border: string): GriffelStyle {
  return {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: background,
    border: `${tokens.strokeWidthThin} solid ${border}`,
    color: tokens.colorNeutralForeground1,
  };
}
