import { useCallback, useMemo } from 'react';
import { useDataApi } from '../../../data/DataApiContext';
import { useResource } from '../../../data/useResource';
import { useI18n } from '../../../i18n';
import { useWindowedRows } from '../../promises/PromiseList/useWindowedRows';
import type { ItemsDialogProps, ItemsDialogState } from './ItemsDialog.types';
import { itemRows } from './itemRows';

/** Two lines of text with room around them. */
export const ITEM_ROW_REM = 3.75;

export function useItemsDialog({ selection, figure, label, count, onClose }: ItemsDialogProps): ItemsDialogState {
  const api = useDataApi();
  const i18n = useI18n();
  const v = i18n.messages.dashboard.view;
  const load = useCallback(() => api.dashboard.items(selection, figure), [api, selection, figure]);
  const resource = useResource(load);
  const rows = useMemo(() => (resource.state === 'ready' ? itemRows(resource.data, i18n) : []), [resource, i18n]);
  const windowed = useWindowedRows(rows.length, ITEM_ROW_REM);

  let status: ItemsDialogState['status'] = 'ready';
  let message = rows.length ? '' : v.itemsEmpty;
  if (resource.state === 'loading') [status, message] = ['loading', v.itemsLoading];
  if (resource.state === 'failed') [status, message] = ['failed', v.itemsFailed];

  return {
    heading: i18n.format(v.itemsHeading, { figure: label, count: i18n.number(count) }),
    closeLabel: v.close,
    onClose,
    status,
    message,
    retryLabel: v.retry,
    onRetry: resource.reload,
    rows,
    window: { start: windowed.start, end: windowed.end, rowHeight: windowed.rowHeight, totalHeight: rows.length * windowed.rowHeight },
    listRef: windowed.ref,
    listLabel: label,
  };
}
