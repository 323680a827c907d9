import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { ConfirmDialog } from '../../../forms/ConfirmDialog';
import type { PupilsPanelState } from './PupilsPanel.types';
import type { PupilsPanelClasses } from './usePupilsPanelStyles.styles';

export function renderPupilsPanel(state: PupilsPanelState, classes: PupilsPanelClasses) {
  const r = state.retention;
  const dialog = state.leftDialog;
  return (
    <section className={classes.root} aria-labelledby={state.headingId}>
      <h2 id={state.headingId} className={classes.heading}>
        {state.heading}
      </h2>
      <p className={classes.text}>{state.intro}</p>
      {state.exportError && (
        <MessageBar intent="error">
          <MessageBarBody>{state.exportError}</MessageBarBody>
        </MessageBar>
      )}
      {state.empty ? (
        <p className={classes.text}>{state.empty}</p>
      ) : (
        <div className={classes.tableWrap}>
          <Table aria-label={state.tableLabel} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={classes.narrow}>{state.columns.name}</TableHeaderCell>
                <TableHeaderCell className={classes.narrow}>{state.columns.group}</TableHeaderCell>
                <TableHeaderCell>{state.columns.state}</TableHeaderCell>
                <TableHeaderCell className={classes.actionsColumn}>{state.columns.actions}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {state.rows.map((row) => (
                <TableRow key={row.id}>
                  <TableCell className={classes.name}>{row.name}</TableCell>
                  <TableCell>{row.group}</TableCell>
                  <TableCell className={row.left ? classes.left : undefined}>{row.state}</TableCell>
                  <TableCell>
                    <div className={classes.actions}>
                      <Button size="small" aria-label={row.exportJsonLabel} disabledFocusable={row.busy} onClick={() => state.onExportJson(row)}>
                        {state.exportJson}
                      </Button>
                      <Button size="small" aria-label={row.exportPrintLabel} disabledFocusable={row.busy} onClick={() => state.onExportPrint(row)}>
                        {state.exportPrint}
                      </Button>
                      {state.canManage && !row.left && (
                        <Button size="small" appearance="subtle" aria-label={row.markLeftLabel} onClick={() => state.onMarkLeft(row)}>
                          {state.markLeft}
                        </Button>
                      )}
                    </div>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {state.canManage && (
        <div className={classes.retention}>
          <h3 className={classes.subheading}>{r.heading}</h3>
          <p className={classes.text}>{r.intro}</p>
          <div>
            <Button
              onClick={r.onCheck}
              disabledFocusable={r.step.kind === 'checking' || r.step.kind === 'running'}
              icon={r.step.kind === 'checking' || r.step.kind === 'running' ? <Spinner size="tiny" /> : undefined}
            >
              {r.checkLabel}
            </Button>
          </div>
          <p role="status" className={classes.text}>
            {r.message}
          </p>
        </div>
      )}
      <ConfirmDialog
        open={r.step.kind === 'confirm'}
        alert
        heading={r.confirmHeading}
        body={
          <div className={classes.dialogBody}>
            {r.confirmBody.map((text) => (
              <p key={text}>{text}</p>
            ))}
          </div>
        }
        confirmLabel={r.confirm}
        cancelLabel={r.keep}
        onConfirm={r.onConfirm}
        onCancel={r.onKeep}
      />
      <Dialog open={dialog !== null} onOpenChange={(_, d) => !d.open && dialog?.onCancel()}>
        <DialogSurface>
          {dialog && (
            <DialogBody>
              <DialogTitle>{dialog.heading}</DialogTitle>
              <DialogContent className={classes.dialogBody}>
                <p>{dialog.body}</p>
                <Field label={dialog.dateLabel} required validationMessage={dialog.error ?? undefined}>
                  <Input type="date" value={dialog.date} onChange={(_, d) => dialog.onDate(d.value)} />
                </Field>
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" disabledFocusable={dialog.saving} onClick={dialog.onConfirm}>
                  {dialog.confirm}
                </Button>
                <Button onClick={dialog.onCancel}>{dialog.cancel}</Button>
              </DialogActions>
            </DialogBody>
          )}
        </DialogSurface>
      </Dialog>
    </section>
  );
}
