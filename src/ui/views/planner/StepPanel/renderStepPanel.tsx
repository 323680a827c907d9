import { Badge, Button, Field, Input, Link, MessageBar, MessageBarBody, Select, Textarea } from '@fluentui/react-components';
import type { ChangeCycle } from '../../../../domain/cycles';
import type { StepState } from '../../../../domain/guidedPath';
import { ConflictDialog } from '../../../forms/ConflictDialog';
import { GoalList } from '../GoalList/GoalList';
import { LinesEditor } from '../LinesEditor/LinesEditor';
import type { StepPanelState, TextInputState } from './StepPanel.types';
import type { StepPanelClasses } from './useStepPanelStyles.styles';

const BADGE: Record<StepState, 'success' | 'brand' | 'informative'> = {
  done: 'success',
  current: 'brand',
  upcoming: 'informative',
};

/** One step: what it is for, questions for the team, and the form that records its outputs. */
export function renderStepPanel(state: StepPanelState, classes: StepPanelClasses) {
  return (
    <section className={classes.root} aria-labelledby={state.headingId}>
      <header className={classes.header}>
        <div className={classes.titleRow}>
          <h2 id={state.headingId} ref={state.headingRef} tabIndex={-1} className={classes.heading}>
            {state.heading}
          </h2>
          <Badge appearance="tint" color={BADGE[state.stepState]}>
            {state.stateLabel}
          </Badge>
        </div>
        {state.doneText && <p className={classes.meta}>{state.doneText}</p>}
        {state.timesText && <p className={classes.meta}>{state.timesText}</p>}
      </header>
      <p className={classes.purpose}>{state.purpose}</p>
      <div className={classes.guidance}>
        <div>
          <h3 className={classes.subheading}>{state.promptsHeading}</h3>
          <ul className={classes.prompts}>
            {state.prompts.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
        </div>
        <div>
          <h3 className={classes.subheading}>{state.capturesHeading}</h3>
          <p className={classes.captures}>{state.captures}</p>
        </div>
      </div>
      {state.notReachedText ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{state.notReachedText}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <div className={classes.capture}>{renderCapture(state, classes)}</div>
          {renderFinish(state, classes)}
        </>
      )}
      <ConflictDialog
        open={state.conflict.open}
        theirs={renderTheirs(state.conflict.theirs, state, classes)}
        onKeepMine={state.conflict.onKeepMine}
        onTakeTheirs={state.conflict.onTakeTheirs}
      />
    </section>
  );
}

function textField(input: TextInputState, multiline: boolean, className?: string) {
  return (
    <Field
      className={className}
      label={input.label}
      hint={input.hint}
      validationState={input.error ? 'error' : 'none'}
      validationMessage={input.error}
    >
      {multiline ? (
        <Textarea resize="vertical" rows={multiline ? 6 : 1} value={input.value} onChange={(_, data) => input.onChange(data.value)} />
      ) : (
        <Input inputMode="decimal" value={input.value} onChange={(_, data) => input.onChange(data.value)} />
      )}
    </Field>
  );
}

function renderCapture(state: StepPanelState, classes: StepPanelClasses) {
  if (state.dream) {
    return state.readOnly ? <p className={classes.dreamText}>{state.dream.value}</p> : textField(state.dream, true);
  }
  if (state.goalMode) {
    return <GoalList mode={state.goalMode} readOnly={state.readOnly} {...state.goalProps} />;
  }
  if (state.promises) {
    return (
      <p className={classes.captures}>
        {state.promises.hint} <Link href={state.promises.href}>{state.promises.linkLabel}</Link>
      </p>
    );
  }
  return (
    <>
      {state.score &&
        (state.readOnly ? (
          state.score.readOnlyValue !== null && (
            <p className={classes.captures}>
              {state.score.label}: {state.score.readOnlyValue}
            </p>
          )
        ) : (
          textField(state.score, false, classes.score)
        ))}
      {state.lines && (
        <LinesEditor
          legend={state.lines.legend}
          itemLabel={state.lines.itemLabel}
          lines={state.lines.lines}
          onChange={state.lines.onChange}
          errors={state.lines.errors}
          field="items"
          readOnly={state.readOnly}
        />
      )}
    </>
  );
}

function renderFinish(state: StepPanelState, classes: StepPanelClasses) {
  if (state.readOnly) {
    return state.notes.value ? (
      <div className={classes.finish}>
        <h3 className={classes.subheading}>{state.notes.label}</h3>
        <p className={classes.notesText}>{state.notes.value}</p>
      </div>
    ) : null;
  }
  return (
    <div className={classes.finish}>
      <Field
        label={state.notes.label}
        validationState={state.notes.error ? 'error' : 'none'}
        validationMessage={state.notes.error}
      >
        <Textarea resize="vertical" value={state.notes.value} onChange={(_, data) => state.notes.onChange(data.value)} />
      </Field>
      <Field className={classes.meeting} label={state.meeting.label}>
        <Select
          className={classes.select}
          select={{ className: classes.selectControl }}
          value={state.meeting.value}
          onChange={(_, data) => state.meeting.onChange(data.value)}
        >
          {state.meeting.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      </Field>
      {state.messages.map((text) => (
        <MessageBar key={text} intent="error" layout="multiline">
          <MessageBarBody>{text}</MessageBarBody>
        </MessageBar>
      ))}
      <div className={classes.actions}>
        <Button appearance="primary" onClick={state.onComplete} disabled={state.saving}>
          {state.completeLabel}
        </Button>
      </div>
    </div>
  );
}

function renderTheirs(cycle: ChangeCycle | undefined, state: StepPanelState, classes: StepPanelClasses) {
  if (!cycle) return null;
  return (
    <div className={classes.theirs}>
      <span className={classes.theirsTerm}>{state.theirsLabels.title}</span>
      <span>{cycle.title}</span>
      <span className={classes.theirsTerm}>{state.theirsLabels.steps}</span>
      <span>{cycle.stepsDone.join(', ')}</span>
      <span className={classes.theirsTerm}>{state.theirsLabels.dream}</span>
      <span className={classes.theirsDream}>{cycle.dream}</span>
    </div>
  );
}
