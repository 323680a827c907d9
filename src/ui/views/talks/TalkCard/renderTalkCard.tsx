import { Badge, Button, Link, Spinner, Tag } from '@fluentui/react-components';
import type { TalkStatus } from '../../../../domain/talks/types';
import type { TalkCardState } from './TalkCard.types';
import type { TalkCardClasses } from './useTalkCardStyles.styles';

const BADGE: Record<TalkStatus, 'brand' | 'success' | 'informative' | 'subtle'> = {
  draft: 'informative',
  planned: 'brand',
  held: 'success',
  cancelled: 'subtle',
};

export function renderTalkCard(state: TalkCardState, classes: TalkCardClasses) {
  const Heading = state.headingLevel === 4 ? 'h4' : 'h3';
  return (
    <article className={classes.root} aria-labelledby={state.headingId}>
      <div className={classes.top}>
        <Heading id={state.headingId} className={classes.heading}>
          {state.title}
        </Heading>
        <Badge appearance="tint" color={BADGE[state.status]}>
          {state.statusLabel}
        </Badge>
      </div>
      <p className={classes.when}>{state.when}</p>
      <p className={classes.text}>
        {state.pupil} · {state.where}
      </p>
      <p className={classes.meta}>{state.people}</p>
      {state.facts.length > 0 && (
        <ul className={classes.facts}>
          {state.facts.map((fact) => (
            <li key={fact}>
              <Tag size="small" appearance="outline">
                {fact}
              </Tag>
            </li>
          ))}
        </ul>
      )}
      {(state.joinUrl || state.calendarUrl) && (
        <div className={classes.links}>
          {state.joinUrl && (
            <Link href={state.joinUrl} target="_blank" rel="noopener noreferrer">
              {state.joinLabel}
            </Link>
          )}
          {state.calendarUrl && (
            <Link href={state.calendarUrl} target="_blank" rel="noopener noreferrer">
              {state.calendarLabel}
            </Link>
          )}
        </div>
      )}
      <div className={classes.actions} role="group" aria-label={`${state.actionsLabel}: ${state.title}`}>
        {state.status !== 'cancelled' && <Button onClick={state.onRecord}>{state.recordLabel}</Button>}
        {state.canChange && <Button onClick={state.onReschedule}>{state.rescheduleLabel}</Button>}
        {state.canChange && <Button onClick={state.onCancel}>{state.cancelLabel}</Button>}
        <Button appearance="subtle" onClick={state.onExport} title={state.exportHint} disabledFocusable={state.exporting}>
          {state.exportLabel}
        </Button>
        {state.exporting && <Spinner size="extra-tiny" />}
      </div>
    </article>
  );
}
