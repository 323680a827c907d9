import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { FailedState } from '../../../shell/FailedState';
import { BarChart } from '../BarChart/BarChart';
import { ScanForm } from '../ScanForm/ScanForm';
import type { ScanPanelState } from './ScanPanel.types';
import type { ScanPanelClasses } from './useScanPanelStyles.styles';

export function renderScanPanel(state: ScanPanelState, classes: ScanPanelClasses) {
  if (state.status === 'loading') return <Spinner className={classes.status} label={state.loadingLabel} />;
  if (state.status === 'failed') return <FailedState error={state.error} onRetry={state.onRetry} />;
  const { approach, movement, ib } = state;
  return (
    <div className={classes.root}>
      {ib && (
        <div className={classes.actions}>
          {!ib.form && (
            <Button appearance="primary" onClick={ib.onNew}>
              {ib.newLabel}
            </Button>
          )}
        </div>
      )}
      {ib?.notice && (
        <MessageBar intent="success" aria-live="polite">
          <MessageBarBody>{ib.notice}</MessageBarBody>
        </MessageBar>
      )}
      {ib?.form && <ScanForm {...ib.form} />}
      {state.empty && <p className={classes.text}>{state.empty}</p>}
      {state.latestHeading && (
        <section className={classes.card} aria-label={state.latestHeading}>
          <h2 className={classes.heading}>{state.latestHeading}</h2>
          {state.stageRows && state.clientRows ? (
            <div className={classes.charts}>
              <BarChart title={state.byStageTitle} rows={state.stageRows} />
              <BarChart title={state.byClientTitle} rows={state.clientRows} />
            </div>
          ) : (
            <p className={classes.withheld}>{state.hiddenText}</p>
          )}
          {state.groups.length > 0 && (
            <>
              <h3 className={classes.subheading}>{state.perGroupTitle}</h3>
              <div className={classes.tableWrap}>
                <table className={classes.table}>
                  <thead>
                    <tr>
                      <th scope="col">{state.groupHeader}</th>
                      <th scope="col">{state.peopleHeader}</th>
                      <th scope="col">{state.stagesHeader}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {state.groups.map((g) => (
                      <tr key={g.group}>
                        <th scope="row">{g.group}</th>
                        <td className={g.withheld ? classes.withheld : undefined}>{g.people}</td>
                        <td>{g.stages}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className={classes.hint}>{state.hiddenHelp}</p>
            </>
          )}
        </section>
      )}
      {state.latestHeading && (
        <section className={classes.card} aria-label={approach.title}>
          <h2 className={classes.heading}>{approach.title}</h2>
          {approach.basedOn && <p className={classes.text}>{approach.basedOn}</p>}
          {approach.leadership && (
            <>
              <h3 className={classes.subheading}>{approach.leadershipLabel}</h3>
              <p className={classes.text}>{approach.leadership}</p>
              <h3 className={classes.subheading}>{approach.stepsLabel}</h3>
              <ul className={classes.list}>
                {approach.steps.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </>
          )}
          {approach.alsoAttendTo && <p className={classes.text}>{approach.alsoAttendTo}</p>}
        </section>
      )}
      {state.latestHeading && (
        <section className={classes.card} aria-label={movement.title}>
          <h2 className={classes.heading}>{movement.title}</h2>
          {movement.none && <p className={classes.text}>{movement.none}</p>}
          {movement.rows.map((m) => (
            <div key={m.key}>
              <h3 className={classes.subheading}>{m.between}</h3>
              <p className={classes.text}>{m.dominant}</p>
              {m.changes.length > 0 && (
                <ul className={classes.list}>
                  {m.changes.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </section>
      )}
      {ib && (
        <section className={classes.card} aria-label={ib.entriesHeading}>
          <h2 className={classes.heading}>{ib.entriesHeading}</h2>
          <p className={classes.hint}>{state.onlyIbNote}</p>
          {!ib.names.shown && <p className={classes.hint}>{ib.names.hiddenNote}</p>}
          <div className={classes.actions}>
            <Button onClick={ib.names.onToggle} disabled={ib.names.loading} aria-expanded={ib.names.shown}>
              {ib.names.toggleLabel}
            </Button>
          </div>
          {ib.names.loading && <Spinner size="small" className={classes.status} label={ib.names.loadingLabel} />}
          {ib.problem && (
            <MessageBar intent="warning">
              <MessageBarBody>{ib.problem}</MessageBarBody>
            </MessageBar>
          )}
          {ib.entriesOf && <h3 className={classes.subheading}>{ib.entriesOf}</h3>}
          {ib.entries.length > 0 && (
            <div className={classes.tableWrap}>
              <table className={classes.table}>
                <thead>
                  <tr>
                    <th scope="col">{ib.headers.who}</th>
                    <th scope="col">{ib.headers.group}</th>
                    <th scope="col">{ib.headers.stage}</th>
                    <th scope="col">{ib.headers.client}</th>
                  </tr>
                </thead>
                <tbody>
                  {ib.entries.map((e) => (
                    <tr key={e.key}>
                      <th scope="row">{e.who}</th>
                      <td>{e.group}</td>
                      <td>{e.stage}</td>
                      <td>{e.client}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
