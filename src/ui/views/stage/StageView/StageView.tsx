import { renderStageView } from './renderStageView';
import type { StageViewProps } from './StageView.types';
import { useStageView } from './useStageView';
import { useStageViewStyles } from './useStageViewStyles.styles';

/**
 * The meeting stage: what everyone in the meeting sees when staff share Driehoek, parents and
 * anonymous guests included. It reads no data and needs nobody signed in: it shows only catalog
 * texts named by keys in its URL (see domain/talks/stage), in each viewer's own language.
 */
export function StageView(props: StageViewProps) {
  const state = useStageView(props);
  const classes = useStageViewStyles(state);
  return renderStageView(state, classes);
}
