import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Select, Spinner } from '@fluentui/react-components';
import { ConfirmDialog } from '../../../forms/ConfirmDialog';
import { FailedState } from '../../../shell/FailedState';
import type { RoundView, StreepPanelState } from './StreepPanel.types';
import type { StreepPanelClasses } from './useStreepPanelStyles.styles';

type Ready = Extract<StreepPanelState, { status: 'ready' }>;

function renderTally(tally: RoundView['tallies'][number], classes: StreepPanelClasses) {
  return tally.withheld ? (
    <p className={classes.withheld}>{tally.result}</p>
  ) : (
    <>
      <div className={classes.split} aria-hidden="true">
        <span className={classes.agreeBar} style={{ width: `${tally.agreePercent}%` }} />
      </div>
      <p className={classes.result}>{tally.result}</p>
    </>
  );
}

function renderCurrent(state: Ready, round: RoundView, classes: StreepPanelClasses) {
  const l = state.labels;
  return (
    <section className={classes.card} aria-label={l.roundHeading}>
      <h3 className={classes.subheading}>{l.roundHeading}</h3>
      <p className={classes.hint}>{round.meetingTitle ? `${round.heading} · ${round.meetingTitle}` : round.heading}</p>
      <ol className={classes.statements}>
        {round.tallies.map((tally) => (
          <li key={tally.statementId} className={classes.statement}>
            <p className={classes.statementText}>{tally.text}</p>
            {state.canVote &&
              (tally.voted ? (
                <p className={classes.hint}>{l.voted}</p>
              ) : (
                <div className={classes.buttons} role="group" aria-label={tally.text}>
                  <Button disabled={state.busy} onClick={() => state.onVote(tally.statementId, 'agree')}>{l.agree}</Button>
                  <Button disabled={state.busy} onClick={() => state.onVote(tally.statementId, 'disagree')}>{l.disagree}</Button>
                </div>
              ))}
            {renderTally(tally, classes)}
            <details>
              <summary className={classes.hint}>{state.room.label}</summary>
              <p className={classes.hint}>{state.room.hint}</p>
              <div className={classes.room}>
                <Field label={l.agree}>
                  <Input
                    className={classes.number}
                    type="number"
                    min={0}
                    aria-label={`${state.room.label}, ${l.agree}: ${tally.text}`}
                    value={state.room.values[tally.statementId]?.agree ?? ''}
                    onChange={(_, d) => state.room.onChange(tally.statementId, 'agree', d.value)}
                  />
                </Field>
                <Field label={l.disagree}>
                  <Input
                    className={classes.number}
                    type="number"
                    min={0}
                    aria-label={`${state.room.label}, ${l.disagree}: ${tally.text}`}
                    value={state.room.values[tally.statementId]?.disagree ?? ''}
                    onChange={(_, d) => state.room.onChange(tally.statementId, 'disagree', d.value)}
                  />
                </Field>
                <Button disabled={state.busy} onClick={() => state.room.onAdd(tally.statementId)}>{state.room.addLabel}</Button>
              </div>
            </details>
          </li>
        ))}
      </ol>
      <Button className={classes.start} disabled={state.busy} onClick={state.onClose}>{l.close}</Button>
    </section>
  );
}

function renderStart(state: Ready, classes: StreepPanelClasses) {
  const s = state.start;
  return (
    <section className={classes.card} aria-label={s.startLabel}>
      {s.noStatements ? (
        <p className={classes.text}>{s.noStatements}</p>
      ) : (
        <>
          {s.meetingOptions && (
            <Field label={s.meetingLabel}>
              <Select className={classes.select} value={s.meetingValue} onChange={(_, d) => s.onMeeting(d.value)}>
                {s.meetingOptions.map((o) => (
                  <option key={o.value} value={o.value}>{o.label}</option>
                ))}
              </Select>
            </Field>
          )}
          <fieldset className={classes.fieldset}>
            <legend className={classes.subheading}>{s.chooseLabel}</legend>
            {s.options.map((row) => (
                <Checkbox key={row.id} label={row.text} checked={s.chosen[row.id]} onChange={(_, d) => s.onChoose(row.id, d.checked === true)} />
              ))}
          </fieldset>
          <Button className={classes.start} appearance="primary" disabled={state.busy} onClick={s.onStart}>{s.startLabel}</Button>
        </>
      )}
    </section>
  );
}

