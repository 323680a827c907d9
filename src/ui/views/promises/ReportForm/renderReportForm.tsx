import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Textarea,
} from '@fluentui/react-components';
import { ConflictDialog } from '../../../forms/ConflictDialog';
import { TheirVersionText } from '../shared/TheirVersionText';
import type { ReportFormState } from './ReportForm.types';
import type { ReportFormClasses } from './useReportFormStyles.styles';

export function renderReportForm(state: ReportFormState, classes: ReportFormClasses) {
  const r = state.renegotiation;
  return (
    <form ref={state.formRef} className={classes.root} aria-label={state.formLabel} onSubmit={state.onSubmit} noValidate>
      <Field
        label={state.outcomeLabel}
        required
        validationMessage={state.outcomeError}
        validationState={state.outcomeError ? 'error' : 'none'}
      >
        <RadioGroup value={state.outcome} onChange={(_, data) => state.onOutcome(data.value as typeof state.outcomes[number]['value'])}>
          {state.outcomes.map((o) => (
            <Radio key={o.value} value={o.value} label={o.label} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={state.whatWorkedLabel} validationMessage={state.whatWorkedError}>
        <Textarea
          className={classes.textarea}
          resize="vertical"
          value={state.whatWorked}
          onChange={(_, data) => state.onWhatWorked(data.value)}
        />
      </Field>
      <Field label={state.whatWasHardLabel} validationMessage={state.whatWasHardError}>
        <Textarea
          className={classes.textarea}
          resize="vertical"
          value={state.whatWasHard}
          onChange={(_, data) => state.onWhatWasHard(data.value)}
        />
      </Field>
      <Checkbox
        label={state.supportLabel}
        checked={state.supportWanted}
        onChange={(_, data) => state.onSupportWanted(data.checked === true)}
      />
      {r && (
        <div className={classes.renegotiation}>
          <Field label={r.textLabel} required validationMessage={r.textError}>
            <Input value={r.text} onChange={(_, data) => r.onText(data.value)} />
          </Field>
          <Field label={r.dueMeetingLabel} hint={r.dueHint}>
            <Select className={classes.select} value={r.dueMeetingId} onChange={(_, data) => r.onDueMeeting(data.value)}>
              {r.meetingOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={r.dueDateLabel} required validationMessage={r.dueDateError}>
            <Input type="date" value={r.dueDate} onChange={(_, data) => r.onDueDate(data.value)} />
          </Field>
        </div>
      )}
      {state.otherErrors.map((text) => (
        <MessageBar key={text} intent="error">
          <MessageBarBody>{text}</MessageBarBody>
        </MessageBar>
      ))}
      {state.failedText && (
        <MessageBar intent="error">
          <MessageBarBody>{state.failedText}</MessageBarBody>
        </MessageBar>
      )}
      <div className={classes.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={state.saving}>
          {state.saveLabel}
        </Button>
        <Button type="button" onClick={state.onCancel}>
          {state.cancelLabel}
        </Button>
      </div>
      <ConflictDialog
        open={state.conflict.open}
        theirs={<TheirVersionText theirs={state.conflict.theirs} />}
        onKeepMine={state.conflict.onKeepMine}
        onTakeTheirs={state.conflict.onTakeTheirs}
      />
    </form>
  );
}
