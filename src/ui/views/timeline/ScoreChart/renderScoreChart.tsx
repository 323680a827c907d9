import { ToggleButton } from '@fluentui/react-components';
import type { ScoreChartState } from './ScoreChart.types';
import { ScoreTable } from './ScoreTable';
import type { ScoreChartClasses } from './useScoreChartStyles.styles';

/**
 * The score toward the dream over time. The SVG is one image with a sentence as its name; the
 * table beside it carries every value for screen readers, and sighted users can switch to it.
 */
export function renderScoreChart(state: ScoreChartState, classes: ScoreChartClasses) {
  return (
    <section className={classes.root} aria-labelledby={state.headingId}>
      <div className={classes.header}>
        <h2 id={state.headingId} className={classes.heading}>
          {state.heading}
        </h2>
        {state.emptyText === null && (
          <ToggleButton size="small" checked={state.showTable} onClick={state.onToggleTable}>
            {state.toggleLabel}
          </ToggleButton>
        )}
      </div>
      {state.emptyText !== null ? (
        <p className={classes.empty}>{state.emptyText}</p>
      ) : (
        <>
          {!state.showTable && (
            <div ref={state.containerRef} className={classes.canvas}>
              {renderSvg(state, classes)}
            </div>
          )}
          <ScoreTable rows={state.rows} label={state.tableLabel} visuallyHidden={!state.showTable} />
        </>
      )}
    </section>
  );
}

function renderSvg(state: ScoreChartState, classes: ScoreChartClasses) {
  const { width, height, plot, yTicks, points, line } = state.geometry;
  const rowById = new Map(state.rows.map((r) => [r.meetingId, r]));
  return (
    <svg
      role="img"
      aria-label={state.chartLabel}
      className={classes.svg}
      viewBox={`0 0 ${width} ${height}`}
      focusable="false"
    >
      {yTicks.map((tick) => (
        <g key={tick.value}>
          <line className={classes.grid} x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} />
          <text className={classes.tick} x={plot.left - 8} y={tick.y} textAnchor="end" dominantBaseline="middle">
            {tick.value}
          </text>
        </g>
      ))}
      <line className={classes.axis} x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
      <line className={classes.axis} x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
      {line && <path className={classes.line} d={line} />}
      {points.map((point) => {
        const row = rowById.get(point.meetingId);
        return (
          <g key={point.meetingId}>
            <circle className={classes.point} cx={point.x} cy={point.y} r={5}>
              {row && <title>{`${row.dateLabel}, ${row.meeting}: ${row.scoreLabel}`}</title>}
            </circle>
            {point.labelled && row && (
              <>
                <text className={classes.value} x={point.x} y={point.y - 10} textAnchor="middle">
                  {row.scoreLabel}
                </text>
                <text className={classes.date} x={point.x} y={height - 10} textAnchor="middle">
                  {row.shortDateLabel}
                </text>
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}
