import { renderStageShare } from './renderStageShare';
import type { StageShareProps } from './StageShare.types';
import { useStageShare } from './useStageShare';
import { useStageShareStyles } from './useStageShareStyles.styles';

/**
 * "Op het scherm delen" in the meeting side panel: shares the data-free stage page (talk type,
 * template agenda, chosen words explained) to everyone in the meeting through teams-js.
 */
export function StageShare(props: StageShareProps) {
  const state = useStageShare(props);
  const classes = useStageShareStyles(state);
  return renderStageShare(state, classes);
}
