import type { DigestPanelProps } from './DigestPanel.types';
import { renderDigestPanel } from './renderDigestPanel';
import { useDigestPanel } from './useDigestPanel';
import { useDigestPanelStyles } from './useDigestPanelStyles.styles';

/**
 * The weekly reminder of open promises per bouw (domain: buildDigest), as plain text for the
 * staff newsletter and as HTML for the team channel, after a confirmation.
 */
export function DigestPanel(props: DigestPanelProps) {
  const state = useDigestPanel(props);
  const classes = useDigestPanelStyles(state);
  return renderDigestPanel(state, classes);
}
