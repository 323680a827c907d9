import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { FailedState } from '../../../shell/FailedState';
import { GuestView } from '../../../shell/GuestView';
import type { PickOption, TalkPickerState } from './TalkPicker.types';
import type { TalkPickerClasses } from './useTalkPickerStyles.styles';

function renderOptions(options: PickOption[], onPick: (id: string) => void, classes: TalkPickerClasses, label: string) {
  return (
    <ul className={classes.list} aria-label={label}>
      {options.map((o) => (
        <li key={o.id}>
          <Button className={classes.option} onClick={() => onPick(o.id)}>
            <span className={classes.optionBody}>
              <span className={classes.time}>{o.time}</span>
              <span className={classes.title}>{o.title}</span>
              <span className={classes.detail}>{o.detail}</span>
            </span>
          </Button>
        </li>
      ))}
    </ul>
  );
}

export function renderTalkPicker(state: TalkPickerState, classes: TalkPickerClasses) {
  switch (state.status) {
    case 'denied':
      return <GuestView />;
    case 'loading':
      return <Spinner size="small" label={state.label} />;
    case 'failed':
      return <FailedState error={state.error} onRetry={state.onRetry} />;
    case 'ready':
      break;
  }
  return (
    <section className={classes.root} aria-labelledby={state.headingId}>
      <h1 id={state.headingId} className={classes.heading}>
        {state.heading}
      </h1>
      <p className={classes.intro}>{state.intro}</p>
      {state.notice && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      )}
      <h2 className={classes.listHeading}>{state.todayLabel}</h2>
      {state.today.length ? (
        renderOptions(state.today, state.onPick, classes, state.todayLabel)
      ) : (
        <p className={classes.empty}>{state.noneToday}</p>
      )}
      {state.later.length > 0 && (
        <>
          <h2 className={classes.listHeading}>{state.laterLabel}</h2>
          {renderOptions(state.later, state.onPick, classes, state.laterLabel)}
        </>
      )}
    </section>
  );
}
