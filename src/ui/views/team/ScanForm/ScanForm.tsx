import type { ScanFormProps } from './ScanForm.types';
import { renderScanForm } from './renderScanForm';
import { useScanForm } from './useScanForm';
import { useScanFormStyles } from './useScanFormStyles.styles';

/** The IB's form for a scan: per colleague (or per subgroup) a stage of concern and a client relationship. */
export function ScanForm(props: ScanFormProps) {
  const state = useScanForm(props);
  const classes = useScanFormStyles();
  return renderScanForm(state, classes);
}
