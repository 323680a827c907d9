import { Button, MessageBar, MessageBarBody, Spinner, Tab, TabList } from '@fluentui/react-components';
import { FailedState } from '../../../shell/FailedState';
import { GuestView } from '../../../shell/GuestView';
import { AgreementsPanel } from '../AgreementsPanel/AgreementsPanel';
import { CancelDialog } from '../CancelDialog/CancelDialog';
import { PlanResult } from '../PlanResult/PlanResult';
import { PupilsPanel } from '../PupilsPanel/PupilsPanel';
import { RescheduleDialog } from '../RescheduleDialog/RescheduleDialog';
import { TalkCard } from '../TalkCard/TalkCard';
import { TalkForm } from '../TalkForm/TalkForm';
import { TalkSession } from '../TalkSession/TalkSession';
import type { TalksTab, TalksViewState } from './TalksView.types';
import type { TalksViewClasses } from './useTalksViewStyles.styles';

export function renderTalksView(state: TalksViewState, classes: TalksViewClasses) {
  if (state.status === 'denied') return <GuestView />;
  const header = (
    <header className={classes.header}>
      <h1 id={state.headingId} className={classes.heading}>
        {state.heading}
      </h1>
      <p className={classes.intro}>{state.intro}</p>
    </header>
  );
  return (
    <section
      className={classes.root}
      aria-labelledby={state.headingId}
      aria-busy={state.status === 'loading' || (state.status === 'ready' && state.refreshing) || undefined}
    >
      {header}
      {renderBody(state, classes)}
      <p role="status" className={classes.visuallyHidden}>
        {state.announcement}
      </p>
    </section>
  );
}

function renderBody(state: TalksViewState, classes: TalksViewClasses) {
  switch (state.status) {
    case 'loading':
      return <Spinner className={classes.status} label={state.label} />;
    case 'failed':
      return <FailedState error={state.error} onRetry={state.onRetry} />;
    case 'denied':
      return null;
    case 'ready':
      break;
  }
  const { mode } = state;
  if (mode.kind === 'plan') {
    return (
      <TalkForm
        key={mode.key}
        pupils={state.pupils}
        me={state.me}
        today={state.today}
        onPlanned={state.onPlanned}
        onCancel={state.onBack}
      />
    );
  }
  if (mode.kind === 'planned') {
    return <PlanResult planned={mode.planned} clashes={mode.clashes} onBack={state.onBack} onAnother={state.onPlan} />;
  }
  if (mode.kind === 'record') {
    return <TalkSession key={mode.talkId} talkId={mode.talkId} layout="page" onBack={state.onBack} />;
  }
  return (
    <>
      <div className={classes.toolbar}>
        <TabList selectedValue={state.tab} onTabSelect={(_, d) => state.onTab(d.value as TalksTab)} aria-label={state.tabsLabel}>
          {state.tabs.map((t) => (
            <Tab key={t.value} value={t.value}>
              {t.label}
            </Tab>
          ))}
        </TabList>
        <Button appearance="primary" onClick={state.onPlan}>
          {state.planLabel}
        </Button>
      </div>
      {state.exportError && (
        <MessageBar intent="error">
          <MessageBarBody>{state.exportError}</MessageBarBody>
        </MessageBar>
      )}
      {state.tab === 'pupils' ? (
        <PupilsPanel pupils={state.pupils} me={state.me} today={state.today} onChanged={state.onPupilsChanged} onAnnounce={state.onAnnounce} />
      ) : state.talks.length ? (
        <ul className={classes.list}>
          {state.talks.map((talk) => (
            <li key={talk.value.talk.id}>
              <TalkCard
                talk={talk}
                onReschedule={state.onReschedule}
                onCancel={state.onCancelTalk}
                onRecord={state.onRecord}
                onExport={state.onExport}
                exporting={state.exporting === talk.value.talk.pupil.id}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className={classes.empty}>{state.emptyText}</p>
      )}
      {state.tab !== 'pupils' && <AgreementsPanel today={state.today} mine={state.myAgreements} pupils={state.pupils} />}
      <RescheduleDialog target={state.rescheduleTarget} onDone={state.onRescheduled} onClose={() => state.onReschedule(null)} />
      <CancelDialog target={state.cancelTarget} onDone={state.onCancelled} onClose={() => state.onCancelTalk(null)} />
    </>
  );
}
