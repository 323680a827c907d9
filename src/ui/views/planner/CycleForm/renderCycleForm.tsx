import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Select, Textarea } from '@fluentui/react-components';
import type { FormEvent } from 'react';
import type { ChangeCycle } from '../../../../domain/cycles';
import { ConflictDialog } from '../../../forms/ConflictDialog';
import type { CycleFormState } from './CycleForm.types';
import type { CycleFormClasses } from './useCycleFormStyles.styles';

function validation(state: CycleFormState, field: string) {
  const message = state.errors.get(field);
  return message ? { validationState: 'error' as const, validationMessage: message } : { validationState: 'none' as const };
}

/** Create or edit a cycle: title, dream, school year, coach, veranderteam and status. */
export function renderCycleForm(state: CycleFormState, classes: CycleFormClasses) {
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    state.onSubmit();
  };
  return (
    <section className={classes.root} aria-labelledby={state.headingId}>
      <h2 id={state.headingId} className={classes.heading}>
        {state.heading}
      </h2>
      <form className={classes.form} onSubmit={onSubmit} noValidate>
        <Field label={state.labels.title} required {...validation(state, 'title')}>
          <Input value={state.title} onChange={(_, data) => state.onTitleChange(data.value)} />
        </Field>
        <Field label={state.labels.dream} hint={state.labels.dreamHint} required {...validation(state, 'dream')}>
          <Textarea resize="vertical" rows={6} value={state.dream} onChange={(_, data) => state.onDreamChange(data.value)} />
        </Field>
        <div className={classes.row}>
          <Field className={classes.field} label={state.labels.schoolYear} {...validation(state, 'schoolYear')}>
            <Select className={classes.select} select={{ className: classes.selectControl }} value={state.schoolYear} onChange={(_, data) => state.onSchoolYearChange(data.value)}>
              {state.schoolYears.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field className={classes.field} label={state.labels.coach} required {...validation(state, 'coachUpn')}>
            <Select className={classes.select} select={{ className: classes.selectControl }} value={state.coachUpn} onChange={(_, data) => state.onCoachChange(data.value)}>
              {state.coaches.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field className={classes.field} label={state.labels.status} hint={state.labels.statusHint} {...validation(state, 'status')}>
            <Select className={classes.select} select={{ className: classes.selectControl }} value={state.status} onChange={(_, data) => state.onStatusChange(data.value)}>
              {state.statuses.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        {state.members.length > 0 && (
          <fieldset className={classes.members}>
            <legend className={classes.legend}>
              {state.labels.members}
              <span className={classes.legendHint}>{state.labels.membersHint}</span>
            </legend>
            {state.members.map((member) => (
              <Checkbox
                key={member.value}
                label={member.label}
                checked={state.memberUpns.has(member.value)}
                onChange={(_, data) => state.onMemberToggle(member.value, data.checked === true)}
              />
            ))}
          </fieldset>
        )}
        {state.messages.map((text) => (
          <MessageBar key={text} intent="error" layout="multiline">
            <MessageBarBody>{text}</MessageBarBody>
          </MessageBar>
        ))}
        <div className={classes.actions}>
          <Button appearance="primary" type="submit" disabled={state.saving}>
            {state.submitLabel}
          </Button>
          {state.onCancel && <Button onClick={state.onCancel}>{state.cancelLabel}</Button>}
        </div>
      </form>
      <ConflictDialog
        open={state.conflict.open}
        theirs={renderTheirs(state.conflict.theirs, state, classes)}
        onKeepMine={state.conflict.onKeepMine}
        onTakeTheirs={state.conflict.onTakeTheirs}
      />
    </section>
  );
}

function renderTheirs(cycle: ChangeCycle | undefined, state: CycleFormState, classes: CycleFormClasses) {
  if (!cycle) return null;
  return (
    <div className={classes.theirs}>
      <span className={classes.theirsTerm}>{state.labels.title}</span>
      <span>{cycle.title}</span>
      <span className={classes.theirsTerm}>{state.labels.schoolYear}</span>
      <span>{cycle.schoolYear}</span>
      <span className={classes.theirsTerm}>{state.labels.status}</span>
      <span>{state.theirsStatus(cycle.status)}</span>
      <span className={classes.theirsTerm}>{state.labels.dream}</span>
      <span className={classes.theirsDream}>{cycle.dream}</span>
    </div>
  );
}
