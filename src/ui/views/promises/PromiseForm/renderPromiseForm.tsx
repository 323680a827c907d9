import { Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner } from '@fluentui/react-components';
import type { PromiseFormSelect, PromiseFormState } from './PromiseForm.types';
import type { PromiseFormClasses } from './usePromiseFormStyles.styles';

export function renderPromiseForm(state: PromiseFormState, classes: PromiseFormClasses) {
  const text = state.text;
  return (
    <form className={classes.root} aria-labelledby={state.headingId} onSubmit={state.onSubmit} noValidate>
      <h2 id={state.headingId} ref={state.headingRef} tabIndex={-1} className={classes.heading}>
        {state.heading}
      </h2>
      {state.loading && <Spinner size="tiny" className={classes.status} label={state.loadingLabel} />}
      {state.warning && (
        <MessageBar intent="warning">
          <MessageBarBody>{state.warning}</MessageBarBody>
        </MessageBar>
      )}
      <Field
        className={classes.field}
        label={text.label}
        required
        validationMessage={text.error}
        hint={
          <>
            {text.hint} <span className={classes.count}>{text.count}</span>
          </>
        }
      >
        <Input value={text.value} onChange={(_, data) => text.onChange(data.value)} />
      </Field>
      <div className={classes.grid}>
        {state.owner && renderSelect(state.owner, classes, true)}
        {renderSelect(state.bouw, classes, true)}
        {renderSelect(state.group, classes)}
        {renderSelect(state.goal, classes)}
        {renderSelect(state.madeAt, classes)}
        <Field className={classes.field} label={state.madeOn.label} required validationMessage={state.madeOn.error}>
          <Input type="date" value={state.madeOn.value} onChange={(_, data) => state.madeOn.onChange(data.value)} />
        </Field>
        {renderSelect(state.dueMeeting, classes, false, state.dueMeeting.hint)}
        <Field className={classes.field} label={state.dueDate.label} required validationMessage={state.dueDate.error}>
          <Input type="date" value={state.dueDate.value} onChange={(_, data) => state.dueDate.onChange(data.value)} />
        </Field>
      </div>
      {state.otherErrors.map((message) => (
        <MessageBar key={message} intent="error">
          <MessageBarBody>{message}</MessageBarBody>
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
    </form>
  );
}

function renderSelect(field: PromiseFormSelect, classes: PromiseFormClasses, required = false, hint?: string) {
  return (
    <Field
      className={classes.field}
      label={field.label}
      required={required}
      validationMessage={field.error}
      {...(hint ? { hint } : {})}
    >
      <Select className={classes.select} value={field.value} onChange={(_, data) => field.onChange(data.value)}>
        {field.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
