import { Badge, Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ConfirmDialog } from '../../../forms/ConfirmDialog';
import type { CycleStatus } from '../../../../domain/cycles';
import { ConflictDialog } from '../../../forms/ConflictDialog';
import type { CycleSummaryState } from './CycleSummary.types';
import type { CycleSummaryClasses } from './useCycleSummaryStyles.styles';

const STATUS_COLOR: Record<CycleStatus, 'informative' | 'success' | 'subtle'> = {
  draft: 'informative',
  active: 'success',
  archived: 'subtle',
};

/** The open cycle: title, status, who and when, the dream, and what can be done with the cycle. */
export function renderCycleSummary(state: CycleSummaryState, classes: CycleSummaryClasses) {
  const { actions } = state;
  const theirs = state.conflict.theirs;
  return (
    <header className={classes.root}>
      <p id={state.eyebrowId} className={classes.eyebrow}>
        {state.eyebrow}
      </p>
      <div className={classes.titleRow}>
        <h1 id={state.headingId} className={classes.title}>
          {state.title}
        </h1>
        <Badge appearance="tint" color={STATUS_COLOR[state.status]}>
          {state.statusLabel}
        </Badge>
        <Badge appearance="outline" color="brand">
          {state.roundLabel}
        </Badge>
      </div>
      <dl className={classes.facts}>
        {state.facts.map((fact) => (
          <div key={fact.term} className={classes.fact}>
            <dt className={classes.term}>{fact.term}</dt>
            <dd className={classes.value}>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <dl className={classes.dreamBlock}>
        <dt className={classes.term}>{state.dreamLabel}</dt>
        <dd className={classes.dream}>{state.dream}</dd>
      </dl>
      {state.readOnlyText && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{state.readOnlyText}</MessageBarBody>
        </MessageBar>
      )}
      {state.roundDoneText && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{state.roundDoneText}</MessageBarBody>
        </MessageBar>
      )}
      <div className={classes.actions}>
        {actions.edit && <Button onClick={actions.edit.onClick}>{actions.edit.label}</Button>}
        {actions.activate && (
          <Button appearance="primary" disabled={state.busy} onClick={actions.activate.onClick}>
            {actions.activate.label}
          </Button>
        )}
        {actions.nextRound && (
          <Button appearance="primary" disabled={state.busy} onClick={actions.nextRound.onClick}>
            {actions.nextRound.label}
          </Button>
        )}
        <Button disabled={state.busy} onClick={actions.nextCycle.onClick}>
          {actions.nextCycle.label}
        </Button>
        {actions.archive && (
          <Button appearance="subtle" disabled={state.busy} onClick={actions.archive.onClick}>
            {actions.archive.label}
          </Button>
        )}
      </div>
      {state.messages.map((text) => (
        <MessageBar key={text} intent="error" layout="multiline">
          <MessageBarBody>{text}</MessageBarBody>
        </MessageBar>
      ))}
      <ConfirmDialog
        open={state.confirmArchive.open} alert
        heading={state.confirmArchive.heading}
        body={state.confirmArchive.body}
        confirmLabel={state.confirmArchive.confirmLabel}
        cancelLabel={state.confirmArchive.cancelLabel}
        onConfirm={state.confirmArchive.onConfirm}
        onCancel={state.confirmArchive.onCancel}
      />
      <ConflictDialog
        open={state.conflict.open}
        theirs={
          theirs ? (
            <div className={classes.theirs}>
              <span className={classes.theirsTerm}>{state.theirsLabels.title}</span>
              <span>{theirs.title}</span>
              <span className={classes.theirsTerm}>{state.theirsLabels.status}</span>
              <span>{state.theirsLabels.statusOf(theirs.status)}</span>
              <span className={classes.theirsTerm}>{state.theirsLabels.dream}</span>
              <span className={classes.theirsDream}>{theirs.dream}</span>
            </div>
          ) : null
        }
        onKeepMine={state.conflict.onKeepMine}
        onTakeTheirs={state.conflict.onTakeTheirs}
      />
    </header>
  );
}
