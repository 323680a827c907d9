import { Button, mergeClasses, ProgressBar } from '@fluentui/react-components';
import type { AgendaTimerState } from './AgendaTimer.types';
import type { AgendaTimerClasses } from './useAgendaTimerStyles.styles';

export function renderAgendaTimer(state: AgendaTimerState, classes: AgendaTimerClasses) {
  const { current, labels } = state;
  return (
    <div className={classes.root}>
      {state.started && current ? (
        <div className={classes.now}>
          <p className={classes.eyebrow}>{state.paused ? state.pausedText : state.nowLabel}</p>
          <p className={classes.title}>{current.title}</p>
          {/* role=timer is not live: the digits change each second and are read only on request. */}
          <p className={classes.digits} role="timer">
            {current.elapsed}
          </p>
          <ProgressBar
            value={current.progress}
            color={current.overrun ? 'error' : 'brand'}
            thickness="large"
            aria-label={current.remaining}
          />
          <p className={mergeClasses(classes.remaining, current.overrun && classes.over)}>{current.remaining}</p>
          {current.tip && (
            <p className={classes.tip}>
              <strong>{state.tipLabel}:</strong> {current.tip}
            </p>
          )}
        </div>
      ) : (
        <p className={classes.note}>{state.notStartedText}</p>
      )}
      <div className={classes.controls}>
        {!state.started && (
          <Button appearance="primary" onClick={state.onStart}>
            {labels.start}
          </Button>
        )}
        {state.started && !state.paused && <Button onClick={state.onPause}>{labels.pause}</Button>}
        {state.started && state.paused && (
          <Button appearance="primary" onClick={state.onResume}>
            {labels.resume}
          </Button>
        )}
        {state.started && (
          <Button appearance={state.paused ? 'secondary' : 'primary'} onClick={state.onNext} disabled={!state.canNext}>
            {labels.next}
          </Button>
        )}
        {state.started && (
          <Button appearance="subtle" onClick={state.onRestart}>
            {labels.restart}
          </Button>
        )}
      </div>
      <p className={mergeClasses(classes.total, state.total.overrun && classes.over)} role="timer">
        {state.total.label}: {state.total.text}
        {state.total.remaining && ` · ${state.total.remaining}`}
      </p>
      <ol className={classes.list} aria-label={state.itemsLabel}>
        {state.items.map((item) => (
          <li
            key={item.key}
            className={mergeClasses(classes.item, item.state === 'done' && classes.done, item.state === 'current' && state.started && classes.current)}
            aria-current={item.state === 'current' && state.started ? 'step' : undefined}
          >
            <span className={classes.itemTitle}>{item.title}</span>
            <span className={mergeClasses(classes.itemTime, item.state === 'current' && state.started && classes.currentTime, item.overrun && classes.over)}>{item.ran ?? item.planned}</span>
          </li>
        ))}
      </ol>
      <p className={classes.visuallyHidden} aria-live="polite">
        {state.announcement}
      </p>
    </div>
  );
}
