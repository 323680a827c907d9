import { ToggleButton } from '@fluentui/react-components';
import type { ReportTable } from '../../../../domain/dashboard/reportModel';
import { StackedBars } from '../StackedBars/StackedBars';
import type { PlacedBlock, ReportBlocksState } from './ReportBlocks.types';
import type { ReportBlocksClasses } from './useReportBlocksStyles.styles';

/**
 * The report's blocks as HTML: figures as a description list, tables as tables, a chart as one
 * SVG image with a sentence as its name and its table beside it. All text is rendered as text
 * (React escapes it), so what people typed stays inert on screen and on paper.
 */
export function renderReportBlocks(state: ReportBlocksState, classes: ReportBlocksClasses) {
  return <div className={classes.root}>{state.blocks.map((block) => renderBlock(block, state, classes))}</div>;
}

function renderBlock(block: PlacedBlock, state: ReportBlocksState, classes: ReportBlocksClasses) {
  switch (block.kind) {
    case 'figures':
      return (
        <dl key={block.key} className={classes.figures}>
          {block.items.map((item) => (
            <div key={item.label} className={classes.figure}>
              <dt className={classes.figureLabel}>{item.label}</dt>
              <dd className={classes.figureValue}>{item.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'table':
      return renderTable(block.key, block.table, state, classes);
    case 'text':
      return (
        <p key={block.key} className={classes.text}>
          {block.text}
        </p>
      );
    case 'lineChart':
    case 'barChart': {
      const shown = state.tables === 'always' || state.shownTables.has(block.key);
      return (
        <div key={block.key}>
          {state.tables === 'toggle' && (
            <div className={classes.chartHeader}>
              <ToggleButton size="small" checked={shown} onClick={() => state.onToggleTable(block.key)}>
                {state.toggleLabel}
              </ToggleButton>
            </div>
          )}
          {(state.tables === 'always' || !shown) &&
            (block.kind === 'lineChart' ? renderChart(block, classes) : <StackedBars {...block.chart} />)}
          {renderTable(`${block.key}-table`, block.table, state, classes, !shown)}
        </div>
      );
    }
  }
}

function renderChart(block: Extract<PlacedBlock, { kind: 'lineChart' }>, classes: ReportBlocksClasses) {
  const { width, height, plot, yTicks, points, path } = block.geometry;
  return (
    <svg role="img" aria-label={block.label} className={classes.svg} viewBox={`0 0 ${width} ${height}`} focusable="false">
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
      {path && <path className={classes.line} d={path} />}
      {points.map((p, i) => (
        <g key={i}>
          <circle className={classes.point} cx={p.x} cy={p.y} r={4.5} />
          {p.labelled && (
            <>
              <text className={classes.value} x={p.x} y={p.y - 10} textAnchor="middle">
                {p.value}
              </text>
              <text className={classes.date} x={p.x} y={height - 10} textAnchor="middle">
                {p.label}
              </text>
            </>
          )}
        </g>
      ))}
    </svg>
  );
}

function renderTable(key: string, table: ReportTable, state: ReportBlocksState, classes: ReportBlocksClasses, hidden = false) {
  const numeric = table.columns.map((_, c) => table.rows.length > 0 && table.rows.every((row) => typeof row[c] === 'number'));
  return (
    <div key={key} className={hidden ? classes.hidden : classes.tableWrap}>
      <table className={classes.table}>
        <caption className={classes.caption}>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column, c) => (
              <th key={column} scope="col" className={numeric[c] ? 'number' : undefined}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row">
                    {state.formatCell(cell)}
                  </th>
                ) : (
                  <td key={c} className={numeric[c] ? 'number' : undefined}>
                    {state.formatCell(cell)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
