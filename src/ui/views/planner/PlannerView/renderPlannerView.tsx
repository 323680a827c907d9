import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { FailedState } from '../../../shell/FailedState';
import { CycleForm } from '../CycleForm/CycleForm';
import { CyclePicker } from '../CyclePicker/CyclePicker';
import { CycleSummary } from '../CycleSummary/CycleSummary';
import { GoalMap } from '../GoalMap/GoalMap';
import { StepPanel } from '../StepPanel/StepPanel';
import { StepPath } from '../StepPath/StepPath';
import type { PlannerViewReady, PlannerViewState } from './PlannerView.types';
import type { PlannerViewClasses } from './usePlannerViewStyles.styles';

export function renderPlannerView(state: PlannerViewState, classes: PlannerViewClasses) {
  const showsSummary = state.status === 'ready' && state.mode !== 'create';
  return (
    <section
      className={classes.root}
      aria-labelledby={showsSummary ? state.labelledBy : state.headingId}
      aria-busy={state.status === 'loading' || undefined}
    >
      {!showsSummary && (
        <h1 id={state.headingId} className={classes.heading}>
          {state.heading}
        </h1>
      )}
      {state.status !== 'loading' && state.status !== 'failed' && (
        <CyclePicker
          cycles={state.cycles}
          selectedId={state.selectedId}
          onSelect={state.onSelectCycle}
          onNew={state.onNewCycle}
          creating={state.mode === 'create' || state.status === 'empty'}
        />
      )}
      <div role="status" className={classes.notice}>
        {state.announcement && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{state.announcement}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {renderBody(state, classes)}
    </section>
  );
}

function renderBody(state: PlannerViewState, classes: PlannerViewClasses) {
  switch (state.status) {
    case 'loading':
      return <Spinner className={classes.status} label={state.loadingLabel} />;
    case 'failed':
      return <FailedState error={state.error} onRetry={state.onRetry} />;
    case 'empty':
      return (
        <>
          <p className={classes.text}>{state.emptyText}</p>
          <CycleForm
            // Once the signed-in person is known, the form starts again with them as the coach.
            key={state.staff.map((s) => s.upn).join(' ')}
            mode="create"
            staff={state.staff}
            today={state.today}
            onSaved={state.onCycleSaved}
            onReload={state.onReload}
          />
        </>
      );
    case 'ready':
      return renderReady(state, classes);
  }
}

function renderReady(state: PlannerViewReady, classes: PlannerViewClasses) {
  const { snapshot, cycle } = state;
  if (state.mode === 'create') {
    return (
      <CycleForm
        mode="create"
        defaultStatus={state.cycles.some((c) => c.value.status === 'active') ? 'draft' : 'active'}
        staff={snapshot.staff}
        today={state.today}
        onSaved={state.onCycleSaved}
        onCancel={state.onCancelForm}
        onReload={state.onReload}
      />
    );
  }
  return (
    <>
      <CycleSummary
        cycle={cycle}
        staff={snapshot.staff}
        goals={snapshot.goals}
        records={snapshot.stepRecords}
        readOnly={state.readOnly}
        today={state.today}
        headingId={state.headingId}
        eyebrowId={state.eyebrowId}
        onEdit={state.onEdit}
        onCycleSaved={state.onSummarySaved}
        onCycleCreated={state.onCycleCreated}
        onReload={state.onReload}
      />
      {state.mode === 'edit' && (
        <CycleForm
          key={cycle.etag}
          mode="edit"
          current={cycle}
          staff={snapshot.staff}
          today={state.today}
          onSaved={state.onCycleSaved}
          onCancel={state.onCancelForm}
          onReload={state.onReload}
        />
      )}
      <div className={classes.columns}>
        <StepPath
          className={classes.path}
          progress={state.progress}
          round={cycle.value.round}
          selected={state.selectedStep}
          onSelect={state.onSelectStep}
          meetings={snapshot.meetings}
          panelId={state.panelId}
        />
        <div id={state.panelId} className={classes.panel}>
          <StepPanel
            key={state.panelKey}
            cycle={cycle}
            step={state.selectedStep}
            progress={state.selectedProgress}
            currentStep={state.currentStep}
            records={snapshot.stepRecords}
            goals={state.roundGoals}
            meetings={snapshot.meetings}
            readOnly={state.readOnly}
            today={state.today}
            headingRef={state.panelHeadingRef}
            onCompleted={state.onStepCompleted}
            onGoalSaved={state.onGoalSaved}
            onGoalDeleted={state.onGoalDeleted}
            onReload={state.onReload}
          />
        </div>
      </div>
      <GoalMap cycleTitle={cycle.value.title} dream={cycle.value.dream} goals={state.roundGoalValues} />
    </>
  );
}
