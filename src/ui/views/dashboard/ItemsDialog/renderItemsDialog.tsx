import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Spinner } from '@fluentui/react-components';
import type { ItemsDialogState } from './ItemsDialog.types';
import type { ItemsDialogClasses } from './useItemsDialogStyles.styles';

/**
 * The items behind a figure in a dialog. The list is windowed: its height is that of all rows,
 * only the rows in view are rendered, each announcing its place in the whole list.
 */
export function renderItemsDialog(state: ItemsDialogState, classes: ItemsDialogClasses) {
  const { start, end, rowHeight, totalHeight } = state.window;
  const rendered = state.rows.slice(start, end);
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && state.onClose()}>
      <DialogSurface className={classes.surface}>
        <DialogBody>
          <DialogTitle>{state.heading}</DialogTitle>
          <DialogContent className={classes.content}>
            {state.status === 'loading' && <Spinner size="small" label={state.message} />}
            {state.status !== 'loading' && state.message && (
              <p className={classes.message} role={state.status === 'failed' ? 'alert' : undefined}>
                {state.message}
              </p>
            )}
            {state.status === 'ready' && state.rows.length > 0 && (
              <ul ref={state.listRef} className={classes.list} aria-label={state.listLabel} style={{ height: totalHeight }}>
                {rendered.map((row, i) => (
                  <li
                    key={row.id}
                    className={classes.row}
                    style={{ top: (start + i) * rowHeight, height: rowHeight }}
                    aria-setsize={state.rows.length}
                    aria-posinset={start + i + 1}
                    data-item-id={row.id}
                  >
                    <span className={classes.primary}>{row.primary}</span>
                    <span className={classes.secondary}>{row.secondary}</span>
                  </li>
                ))}
              </ul>
            )}
          </DialogContent>
          <DialogActions>
            {state.status === 'failed' && <Button onClick={state.onRetry}>{state.retryLabel}</Button>}
            <Button appearance="primary" onClick={state.onClose}>
              {state.closeLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
