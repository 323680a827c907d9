import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner, Tab, TabList } from '@fluentui/react-components';
import { FailedState } from '../../../shell/FailedState';
import { AgreementsPanel } from '../../talks/AgreementsPanel/AgreementsPanel';
import { CheckIn } from '../CheckIn/CheckIn';
import { DigestPanel } from '../DigestPanel/DigestPanel';
import { PromiseForm } from '../PromiseForm/PromiseForm';
import { PromiseTab } from '../PromiseTab/PromiseTab';
import type { PromisesTab, PromisesViewReady, PromisesViewState } from './PromisesView.types';
import type { PromisesViewClasses } from './usePromisesViewStyles.styles';

export function renderPromisesView(state: PromisesViewState, classes: PromisesViewClasses) {
  if (state.status === 'ready') return renderReady(state, classes);
  return (
    <section className={classes.root} aria-labelledby={state.headingId} aria-busy={state.status === 'loading' || undefined}>
      <h1 id={state.headingId} className={classes.heading}>
        {state.heading}
      </h1>
      {state.status === 'loading' && <Spinner className={classes.status} label={state.loadingLabel} />}
      {state.status === 'empty' && <p className={classes.text}>{state.emptyText}</p>}
      {state.status === 'failed' && <FailedState error={state.error} onRetry={state.onRetry} />}
    </section>
  );
}

function renderReady(state: PromisesViewReady, classes: PromisesViewClasses) {
  const tab = state.selected;
  return (
    <section className={classes.root} aria-labelledby={`${state.eyebrowId} ${state.headingId}`}>
      <header className={classes.header}>
        <p id={state.eyebrowId} className={classes.eyebrow}>
          {state.cycleTitle}
        </p>
        <h1 id={state.headingId} className={classes.heading}>
          {state.heading}
        </h1>
        <p className={classes.intro}>{state.intro}</p>
        {state.newLabel && !state.form && (
          <Button className={classes.newButton} appearance="primary" onClick={state.onNew}>
            {state.newLabel}
          </Button>
        )}
      </header>
      {state.notice && (
        <MessageBar intent="success" aria-live="polite">
          <MessageBarBody>{state.notice}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="transparent" size="small" onClick={state.onDismissNotice}>
              {state.dismissLabel}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.form && <PromiseForm {...state.form} />}
      <TabList
        className={classes.tabs}
        aria-label={state.tabsLabel}
        selectedValue={tab.value}
        onTabSelect={(_, data) => state.onSelect(data.value as PromisesTab)}
      >
        {state.tabs.map((entry) => (
          <Tab key={entry.value} className={classes.tab} value={entry.value} id={entry.tabId} aria-controls={entry.panelId}>
            {entry.label}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={tab.panelId} aria-labelledby={tab.tabId} className={classes.panel}>
        {renderPanel(state, tab.value, tab.label)}
      </div>
    </section>
  );
}

function renderPanel(state: PromisesViewReady, tab: PromisesTab, label: string) {
  switch (tab) {
    case 'checkIn':
      return <CheckIn key={state.listKey} context={state.context} />;
    case 'digest':
      return <DigestPanel key={state.listKey} context={state.context} />;
    case 'agreements':
      return <AgreementsPanel key={state.listKey} today={state.context.today} headingLevel={2} />;
    default:
      return <PromiseTab key={`${tab}-${state.listKey}`} kind={tab} label={label} context={state.context} first={state.first} />;
  }
}
