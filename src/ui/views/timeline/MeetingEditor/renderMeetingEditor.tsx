import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Textarea,
} from '@fluentui/react-components';
import type { MeetingStatus, MeetingType } from '../../../../domain/meetings';
import { ConflictDialog } from '../../../forms/ConflictDialog';
import { FailedState } from '../../../shell/FailedState';
import type { MeetingEditorField, MeetingEditorState } from './MeetingEditor.types';
import type { MeetingEditorClasses } from './useMeetingEditorStyles.styles';

/** Field props for a Fluent Field: label, hint, and the refusal as an error message. */
function fieldProps(field: MeetingEditorField) {
  return {
    label: field.label,
    ...(field.hint ? { hint: field.hint } : {}),
    ...(field.error ? { validationMessage: field.error, validationState: 'error' as const } : {}),
  };
}

/**
 * The meeting form in a dialog: every input labelled by its Field, refusals under the field they
 * are about. Values are user text and only ever rendered as text (inputs and text nodes).
 */
export function renderMeetingEditor(state: MeetingEditorState, classes: MeetingEditorClasses) {
  return (
    <>
      {/* While the conflict is shown, the form waits behind it (one modal at a time). */}
      <Dialog
        open={state.open && !state.conflict.open}
        onOpenChange={(_, data) => !data.open && state.onCancel()}
      >
        <DialogSurface className={classes.surface}>
          <form ref={state.formRef} className={classes.form} onSubmit={state.onSubmit} noValidate>
            <DialogBody>
              <DialogTitle>{state.heading}</DialogTitle>
              <DialogContent className={classes.content}>{renderBody(state, classes)}</DialogContent>
              <DialogActions>
                {state.body.kind === 'form' && (
                  <Button appearance="primary" type="submit" disabledFocusable={state.saving}>
                    {state.saveLabel}
                  </Button>
                )}
                <Button onClick={state.onCancel}>{state.cancelLabel}</Button>
              </DialogActions>
            </DialogBody>
          </form>
        </DialogSurface>
      </Dialog>
      <ConflictDialog
        open={state.conflict.open}
        theirs={
          <dl className={classes.theirs}>
            {state.conflict.theirs.map((line) => (
              <div key={line.label} className={classes.theirsLine}>
                <dt className={classes.theirsTerm}>{line.label}</dt>
                <dd className={classes.theirsValue}>{line.value}</dd>
              </div>
            ))}
          </dl>
        }
        onKeepMine={state.onKeepMine}
        onTakeTheirs={state.onTakeTheirs}
      />
    </>
  );
}

function renderBody(state: MeetingEditorState, classes: MeetingEditorClasses) {
  const { body, fields, values } = state;
  switch (body.kind) {
    case 'loading':
      return <Spinner className={classes.status} label={body.label} />;
    case 'failed':
      return <FailedState error={body.error} onRetry={body.onRetry} />;
    case 'missing':
      return <p>{body.text}</p>;
    case 'form':
      break;
  }
  return (
    <>
      <Field {...fieldProps(fields.title)} required>
        <Input ref={state.titleRef} value={values.title} onChange={(_, data) => state.setText('title', data.value)} />
      </Field>
      <div className={classes.row}>
        <Field {...fieldProps(fields.type)}>
          <Select value={values.type} onChange={(_, data) => state.setType(data.value as MeetingType)}>
            {state.typeOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field {...fieldProps(fields.date)} required>
          <Input type="date" value={values.date} onChange={(_, data) => state.setText('date', data.value)} />
        </Field>
      </div>
      <Field {...fieldProps(fields.purpose)}>
        <Textarea resize="vertical" value={values.purpose} onChange={(_, data) => state.setText('purpose', data.value)} />
      </Field>
      <fieldset className={classes.steps}>
        <legend className={classes.legend}>{fields.steps.label}</legend>
        <div className={classes.stepGrid}>
          {state.stepOptions.map((option) => (
            <Checkbox
              key={option.value}
              label={option.label}
              checked={values.steps.includes(option.value)}
              onChange={(_, data) => state.toggleStep(option.value, data.checked === true)}
            />
          ))}
        </div>
        {fields.steps.error && <p className={classes.stepError}>{fields.steps.error}</p>}
      </fieldset>
      <Field {...fieldProps(fields.status)}>
        <RadioGroup
          layout="horizontal"
          value={values.status}
          onChange={(_, data) => state.setStatus(data.value as MeetingStatus)}
        >
          {state.statusOptions.map((option) => (
            <Radio key={option.value} value={option.value} label={option.label} />
          ))}
        </RadioGroup>
      </Field>
      {state.showScore && (
        <Field {...fieldProps(fields.score)}>
          <Input
            className={classes.score}
            inputMode="decimal"
            autoComplete="off"
            value={values.score}
            onChange={(_, data) => state.setText('score', data.value)}
          />
        </Field>
      )}
      {state.showMinutes && (
        <Field {...fieldProps(fields.minutes)}>
          <Textarea
            resize="vertical"
            rows={4}
            value={values.minutes}
            onChange={(_, data) => state.setText('minutes', data.value)}
          />
        </Field>
      )}
      {state.formErrors.map((text) => (
        <MessageBar key={text} intent="error" layout="multiline">
          <MessageBarBody>{text}</MessageBarBody>
        </MessageBar>
      ))}
      {state.failedText && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.failedText}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
