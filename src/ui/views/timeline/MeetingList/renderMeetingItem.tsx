import { Badge, type BadgeProps, Button } from '@fluentui/react-components';
import type { MeetingStatus } from '../../../../domain/meetings';
import type { MeetingItemState } from './MeetingItem.types';
import type { MeetingItemClasses } from './useMeetingItemStyles.styles';

const STATUS_COLOR: Record<MeetingStatus, NonNullable<BadgeProps['color']>> = {
  planned: 'brand',
  held: 'success',
  cancelled: 'informative',
};

/** One meeting on the timeline. Title, purpose and minutes are user text: text nodes only. */
export function renderMeetingItem(state: MeetingItemState, classes: MeetingItemClasses) {
  return (
    <li className={classes.root}>
      <div className={classes.header}>
        <h4 className={classes.title}>
          {state.title}
        </h4>
        {state.edit && (
          <Button
            className={classes.edit}
            size="small"
            id={state.edit.id}
            aria-label={state.edit.accessibleLabel}
            onClick={state.edit.onClick}
          >
            {state.edit.label}
          </Button>
        )}
      </div>
      <div className={classes.meta}>
        <time dateTime={state.date}>{state.dateLabel}</time>
        <span aria-hidden="true">·</span>
        <span>{state.typeLabel}</span>
        <Badge appearance="tint" color={STATUS_COLOR[state.status]}>
          {state.statusLabel}
        </Badge>
        {state.notRecordedLabel && (
          <Badge appearance="tint" color="warning">
            {state.notRecordedLabel}
          </Badge>
        )}
      </div>
      {state.purpose && <p className={classes.purpose}>{state.purpose}</p>}
      {(state.steps.length > 0 || state.score !== null || state.minutes) && (
        <dl className={classes.details}>
          {state.steps.length > 0 && (
            <div className={classes.detail}>
              <dt className={classes.term}>{state.stepsLabel}</dt>
              <dd className={classes.value}>
                <ul className={classes.steps}>
                  {state.steps.map((s) => (
                    <li key={s.step}>{s.label}</li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
          {state.score !== null && (
            <div className={classes.detail}>
              <dt className={classes.term}>{state.scoreLabel}</dt>
              <dd className={classes.value}>{state.score}</dd>
            </div>
          )}
          {state.minutes && (
            <div className={classes.detail}>
              <dt className={classes.term}>{state.minutesLabel}</dt>
              <dd className={classes.minutes}>{state.minutes}</dd>
            </div>
          )}
        </dl>
      )}
    </li>
  );
}