function renderList(list: NonNullable<Ready['list']>, state: Ready, classes: StreepPanelClasses) {
  const l = state.labels;
  return (
    <section className={classes.card} aria-label={list.heading}>
      <h3 className={classes.subheading}>{list.heading}</h3>
      <p className={classes.hint}>{list.hint}</p>
      {list.useDefaults && (
        <Button className={classes.start} disabled={state.busy} onClick={list.useDefaults}>{l.useDefaults}</Button>
      )}
      <ul className={classes.statements}>
        {list.rows.map((row) => (
          <li key={row.id} className={classes.row}>
            {row.editing ? (
              <>
                <Field className={classes.grow} label={l.statement} validationMessage={row.error || undefined}>
                  <Input value={row.draft} onChange={(_, d) => list.onDraft(row.id, d.value)} />
                </Field>
                <Button appearance="primary" disabled={state.busy} onClick={() => list.onSave(row.id)}>{l.save}</Button>
                <Button onClick={() => list.onCancel(row.id)}>{l.cancel}</Button>
              </>
            ) : (
              <>
                <span className={classes.rowText}>{row.text}</span>
                <Button size="small" aria-label={`${l.edit}: ${row.text}`} onClick={() => list.onEdit(row.id)}>{l.edit}</Button>
                <Button size="small" appearance="subtle" aria-label={`${l.remove}: ${row.text}`} disabled={state.busy} onClick={() => list.onRemove(row.id)}>
                  {l.remove}
                </Button>
              </>
            )}
          </li>
        ))}
      </ul>
      <div className={classes.row}>
        <Field className={classes.grow} label={l.newStatement} validationMessage={list.newError}>
          <Input value={list.newText} onChange={(_, d) => list.onNewText(d.value)} />
        </Field>
        <Button disabled={state.busy} onClick={list.onAdd}>{l.add}</Button>
      </div>
      <ConfirmDialog
        open={list.removing !== null}
        alert
        heading={list.removing?.heading ?? ''}
        body={list.removing?.body ?? ''}
        confirmLabel={l.remove}
        cancelLabel={l.cancel}
        onConfirm={() => list.removing?.onConfirm()}
        onCancel={() => list.removing?.onCancel()}
      />
    </section>
  );
}

function renderPast(state: Ready, classes: StreepPanelClasses) {
  return (
    <section className={classes.card} aria-label={state.past.heading}>
      <h3 className={classes.subheading}>{state.past.heading}</h3>
      {state.past.none && <p className={classes.text}>{state.past.none}</p>}
      {state.past.rounds.map((round) => (
        <div key={round.roundId} className={classes.statement}>
          <p className={classes.statementText}>{round.meetingTitle ? `${round.heading} · ${round.meetingTitle}` : round.heading}</p>
          <ul className={classes.statements}>
            {round.tallies.map((tally) => (
              <li key={tally.statementId} className={classes.statement}>
                <span className={classes.pastText}>{tally.text}</span>
                {renderTally(tally, classes)}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

export function renderStreepPanel(state: StreepPanelState, classes: StreepPanelClasses) {
  if (state.status === 'loading') return <Spinner className={classes.start} label={state.loadingLabel} />;
  if (state.status === 'failed') return <FailedState error={state.error} onRetry={state.onRetry} />;
  return (
    <div className={classes.root} aria-labelledby={state.headingId} role="region">
      <h2 id={state.headingId} className={classes.heading}>{state.heading}</h2>
      <p className={classes.text}>{state.intro}</p>
      <p className={classes.hint}>{state.anonymous}</p>
      {state.problem && (
        <MessageBar intent="warning" aria-live="polite">
          <MessageBarBody>{state.problem}</MessageBarBody>
        </MessageBar>
      )}
      {state.current ? renderCurrent(state, state.current, classes) : renderStart(state, classes)}
      {state.list && renderList(state.list, state, classes)}
      {renderPast(state, classes)}
    </div>
  );
}
