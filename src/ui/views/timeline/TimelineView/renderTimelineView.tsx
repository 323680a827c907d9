import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { withAreas } from '../../../data/withAreas';
import { FailedState } from '../../../shell/FailedState';
import { CycleHeader } from '../CycleHeader/CycleHeader';
import { MeetingList } from '../MeetingList/MeetingList';
import { PlanNext } from '../PlanNext/PlanNext';
import { PlannedHeld } from '../PlannedHeld/PlannedHeld';
import { ScoreChart } from '../ScoreChart/ScoreChart';
import type { TimelineViewState } from './TimelineView.types';
import type { TimelineViewClasses } from './useTimelineViewStyles.styles';

/**
 * The editor's form controls are a chunk of their own, with the meetings' data code beside them:
 * they are needed only after a click, and in the view's chunk they would share the slow line with
 * the first load (docs/performance.md).
 */
const MeetingEditor = lazy(
  withAreas(['meetings'], () =>
    import(/* webpackChunkName: "meetingEditor" */ '../MeetingEditor/MeetingEditor').then((m) => ({ default: m.MeetingEditor })),
  ),
);

export function renderTimelineView(state: TimelineViewState, classes: TimelineViewClasses) {
  return (
    <section
      className={classes.root}
      aria-labelledby={state.labelledBy}
      aria-busy={state.status === 'loading' || (state.status === 'ready' && state.refreshing) || undefined}
    >
      {state.status === 'ready' ? (
        <>
          <CycleHeader cycle={state.cycle} headingId={state.headingId} eyebrowId={state.eyebrowId} />
          <div className={classes.overview}>
            <PlannedHeld className={classes.glance} figures={state.yearFigures} schoolYear={state.cycle.schoolYear} />
            <ScoreChart className={classes.chart} points={state.trend} meetings={state.meetings} />
          </div>
          <PlanNext
            cycle={state.cycle}
            suggestion={state.suggestion}
            buttonId={state.planNextButtonId}
            onPlan={state.onPlanNext}
          />
          <MeetingList
            years={state.years}
            monthFigures={state.monthFigures}
            today={state.today}
            onEdit={state.onEdit}
            editButtonId={state.editButtonId}
          />
          <Suspense fallback={null}>
            <MeetingEditor
              target={state.editor}
              onSaved={state.onEditorSaved}
              onClose={state.onEditorClose}
              onTheirsTaken={state.onTheirsTaken}
            />
          </Suspense>
          <p role="status" className={classes.visuallyHidden}>
            {state.announcement}
          </p>
        </>
      ) : (
        <>
          <h1 id={state.headingId} className={classes.heading}>
            {state.heading}
          </h1>
          {renderStatus(state, classes)}
        </>
      )}
    </section>
  );
}

function renderStatus(state: Exclude<TimelineViewState, { status: 'ready' }>, classes: TimelineViewClasses) {
  switch (state.status) {
    case 'loading':
      return <Spinner className={classes.status} label={state.loadingLabel} />;
    case 'empty':
      return <p className={classes.text}>{state.emptyText}</p>;
    case 'failed':
      return <FailedState error={state.error} onRetry={state.onRetry} />;
  }
}
