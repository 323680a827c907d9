import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { AgendaEditorState } from './AgendaEditor.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'grid',
    // Topic takes the room; minutes stay narrow; the buttons wrap below on a narrow frame.
    gridTemplateColumns: 'minmax(0, 1fr) 5.5rem',
    '& > *': { minWidth: 0 },
    gap: tokens.spacingHorizontalS,
    alignItems: 'start',
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  control: { width: '100%', minWidth: 0, maxWidth: '100%' },
  /** Arrow and cross buttons: as small as their glyph, still a 32 px target. */
  tool: { minWidth: '32px' },
  tools: { gridColumn: '1 / -1', display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  times: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3, marginInlineEnd: 'auto' },
  total: { ...typographyStyles.body1Strong, margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export type AgendaEditorClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useAgendaEditorStyles(_state: AgendaEditorState): AgendaEditorClasses {
  return useStyles();
}
