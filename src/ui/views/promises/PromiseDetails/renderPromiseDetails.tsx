import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  mergeClasses,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { ConflictDialog } from '../../../forms/ConflictDialog';
import { ReportForm } from '../ReportForm/ReportForm';
import { STATUS_BADGE } from '../shared/statusBadge';
import { TheirVersionText } from '../shared/TheirVersionText';
import type { DetailLine, PromiseDetailsState } from './PromiseDetails.types';
import type { PromiseDetailsClasses } from './usePromiseDetailsStyles.styles';

export function renderPromiseDetails(state: PromiseDetailsState, classes: PromiseDetailsClasses) {
  const s = state.supportGiven;
  return (
    <Dialog open={state.open} onOpenChange={(_, data) => !data.open && state.onClose()}>
      <DialogSurface className={classes.surface}>
        <DialogBody>
          <DialogTitle className={classes.title}>{state.title}</DialogTitle>
          <DialogContent className={classes.content}>
            <div className={classes.badges}>
              <Badge appearance="tint" color={STATUS_BADGE[state.status]}>
                {state.statusLabel}
              </Badge>
              {state.overdueLabel && (
                <Badge appearance="tint" color="danger">
                  {state.overdueLabel}
                </Badge>
              )}
              {state.supportLabel && (
                <Badge appearance="tint" color="important">
                  {state.supportLabel}
                </Badge>
              )}
            </div>
            {renderLines(state.lines, classes)}
            {(state.reportedOn || state.reportLines.length > 0) && (
              <>
                <h3 className={classes.heading}>{state.reportHeading}</h3>
                {state.reportedOn && <p className={classes.value}>{state.reportedOn}</p>}
                {state.reportLines.length > 0 && renderLines(state.reportLines, classes)}
              </>
            )}
            {state.notice && (
              <MessageBar intent="success">
                <MessageBarBody>{state.notice}</MessageBarBody>
              </MessageBar>
            )}
            {s?.failedText && (
              <MessageBar intent="error">
                <MessageBarBody>{s.failedText}</MessageBarBody>
              </MessageBar>
            )}
            {state.reporting && (
              <ReportForm
                item={state.item}
                context={state.context}
                onSaved={state.onReportSaved}
                onTheirs={state.onTheirs}
                onCancel={state.onCancelReport}
              />
            )}
            {s && (
              <ConflictDialog
                open={s.conflict.open}
                theirs={<TheirVersionText theirs={s.conflict.theirs} />}
                onKeepMine={s.conflict.onKeepMine}
                onTakeTheirs={s.conflict.onTakeTheirs}
              />
            )}
          </DialogContent>
          <DialogActions fluid className={classes.actions}>
            {!state.reporting && state.reportLabel && (
              <Button appearance="primary" onClick={state.onStartReport}>
                {state.reportLabel}
              </Button>
            )}
            {!state.reporting && s && (
              <Button appearance={state.reportLabel ? 'secondary' : 'primary'} disabledFocusable={s.busy} onClick={s.onClick}>
                {s.label}
              </Button>
            )}
            <Button onClick={state.onClose}>{state.closeLabel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function renderLines(lines: DetailLine[], classes: PromiseDetailsClasses) {
  return (
    <dl className={classes.list}>
      {lines.map((line) => (
        <div key={line.term} className={classes.line}>
          <dt className={classes.term}>{line.term}</dt>
          <dd className={mergeClasses(classes.value, line.multiline && classes.multiline)}>{line.value}</dd>
        </div>
      ))}
    </dl>
  );
}
