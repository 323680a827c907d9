import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import type { TrackStatus } from '../../../../domain/tracking';
import { ConflictDialog } from '../../../forms/ConflictDialog';
import type { AgreementReportState } from './AgreementReport.types';
import type { AgreementReportClasses } from './useAgreementReportStyles.styles';

const invalid = (error: string | undefined) => (error ? { validationMessage: error, validationState: 'error' as const } : {});

export function renderAgreementReport(state: AgreementReportState, classes: AgreementReportClasses) {
  const r = state.renegotiation;
  return (
    <form className={classes.root} aria-label={state.formLabel} onSubmit={state.onSubmit} noValidate>
      <Field label={state.outcomeLabel} required {...invalid(state.outcomeError)}>
        <RadioGroup value={state.outcome} onChange={(_, d) => state.onOutcome(d.value as TrackStatus)}>
          {state.outcomes.map((o) => (
            <Radio key={o.value} value={o.value} label={o.label} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={state.whatWorkedLabel} {...invalid(state.errors.get('whatWorked'))}>
        <Textarea resize="vertical" value={state.whatWorked} onChange={(_, d) => state.onWhatWorked(d.value)} />
      </Field>
      <Field label={state.whatWasHardLabel} {...invalid(state.errors.get('whatWasHard'))}>
        <Textarea resize="vertical" value={state.whatWasHard} onChange={(_, d) => state.onWhatWasHard(d.value)} />
      </Field>
      <Checkbox label={state.supportLabel} checked={state.supportWanted} onChange={(_, d) => state.onSupportWanted(d.checked === true)} />
      {r && (
        <div className={classes.renegotiation}>
          <Field label={r.textLabel} required {...invalid(r.textError)}>
            <Input value={r.text} onChange={(_, d) => state.onNewText(d.value)} />
          </Field>
          <Field label={r.dueLabel} required {...invalid(r.dueError)}>
            <Input type="date" value={r.dueDate} onChange={(_, d) => state.onNewDueDate(d.value)} />
          </Field>
        </div>
      )}
      {state.failedText && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.failedText}</MessageBarBody>
        </MessageBar>
      )}
      <div className={classes.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={state.saving}>
          {state.saveLabel}
        </Button>
        <Button onClick={state.onCancel}>{state.cancelLabel}</Button>
      </div>
      <ConflictDialog
        open={state.conflict.open}
        theirs={state.conflict.theirs}
        onKeepMine={state.conflict.onKeepMine}
        onTakeTheirs={state.conflict.onTakeTheirs}
      />
    </form>
  );
}
