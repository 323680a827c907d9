import { useLayoutEffect, useState } from 'react';
import type { ReportSheetProps, ReportSheetState } from './ReportSheet.types';
import { reportSheetClassNames } from './useReportSheetStyles.styles';

export function useReportSheet({ report }: ReportSheetProps): ReportSheetState {
  const [mount] = useState(() => {
    const element = document.createElement('div');
    element.className = reportSheetClassNames.mount;
    return element;
  });
  useLayoutEffect(() => {
    document.body.append(mount);
    return () => mount.remove();
  }, [mount]);
  return { report, mount };
}
