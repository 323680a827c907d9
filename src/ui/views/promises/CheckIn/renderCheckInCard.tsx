import { Badge, Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ReportForm } from '../ReportForm/ReportForm';
import { STATUS_BADGE } from '../shared/statusBadge';
import type { CheckInCardState } from './CheckInCard.types';
import type { CheckInCardClasses } from './useCheckInCardStyles.styles';

/** One promise at the check-in, reportable right there; user text as text nodes only. */
export function renderCheckInCard(state: CheckInCardState, classes: CheckInCardClasses) {
  return (
    <li className={classes.root}>
      <h4 className={classes.title}>{state.title}</h4>
      <div className={classes.meta}>
        <span>{state.owner}</span>
        <span aria-hidden="true">·</span>
        <span>{state.place}</span>
      </div>
      <div className={classes.meta}>
        <span>{state.due}</span>
      </div>
      {state.goal && (
        <dl className={classes.details}>
          <dt className={classes.term}>{state.goalLabel}</dt>
          <dd className={classes.value}>{state.goal}</dd>
        </dl>
      )}
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
      {state.report.length > 0 && (
        <dl className={classes.details}>
          {state.report.map((line) => (
            <div key={line.term}>
              <dt className={classes.term}>{line.term}</dt>
              <dd className={classes.value}>{line.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {state.notice && (
        <MessageBar intent="success">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      )}
      {state.reportLabel && !state.reporting && (
        <div className={classes.actions}>
          <Button
            ref={state.buttonRef}
            appearance={state.status === 'open' ? 'primary' : 'secondary'}
            onClick={state.onToggleReport}
          >
            {state.reportLabel}
          </Button>
        </div>
      )}
      {state.reporting && (
        <div id={state.formId}>
          <ReportForm
            item={state.item}
            context={state.context}
            atMeetingId={state.meetingId}
            onSaved={state.onSaved}
            onTheirs={state.onTheirs}
            onCancel={state.onCancel}
          />
        </div>
      )}
    </li>
  );
}
