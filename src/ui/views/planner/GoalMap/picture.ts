/** Sizes the goal map's picture is drawn with; the wrapping of labels counts on the same ones. */
import { teamsLightTheme } from '@fluentui/react-components';
import type { GoalMapNodeKind } from '../../../../domain/goalMap';

/** The font the picture's text is drawn in (the same in every Teams theme): fontFamilyBase. */
export const FONT_FAMILY = teamsLightTheme.fontFamilyBase;

export const FONT_SIZE: Readonly<Record<GoalMapNodeKind | 'legend', number>> = {
  dream: 14,
  goal: 13,
  benefit: 11,
  sign: 11,
  legend: 12,
};

export const LEGEND = {
  margin: 24,
  rowHeight: 26,
  swatch: 8,
  gap: 8,
  spacing: 20,
} as const;
