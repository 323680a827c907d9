import type { ScanPanelProps } from './ScanPanel.types';
import { renderScanPanel } from './renderScanPanel';
import { useScanPanel } from './useScanPanel';
import { useScanPanelStyles } from './useScanPanelStyles.styles';

/**
 * The team scan: the newest scan's distribution (small groups withheld), the approach that fits
 * (seed 000 figure 6) and the movement between scans. The IB also records scans and sees who is
 * where; nobody else's render ever holds an individual entry.
 */
export function ScanPanel(props: ScanPanelProps) {
  const state = useScanPanel(props);
  const classes = useScanPanelStyles();
  return renderScanPanel(state, classes);
}
