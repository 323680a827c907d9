import {
  Button,
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
import type { AssessmentKind } from '../../../../domain/teamScan/selfAssessment';
import { FailedState } from '../../../shell/FailedState';
import type { AssessmentFormState, AssessmentPanelState, TrendView } from './AssessmentPanel.types';
import type { AssessmentPanelClasses } from './useAssessmentPanelStyles.styles';

/** Positions on the scale through time; the table under it holds the same figures. */
function renderTrendChart(trend: TrendView, classes: AssessmentPanelClasses) {
  if (trend.points.length === 0) return null;
  const width = 300;
  const height = 96;
  const pad = 10;
  const x = (i: number) => (trend.points.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (trend.points.length - 1));
  const y = (position: number) => height - pad - ((position - 1) * (height - 2 * pad)) / Math.max(1, trend.scaleSize - 1);
  return (
    <svg className={classes.chart} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
      {Array.from({ length: trend.scaleSize }, (_, i) => (
        <line key={i} className={classes.grid} x1={0} x2={width} y1={y(i + 1)} y2={y(i + 1)} />
      ))}
      <polyline className={classes.line} points={trend.points.map((p, i) => `${x(i)},${y(p.position)}`).join(' ')} />
      {trend.points.map((p, i) => (
        <circle key={p.key} className={classes.dot} cx={x(i)} cy={y(p.position)} r={4} />
      ))}
    </svg>
  );
}

function renderTrend(trend: TrendView, classes: AssessmentPanelClasses) {
  return (
    <section key={trend.kind} className={classes.card} aria-label={trend.title}>
      <h2 className={classes.heading}>{trend.title}</h2>
      {trend.current ? (
        <>
          <p className={classes.current}>{trend.current.label}</p>
          <p className={classes.text}>{trend.current.description}</p>
        </>
      ) : (
        <p className={classes.text}>{trend.none}</p>
      )}
      {trend.moved && <p className={classes.text}>{trend.moved}</p>}
      {trend.fittingLeadership && <p className={classes.text}>{trend.fittingLeadership}</p>}
      {trend.points.length > 0 && (
        <>
          <h3 className={classes.subheading}>{trend.historyHeading}</h3>
          {renderTrendChart(trend, classes)}
          <div className={classes.tableWrap}>
            <table className={classes.table} aria-label={`${trend.historyHeading}: ${trend.title}`}>
              <thead>
                <tr>
                  <th scope="col">{trend.headers.date}</th>
                  <th scope="col">{trend.headers.value}</th>
                  <th scope="col">{trend.headers.rationale}</th>
                </tr>
              </thead>
              <tbody>
                {[...trend.points].reverse().map((p) => (
                  <tr key={p.key}>
                    <th scope="row">{p.date}</th>
                    <td>
                      {p.label} {p.change && `(${p.change})`}
                    </td>
                    <td className={classes.rationale}>{p.rationale}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function renderForm(form: AssessmentFormState, classes: AssessmentPanelClasses) {
  return (
    <form
      className={classes.form}
      aria-labelledby={form.headingId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        form.onSave();
      }}
    >
      <h2 id={form.headingId} className={classes.heading}>{form.heading}</h2>
      <Field label={form.kind.label}>
        <Select value={form.kind.value} onChange={(_, d) => form.kind.onChange(d.value as AssessmentKind)}>
          {form.kind.options.map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </Select>
      </Field>
      <Field label={form.at.label} required validationMessage={form.at.error}>
        <Input type="date" value={form.at.value} onChange={(_, d) => form.at.onChange(d.value)} />
      </Field>
      <Field label={form.value.label} required validationMessage={form.value.error}>
        <RadioGroup value={form.value.value} onChange={(_, d) => form.value.onChange(d.value)}>
          {form.value.options.map((o) => (
            <Radio key={o.value} value={o.value} label={`${o.label} — ${o.description}`} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={form.rationale.label} hint={form.rationale.hint} required validationMessage={form.rationale.error}>
        <Textarea resize="vertical" value={form.rationale.value} onChange={(_, d) => form.rationale.onChange(d.value)} />
      </Field>
      {form.failure !== null && <FailedState error={form.failure} onRetry={form.onSave} />}
      <div className={classes.actions}>
        <Button type="submit" appearance="primary" disabled={form.saving}>{form.saveLabel}</Button>
        <Button onClick={form.onCancel}>{form.cancelLabel}</Button>
      </div>
    </form>
  );
}

export function renderAssessmentPanel(state: AssessmentPanelState, classes: AssessmentPanelClasses) {
  if (state.status === 'loading') return <Spinner className={classes.start} label={state.loadingLabel} />;
  if (state.status === 'failed') return <FailedState error={state.error} onRetry={state.onRetry} />;
  return (
    <div className={classes.root}>
      <p className={classes.text}>{state.intro}</p>
      {state.addLabel && (
        <Button className={classes.start} appearance="primary" onClick={state.onAdd}>
          {state.addLabel}
        </Button>
      )}
      {state.notice && (
        <MessageBar intent="success" aria-live="polite">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      )}
      {state.form && renderForm(state.form, classes)}
      <div className={classes.cards}>{state.trends.map((trend) => renderTrend(trend, classes))}</div>
    </div>
  );
}
