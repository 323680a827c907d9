import { Button } from '@fluentui/react-components';
import type { BarChartState } from './BarChart.types';
import type { BarChartClasses } from './useBarChartStyles.styles';

export function renderBarChart(state: BarChartState, classes: BarChartClasses) {
  const Heading = `h${state.headingLevel}` as const;
  return (
    <div className={classes.root}>
      <div className={classes.header}>
        <Heading className={classes.title}>{state.title}</Heading>
        <Button size="small" appearance="subtle" aria-pressed={state.asTable} onClick={state.onToggle}>
          {state.toggleLabel}
        </Button>
      </div>
      {state.asTable ? (
        <table className={classes.table} aria-label={state.title}>
          <thead>
            <tr>
              <th scope="col">{state.title}</th>
              <th scope="col" className={classes.numeric}>{state.countHeader}</th>
              <th scope="col" className={classes.numeric}>{state.shareHeader}</th>
            </tr>
          </thead>
          <tbody>
            {state.rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td className={classes.numeric}>{r.countText}</td>
                <td className={classes.numeric}>{r.shareText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <ul className={classes.chart} aria-label={state.chartLabel}>
          {state.rows.map((r) => (
            <li key={r.key} className={classes.row} aria-label={r.barLabel}>
              <span className={classes.label} aria-hidden="true">{r.label}</span>
              <span className={classes.track} aria-hidden="true">
                <span className={classes.bar} style={{ display: 'block', width: `${r.percent}%` }} />
              </span>
              <span className={classes.value} aria-hidden="true">{r.countText}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
