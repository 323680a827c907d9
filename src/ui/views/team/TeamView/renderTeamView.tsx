import { Spinner, Tab, TabList } from '@fluentui/react-components';
import { FailedState } from '../../../shell/FailedState';
import { AssessmentPanel } from '../AssessmentPanel/AssessmentPanel';
import { ScanPanel } from '../ScanPanel/ScanPanel';
import { StreepPanel } from '../StreepPanel/StreepPanel';
import type { TeamTab, TeamViewState } from './TeamView.types';
import type { TeamViewClasses } from './useTeamViewStyles.styles';

export function renderTeamView(state: TeamViewState, classes: TeamViewClasses) {
  if (state.status !== 'ready') {
    return (
      <section className={classes.root} aria-labelledby={state.headingId} aria-busy={state.status === 'loading' || undefined}>
        <h1 id={state.headingId} className={classes.heading}>{state.heading}</h1>
        {state.status === 'loading' && <Spinner className={classes.status} label={state.loadingLabel} />}
        {state.status === 'empty' && <p className={classes.text}>{state.emptyText}</p>}
        {state.status === 'failed' && <FailedState error={state.error} onRetry={state.onRetry} />}
      </section>
    );
  }
  const tab = state.tabs.find((t) => t.value === state.selected) ?? state.tabs[0]!;
  return (
    <section className={classes.root} aria-labelledby={state.headingId}>
      <header className={classes.header}>
        <p className={classes.eyebrow}>{state.eyebrow}</p>
        <h1 id={state.headingId} className={classes.heading}>{state.heading}</h1>
        <p className={classes.intro}>{state.intro}</p>
      </header>
      <TabList
        className={classes.tabs}
        aria-label={state.tabsLabel}
        selectedValue={tab.value}
        onTabSelect={(_, data) => state.onSelect(data.value as TeamTab)}
      >
        {state.tabs.map((entry) => (
          <Tab key={entry.value} value={entry.value} id={entry.tabId} aria-controls={entry.panelId}>
            {entry.label}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={tab.panelId} aria-labelledby={tab.tabId} className={classes.panel}>
        {tab.value === 'scan' && <ScanPanel context={state.context} />}
        {tab.value === 'assessments' && <AssessmentPanel me={state.context.me} />}
        {tab.value === 'overDeStreep' && <StreepPanel me={state.context.me} meetings={state.context.meetings} />}
      </div>
    </section>
  );
}
