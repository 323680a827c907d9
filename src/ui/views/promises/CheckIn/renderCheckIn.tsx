import { Field, Select, Spinner } from '@fluentui/react-components';
import { FailedState } from '../../../shell/FailedState';
import type { CheckInState } from './CheckIn.types';
import { CheckInCard } from './CheckInCard';
import type { CheckInClasses } from './useCheckInStyles.styles';

export function renderCheckIn(state: CheckInState, classes: CheckInClasses) {
  const picker = state.picker;
  return (
    <section className={classes.root} aria-labelledby={state.headingId} aria-busy={state.status === 'loading' || undefined}>
      <h2 id={state.headingId} className={classes.heading}>
        {state.heading}
      </h2>
      <p className={classes.intro}>{state.intro}</p>
      {picker && (
        <Field label={picker.label} className={classes.picker}>
          <Select className={classes.select} value={picker.value} onChange={(_, data) => picker.onChange(data.value)}>
            {picker.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {renderBody(state, classes)}
    </section>
  );
}

function renderBody(state: CheckInState, classes: CheckInClasses) {
  switch (state.status) {
    case 'noMeetings':
      return <p className={classes.text}>{state.text}</p>;
    case 'loading':
      return <Spinner className={classes.status} label={state.loadingLabel} />;
    case 'failed':
      return <FailedState error={state.error} onRetry={state.onRetry} />;
    case 'ready':
      if (!state.groups.length) return <p className={classes.text}>{state.emptyText}</p>;
      return (
        <>
          <p className={classes.count} role="status">
            {state.countLabel}
          </p>
          {state.groups.map((group) => (
            <div key={group.label} className={classes.group}>
              <h3 className={classes.groupHeading}>{group.label}</h3>
              <ul className={classes.cards} aria-label={group.label}>
                {group.cards.map((card) => (
                  <CheckInCard key={card.item.value.id} {...card} />
                ))}
              </ul>
            </div>
          ))}
        </>
      );
  }
}
