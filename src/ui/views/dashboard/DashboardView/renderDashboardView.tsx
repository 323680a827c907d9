import { Button, Field, mergeClasses, Select, Spinner } from '@fluentui/react-components';
import { ItemsDialog } from '../ItemsDialog/ItemsDialog';
import { ReportBlocks } from '../ReportBlocks/ReportBlocks';
import { ReportSheet } from '../ReportSheet/ReportSheet';
import { StackedBars } from '../StackedBars/StackedBars';
import type { DashboardViewState, FigureTile, PromisesPanel, ReadyState } from './DashboardView.types';
import type { DashboardViewClasses } from './useDashboardViewStyles.styles';

/**
 * The MT dashboard: panels of figures, each figure a button that lists the items behind it;
 * charts drawn from the aggregated figures with their table beside them; and the report kept
 * ready for printing. Nothing here renders per item: the items appear only in the dialog,
 * windowed.
 */
export function renderDashboardView(state: DashboardViewState, classes: DashboardViewClasses) {
  return (
    <section className={classes.root} aria-labelledby={state.headingId} aria-busy={state.status === 'loading' || (state.status === 'ready' && state.refreshing)}>
      {state.status === 'ready' ? (
        renderReady(state, classes)
      ) : (
        <div className={classes.header}>
          <h1 id={state.headingId} className={classes.heading}>
            {state.status === 'notForYou' ? state.title : state.heading}
          </h1>
          {state.status === 'loading' && <Spinner size="small" label={state.loadingLabel} />}
          {state.status === 'failed' && (
            <>
              <p role="alert" className={classes.message}>
                {state.message}
              </p>
              <div>
                <Button onClick={state.onRetry}>{state.retryLabel}</Button>
              </div>
            </>
          )}
          {state.status === 'notForYou' && <p className={classes.message}>{state.text}</p>}
          {state.status === 'empty' && <p className={classes.message}>{state.text}</p>}
        </div>
      )}
    </section>
  );
}

function renderReady(state: DashboardViewState & ReadyState, classes: DashboardViewClasses) {
  return (
    <>
      <div className={classes.header}>
        <p className={classes.eyebrow}>{state.eyebrow}</p>
        <h1 id={state.headingId} className={classes.heading}>
          {state.heading}
        </h1>
        <p className={classes.intro}>{state.intro}</p>
      </div>
      <div className={classes.controls}>
        {state.cycles.length > 1 && (
          <Field label={state.cycleLabel} className={classes.control}>
            <Select value={state.cycleId} onChange={(_, data) => state.onCycle(data.value)}>
              {state.cycles.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field label={state.periodLabel} className={classes.control}>
          <Select value={state.periodKey} onChange={(_, data) => state.onPeriod(data.value)}>
            {state.periods.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </Select>
        </Field>
        <div className={classes.print}>
          <Button appearance="primary" onClick={state.onPrint}>
            {state.printLabel}
          </Button>
          <p className={classes.printHint}>{state.printHint}</p>
        </div>
        {state.refreshing && <Spinner size="tiny" />}
      </div>

      <div className={classes.panels}>
        <section className={classes.wide} aria-label={state.progressTitle} data-panel="progress">
          <h2 className={classes.panelTitle}>{state.progressTitle}</h2>
          <ReportBlocks blocks={state.progressBlocks} tables="toggle" />
        </section>
        {renderPromises(state.promises, state, classes)}
        {state.panels.map((panel) => (
          <section key={panel.id} className={classes.panel} aria-label={panel.title} data-panel={panel.id}>
            <h2 className={classes.panelTitle}>{panel.title}</h2>
            {panel.emptyText ? (
              <p className={classes.message}>{panel.emptyText}</p>
            ) : (
              <ul className={classes.tiles}>
                {panel.tiles.map((tile) => (
                  <li key={tile.key}>{renderTile(tile, state, classes)}</li>
                ))}
              </ul>
            )}
          </section>
        ))}
        <section className={classes.wide} aria-label={state.teamTitle} data-panel="team">
          <h2 className={classes.panelTitle}>{state.teamTitle}</h2>
          {state.teamSections.map((s) => (
            <div key={s.id}>
              <h3 className={classes.subTitle}>{s.title}</h3>
              <ReportBlocks blocks={s.blocks} tables="toggle" />
            </div>
          ))}
        </section>
      </div>

      {state.open && (
        <ItemsDialog
          selection={state.selection}
          figure={state.open.figure}
          label={state.open.label}
          count={state.open.count}
          onClose={state.onClose}
        />
      )}
      <ReportSheet report={state.report} />
    </>
  );
}

function renderTile(tile: FigureTile, state: ReadyState, classes: DashboardViewClasses) {
  return (
    <button
      type="button"
      className={mergeClasses(classes.tile, tile.attention && classes.attention)}
      data-figure={tile.key}
      onClick={() => state.onOpen({ figure: tile.figure, label: tile.itemsLabel, count: tile.count })}
    >
      <span className={classes.count}>{tile.countLabel}</span>
      <span className={classes.tileLabel}>{tile.label}</span>
    </button>
  );
}

function renderPromises(p: PromisesPanel, state: ReadyState, classes: DashboardViewClasses) {
  const tableId = 'dashboard-promises-table';
  return (
    <section className={classes.wide} aria-label={p.title} data-panel="promises">
      <h2 className={classes.panelTitle}>{p.title}</h2>
      <p className={classes.hint}>{p.hint}</p>
      <StackedBars label={p.chart.label} describedBy={tableId} bars={p.chart.bars} legend={p.chart.legend} />
      <div className={classes.tableWrap}>
        <table className={classes.table} id={tableId}>
          <caption className={classes.caption}>{p.tableCaption}</caption>
          <thead>
            <tr>
              <td />
              {p.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {p.rows.map((row) => (
              <tr key={row.key} data-row={row.key}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell) => (
                  <td key={cell.key}>
                    <button
                      type="button"
                      className={classes.cell}
                      data-figure={cell.key}
                      aria-label={`${cell.itemsLabel}: ${cell.countLabel}`}
                      onClick={() => state.onOpen({ figure: cell.figure, label: cell.itemsLabel, count: cell.count })}
                    >
                      {cell.countLabel}
                    </button>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
