import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens, typographyStyles } from '@fluentui/react-components';
import { GuestView } from '../../../shell/GuestView';
import { SessionRunner } from '../SessionRunner/SessionRunner';
import type { IntervisiePanelProps } from './IntervisiePanel.types';
import { useIntervisiePanel } from './useIntervisiePanel';

const useStyles = makeStyles({
  /** Fills Teams' 280 px side panel; everything stacks, nothing scrolls sideways. */
  root: {
    boxSizing: 'border-box',
    width: '100%',
    minWidth: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground2,
    minHeight: '100vh',
  },
  title: { ...typographyStyles.subtitle2, margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  pick: { width: '100%', justifyContent: 'flex-start', whiteSpace: 'normal', textAlign: 'start' },
});

/**
 * Intervisie in a meeting's side panel: which of my groups meets now (remembered per meeting;
 * the only one when I am in one), then the session. Guests and people the site refuses see the
 * friendly guest page, never data.
 */
export function IntervisiePanel(props: IntervisiePanelProps = {}) {
  const state = useIntervisiePanel(props);
  const styles = useStyles();
  if (state.status === 'denied') return <GuestView />;
  return (
    <main className={`driehoek-IntervisiePanel ${styles.root}`}>
      {state.status === 'loading' && <Spinner size="small" label={state.loadingLabel} />}
      {state.status === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {state.message} <Button size="small" onClick={state.onRetry}>{state.retryLabel}</Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'choose' && (
        <>
          <h1 className={styles.title}>{state.title}</h1>
          {state.empty ? (
            <p>{state.empty}</p>
          ) : (
            <ul className={styles.list}>
              {state.groups.map((g) => (
                <li key={g.id}>
                  <Button className={styles.pick} onClick={g.onPick}>
                    {g.name}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {state.status === 'session' && (
        <SessionRunner
          key={state.group.value.id}
          group={state.group}
          staff={state.staff}
          me={state.me}
          onChangeGroup={state.onChangeGroup}
          {...(state.now ? { now: state.now } : {})}
        />
      )}
    </main>
  );
}
