import { Badge, Button, Field, MessageBar, MessageBarBody, Select, Textarea } from '@fluentui/react-components';
import { ConfirmDialog } from '../../../forms/ConfirmDialog';
import type { Goal } from '../../../../domain/goals';
import { ConflictDialog } from '../../../forms/ConflictDialog';
import { LinesEditor } from '../LinesEditor/LinesEditor';
import type { GoalCardState } from './GoalCard.types';
import type { GoalCardClasses } from './useGoalCardStyles.styles';

/** One goal in a step: what it is and how it is tagged (step 2), its benefits (4) or signs (6). */
export function renderGoalCard(state: GoalCardState, classes: GoalCardClasses) {
  return (
    <article className={classes.root} aria-labelledby={state.headingId}>
      <div className={classes.head}>
        <h3 id={state.headingId} className={classes.heading}>
          {state.heading}
        </h3>
        {state.unsavedLabel && (
          <Badge appearance="tint" color="warning">
            {state.unsavedLabel}
          </Badge>
        )}
      </div>
      {state.mode === 'goal' && renderGoalFields(state, classes)}
      {state.mode === 'benefits' && (
        <div className={classes.levels}>
          {state.benefitGroups.map((group) => (
            <LinesEditor
              key={group.level}
              legend={group.legend}
              itemLabel={state.benefitItemLabel}
              lines={group.lines}
              onChange={group.onChange}
              errors={state.errors}
              field={`benefits.${group.level}`}
              readOnly={state.readOnly}
            />
          ))}
        </div>
      )}
      {state.mode === 'signs' && (
        <LinesEditor
          legend={state.signsLegend}
          itemLabel={state.signsItemLabel}
          lines={state.signs}
          onChange={state.onSignsChange}
          errors={state.errors}
          field="signsOfProgress"
          readOnly={state.readOnly}
        />
      )}
      {[...state.otherErrors, ...(state.failedText ? [state.failedText] : [])].map((text) => (
        <MessageBar key={text} intent="error" layout="multiline">
          <MessageBarBody>{text}</MessageBarBody>
        </MessageBar>
      ))}
      {!state.readOnly && renderActions(state, classes)}
      <ConfirmDialog
        open={state.confirmDelete.open} alert
        heading={state.confirmDelete.heading}
        body={state.confirmDelete.body}
        confirmLabel={state.confirmDelete.confirmLabel}
        cancelLabel={state.confirmDelete.cancelLabel}
        onConfirm={state.confirmDelete.onConfirm}
        onCancel={state.confirmDelete.onCancel}
      />
      <ConflictDialog
        open={state.conflict.open}
        theirs={renderTheirs(state.conflict.theirs, state, classes)}
        onKeepMine={state.conflict.onKeepMine}
        onTakeTheirs={state.conflict.onTakeTheirs}
      />
    </article>
  );
}

function renderGoalFields(state: GoalCardState, classes: GoalCardClasses) {
  const titleError = state.errors.get('title');
  if (state.readOnly) {
    return (
      <>
        <p className={classes.summary}>{state.title}</p>
        {state.tagSummary.length > 0 && (
          <ul className={classes.tagList} aria-label={state.tagsLegend}>
            {state.tagSummary.map((label) => (
              <li key={label}>
                <Badge appearance="outline">{label}</Badge>
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }
  return (
    <>
      <Field
        label={state.titleLabel}
        required
        validationState={titleError ? 'error' : state.phrasingHint ? 'warning' : 'none'}
        validationMessage={titleError ?? state.phrasingHint}
      >
        {/* One line of text, wrapped so a long goal stays readable on a narrow screen. */}
        <Textarea
          rows={3}
          resize="vertical"
          value={state.title}
          onChange={(_, data) => state.onTitleChange(data.value.replace(/[\r\n]+/g, ' '))}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.preventDefault();
          }}
          // A goal the person just asked for: they will type its title next.
          autoFocus={state.isNew}
        />
      </Field>
      <fieldset className={classes.tags}>
        <legend className={classes.legend}>{state.tagsLegend}</legend>
        {state.tags.map((tag) => {
          const error = state.errors.get(tag.field);
          return (
            <Field
              key={tag.field}
              className={classes.tagField}
              label={tag.label}
              hint={error ? undefined : tag.hint}
              validationState={error ? 'error' : 'none'}
              validationMessage={error}
            >
              <Select
                className={classes.select}
                select={{ className: classes.selectControl }}
                value={tag.value}
                onChange={(_, data) => tag.onChange(data.value)}
              >
                {tag.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
      </fieldset>
    </>
  );
}

function renderActions(state: GoalCardState, classes: GoalCardClasses) {
  return (
    <div className={classes.actions}>
      <Button appearance="primary" onClick={state.onSave} disabled={state.saving}>
        {state.saveLabel}
      </Button>
      {state.mode === 'goal' && state.isNew && <Button onClick={state.onCancelNew}>{state.cancelLabel}</Button>}
      {state.mode === 'goal' && !state.isNew && (
        <>
          <Button ref={state.moveUpRef} disabled={!state.canMoveUp || state.moving} onClick={state.onMoveUp}>
            {state.moveUpLabel}
          </Button>
          <Button ref={state.moveDownRef} disabled={!state.canMoveDown || state.moving} onClick={state.onMoveDown}>
            {state.moveDownLabel}
          </Button>
          <span className={classes.spacer} />
          <Button appearance="subtle" onClick={state.onDeleteRequest}>
            {state.deleteLabel}
          </Button>
        </>
      )}
    </div>
  );
}

/** Their version of the goal, as text. */
function renderTheirs(goal: Goal | undefined, state: GoalCardState, classes: GoalCardClasses) {
  if (!goal) return null;
  const levels = (['personal', 'team', 'school'] as const).filter((l) => goal.benefits[l].length > 0);
  return (
    <div className={classes.theirs}>
      <span className={classes.theirsTitle}>{goal.title}</span>
      {levels.map((level) => (
        <div key={level}>
          {state.labels.levels[level]}
          <ul className={classes.theirsList}>
            {goal.benefits[level].map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
      {goal.signsOfProgress.length > 0 && (
        <div>
          {state.labels.signs}
          <ul className={classes.theirsList}>
            {goal.signsOfProgress.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
