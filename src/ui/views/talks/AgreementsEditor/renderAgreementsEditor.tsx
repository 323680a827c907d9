import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup } from '@fluentui/react-components';
import type { AgreementOwner } from '../../../../domain/talks/agreements';
import { TextChecks } from '../TextChecks/TextChecks';
import type { AgreementsEditorState } from './AgreementsEditor.types';
import type { AgreementsEditorClasses } from './useAgreementsEditorStyles.styles';

const invalid = (error: string | undefined) => (error ? { validationMessage: error, validationState: 'error' as const } : {});

export function renderAgreementsEditor(state: AgreementsEditorState, classes: AgreementsEditorClasses) {
  return (
    <div className={classes.root}>
      {state.lines.length ? (
        <ul className={classes.list} aria-label={state.listLabel}>
          {state.lines.map((line) => (
            <li key={line.id} className={classes.item}>
              <p className={classes.text}>{line.text}</p>
              <p className={classes.meta}>
                {line.owner} · {line.dates} · {line.status}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className={classes.empty}>{state.emptyText}</p>
      )}
      <Field label={state.textLabel} required {...invalid(state.errors.get('text'))}>
        <Input value={state.text} onChange={(_, d) => state.onText(d.value)} />
      </Field>
      <TextChecks text={state.text} jargon />
      <Field label={state.ownerLabel} {...invalid(state.errors.get('owner'))}>
        <RadioGroup value={state.owner} onChange={(_, d) => state.onOwner(d.value as AgreementOwner)}>
          {state.ownerOptions.map((o) => (
            <Radio key={o.value} value={o.value} label={o.label} />
          ))}
        </RadioGroup>
      </Field>
      <div className={classes.row}>
        <Field label={state.dueLabel} required {...invalid(state.errors.get('dueDate'))}>
          <Input type="date" value={state.dueDate} onChange={(_, d) => state.onDueDate(d.value)} />
        </Field>
        <Field label={state.followUpLabel} hint={state.followUpHint} {...invalid(state.errors.get('followUpDate'))}>
          <Input type="date" value={state.followUpDate} onChange={(_, d) => state.onFollowUpDate(d.value)} />
        </Field>
      </div>
      {[...state.otherErrors, ...(state.failedText ? [state.failedText] : [])].map((text) => (
        <MessageBar key={text} intent="error" layout="multiline">
          <MessageBarBody>{text}</MessageBarBody>
        </MessageBar>
      ))}
      <div className={classes.actions}>
        <Button appearance="primary" onClick={state.onAdd} disabledFocusable={state.saving}>
          {state.addLabel}
        </Button>
      </div>
      <p className={classes.visuallyHidden} role="status">
        {state.announcement}
      </p>
    </div>
  );
}
