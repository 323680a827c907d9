import { Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Textarea } from '@fluentui/react-components';
import { PhaseTimer } from '../PhaseTimer/PhaseTimer';
import { PrivateNotice } from '../PrivateNotice/PrivateNotice';
import type { SessionRunnerState } from './SessionRunner.types';
import type { SessionRunnerClasses } from './useSessionRunnerStyles.styles';

export function renderSessionRunner(state: SessionRunnerState, classes: SessionRunnerClasses) {
  if (state.status === 'loading') return <Spinner size="small" label={state.loadingLabel} />;
  if (state.status === 'denied') return <PrivateNotice />;
  if (state.status === 'failed') {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          {state.message} <Button size="small" onClick={state.onRetry}>{state.retryLabel}</Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
  const { capture, promise, roles } = state;
  return (
    <div className={classes.root}>
      <div className={classes.header}>
        <h1 className={classes.title}>{state.groupName}</h1>
        <Button size="small" appearance="subtle" onClick={state.onChangeGroup}>
          {state.changeGroupLabel}
        </Button>
      </div>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{state.confidential}</MessageBarBody>
      </MessageBar>

      <Field className={classes.field} label={state.method.label}>
        <Select value={state.method.value} onChange={(_, d) => state.method.onChange(d.value as typeof state.method.value)} className={classes.full}>
          {state.method.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>

      <section className={classes.section} aria-labelledby="iv-roles">
        <h2 id="iv-roles" className={classes.sectionTitle}>
          {roles.label}
        </h2>
        <p className={classes.hint}>{roles.hint}</p>
        {roles.items.map((item) => (
          <Field key={item.role} className={classes.field} label={item.label} hint={item.task}>
            <Select value={item.value} onChange={(_, d) => item.onChange(d.value)} className={classes.full}>
              {roles.members.map((m) => (
                <option key={m.value} value={m.value}>
                  {m.label}
                </option>
              ))}
            </Select>
          </Field>
        ))}
        {roles.error && (
          <MessageBar intent="error">
            <MessageBarBody>{roles.error}</MessageBarBody>
          </MessageBar>
        )}
      </section>

      <PhaseTimer state={state.timer} />

      <section className={classes.section} aria-labelledby="iv-capture">
        <h2 id="iv-capture" className={classes.sectionTitle}>
          {capture.label}
        </h2>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{state.privacy}</MessageBarBody>
        </MessageBar>
        <Field className={classes.field} label={capture.caseSummary.label} validationMessage={capture.caseSummary.error}>
          <Textarea resize="vertical" rows={3} value={capture.caseSummary.value} onChange={(_, d) => capture.caseSummary.onChange(d.value)} />
        </Field>
        <Field className={classes.field} label={capture.advice.label} validationMessage={capture.advice.error}>
          <Textarea resize="vertical" rows={3} value={capture.advice.value} onChange={(_, d) => capture.advice.onChange(d.value)} />
        </Field>
        <fieldset className={classes.points}>
          <legend className={classes.sectionTitle}>{capture.points.label}</legend>
          {capture.points.items.map((p) => (
            <div key={p.key} className={classes.point}>
              <Field className={classes.pointInput} label={p.label} validationMessage={p.error}>
                <Input value={p.value} onChange={(_, d) => p.onChange(d.value)} />
              </Field>
              <Button size="small" appearance="subtle" onClick={p.onRemove} aria-label={`${capture.points.removeLabel}: ${p.label}`}>
                {capture.points.removeLabel}
              </Button>
            </div>
          ))}
          <div>
            <Button size="small" onClick={capture.points.onAdd}>
              {capture.points.addLabel}
            </Button>
          </div>
        </fieldset>
        <div className={classes.actions}>
          <Button appearance="primary" disabled={capture.saving} onClick={capture.onSave}>
            {capture.saveLabel}
          </Button>
        </div>
        <div role="status" aria-live="polite">
          {capture.savedText && <p className={classes.ok}>{capture.savedText}</p>}
        </div>
        {capture.error && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{capture.error}</MessageBarBody>
          </MessageBar>
        )}
      </section>

      <section className={classes.section} aria-labelledby="iv-promise">
        <h2 id="iv-promise" className={classes.sectionTitle}>
          {promise.label}
        </h2>
        <p className={classes.hint}>{promise.hint}</p>
        <Field className={classes.field} label={promise.text.label} validationMessage={promise.text.error}>
          <Input value={promise.text.value} onChange={(_, d) => promise.text.onChange(d.value)} />
        </Field>
        <Field className={classes.field} label={promise.due.label} validationMessage={promise.due.error}>
          <Input type="date" value={promise.due.value} onChange={(_, d) => promise.due.onChange(d.value)} />
        </Field>
        {promise.bouw && (
          <Field className={classes.field} label={promise.bouw.label} validationMessage={promise.bouw.error}>
            <Select value={promise.bouw.value} onChange={(_, d) => promise.bouw?.onChange(d.value as NonNullable<typeof promise.bouw>['options'][number]['value'])} className={classes.full}>
              <option value="" />
              {promise.bouw.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <div className={classes.actions}>
          <Button disabled={promise.saving} onClick={promise.onAdd}>
            {promise.addLabel}
          </Button>
        </div>
        <div role="status" aria-live="polite">
          {promise.savedText && <p className={classes.ok}>{promise.savedText}</p>}
        </div>
        {promise.error && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{promise.error}</MessageBarBody>
          </MessageBar>
        )}
      </section>
    </div>
  );
}
