import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Select, Spinner } from '@fluentui/react-components';
import { FailedState } from '../../../shell/FailedState';
import type { ClientRelationship, ConcernStage } from '../../../../domain/teamScan/stages';
import type { ScanFormState } from './ScanForm.types';
import type { ScanFormClasses } from './useScanFormStyles.styles';

export function renderScanForm(state: ScanFormState, classes: ScanFormClasses) {
  const l = state.labels;
  return (
    <form
      className={classes.root}
      aria-labelledby={state.headingId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        state.onSave();
      }}
    >
      <h2 id={state.headingId} className={classes.heading}>{state.heading}</h2>
      {state.status === 'loading' && <Spinner label={l.loading} />}
      {state.status === 'failed' && <FailedState error={state.error} onRetry={state.onRetry} />}
      <Field label={state.takenAt.label} required validationMessage={state.takenAt.error}>
        <Input type="date" value={state.takenAt.value} onChange={(_, d) => state.takenAt.onChange(d.value)} />
      </Field>
      <p className={classes.hint}>{l.groupHint}</p>
      {state.formError && (
        <MessageBar intent="error">
          <MessageBarBody>{state.formError}</MessageBarBody>
        </MessageBar>
      )}
      <ul className={classes.rows}>
        {state.rows.map((row) => {
          const name = row.kind === 'person' ? row.displayName : row.group || l.subgroupName;
          return (
            <li key={row.key} className={classes.row}>
              {row.kind === 'person' ? (
                <Checkbox
                  className={classes.who}
                  label={row.displayName}
                  checked={row.include}
                  onChange={(_, d) => state.onRow(row.key, { include: d.checked === true })}
                />
              ) : (
                <Field label={l.subgroupName} validationMessage={row.errors.group}>
                  <Input value={row.group} onChange={(_, d) => state.onRow(row.key, { group: d.value })} />
                </Field>
              )}
              {row.kind === 'person' ? (
                <Field label={l.group} validationMessage={row.errors.group}>
                  <Input
                    aria-label={`${l.group}: ${name}`}
                    value={row.group}
                    disabled={!row.include}
                    onChange={(_, d) => state.onRow(row.key, { group: d.value })}
                  />
                </Field>
              ) : (
                <span />
              )}
              {row.kind === 'subgroup' ? (
                <Field label={l.size} validationMessage={row.errors.size}>
                  <Input
                    type="number"
                    min={1}
                    value={String(row.size)}
                    onChange={(_, d) => state.onRow(row.key, { size: Number(d.value) })}
                  />
                </Field>
              ) : (
                <span />
              )}
              <Field label={l.stage} validationMessage={row.errors.stage}>
                <Select
                  aria-label={`${l.stage}: ${name}`}
                  value={String(row.stage)}
                  disabled={!row.include}
                  onChange={(_, d) => state.onRow(row.key, { stage: Number(d.value) as ConcernStage })}
                >
                  {state.stageOptions.map((o) => (
                    <option key={o.value} value={o.value}>{o.label}</option>
                  ))}
                </Select>
              </Field>
              <Field label={l.client}>
                <Select
                  aria-label={`${l.client}: ${name}`}
                  value={row.client}
                  disabled={!row.include}
                  onChange={(_, d) => state.onRow(row.key, { client: d.value as ClientRelationship })}
                >
                  {state.clientOptions.map((o) => (
                    <option key={o.value} value={o.value}>{o.label}</option>
                  ))}
                </Select>
              </Field>
              {row.kind === 'subgroup' ? (
                <Button appearance="subtle" aria-label={`${l.removeRow}: ${name}`} onClick={() => state.onRemove(row.key)}>
                  {l.removeRow}
                </Button>
              ) : (
                <span />
              )}
            </li>
          );
        })}
      </ul>
      {state.failure !== null && <FailedState error={state.failure} onRetry={state.onSave} />}
      <div className={classes.actions}>
        <Button onClick={state.onAddSubgroup}>{l.addSubgroup}</Button>
        <Button type="submit" appearance="primary" disabled={state.saving}>
          {state.saving ? l.saving : l.save}
        </Button>
        <Button appearance="secondary" onClick={state.onCancel}>{l.cancel}</Button>
      </div>
    </form>
  );
}
