import { Badge, Button, mergeClasses, Spinner, Tab, TabList } from '@fluentui/react-components';
import { FailedState } from '../../../shell/FailedState';
import { GuestView } from '../../../shell/GuestView';
import { AgreementReport } from '../AgreementReport/AgreementReport';
import type { AgreementsPanelState, AgreementsPanelView } from './AgreementsPanel.types';
import type { AgreementsPanelClasses } from './useAgreementsPanelStyles.styles';

export function renderAgreementsPanel(state: AgreementsPanelState, classes: AgreementsPanelClasses) {
  const Heading = state.headingLevel === 3 ? 'h3' : 'h2';
  const Item = state.headingLevel === 3 ? 'h4' : 'h3';
  return (
    <section className={classes.root} aria-labelledby={state.headingId}>
      <Heading id={state.headingId} className={classes.heading}>
        {state.heading}
      </Heading>
      <p className={classes.intro}>{state.intro}</p>
      <TabList
        selectedValue={state.view}
        onTabSelect={(_, d) => state.onView(d.value as AgreementsPanelView)}
        aria-label={state.viewsLabel}
        size="small"
      >
        {state.views.map((v) => (
          <Tab key={v.value} value={v.value}>
            {v.label}
          </Tab>
        ))}
      </TabList>
      {renderBody(state, classes, Item)}
      <p className={classes.visuallyHidden} role="status">
        {state.announcement}
      </p>
    </section>
  );
}

function renderBody(state: AgreementsPanelState, classes: AgreementsPanelClasses, Item: 'h3' | 'h4') {
  const { body, labels } = state;
  switch (body.kind) {
    case 'loading':
      return <Spinner size="small" label={body.label} />;
    case 'denied':
      return <GuestView />;
    case 'failed':
      return <FailedState error={body.error} onRetry={body.onRetry} />;
    case 'empty':
      return <p className={classes.empty}>{body.text}</p>;
    case 'list':
      break;
  }
  return (
    <ul className={classes.list}>
      {body.rows.map((row) => (
        <li key={row.id} className={mergeClasses(classes.item, row.overdue && classes.overdue)}>
          <div className={classes.top}>
            <Item className={classes.text}>{row.text}</Item>
            <span className={classes.badges}>
              {row.overdue && (
                <Badge appearance="filled" color="danger">
                  {labels.overdue}
                </Badge>
              )}
              <Badge appearance="tint" color={row.open ? 'brand' : 'success'}>
                {row.status}
              </Badge>
            </span>
          </div>
          <dl className={classes.facts}>
            <dt className={classes.term}>{labels.owner}</dt>
            <dd className={classes.value}>{row.pupil ? `${row.owner} · ${row.pupil}` : row.owner}</dd>
            <dt className={classes.term}>{labels.due}</dt>
            <dd className={classes.value}>{row.due}</dd>
            {row.followUp && (
              <>
                <dt className={classes.term}>{labels.followUp}</dt>
                <dd className={classes.value}>{row.followUp}</dd>
              </>
            )}
          </dl>
          {row.report && <p className={classes.report}>{row.report}</p>}
          {state.reporting === row.id ? (
            <AgreementReport
              item={row.item}
              today={state.today}
              onSaved={state.onReported}
              onCancel={() => state.onReport(null)}
            />
          ) : (
            row.canReport && (
              <div className={classes.actions}>
                <Button size="small" onClick={() => state.onReport(row.id)}>
                  {labels.report}
                </Button>
              </div>
            )
          )}
        </li>
      ))}
    </ul>
  );
}
