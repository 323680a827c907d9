/**
 * Local mode only: pick a person of the demo school. The server signs tokens for whoever is
 * picked, so this is for evaluation and tests, never for a real school.
 */
import { Avatar, Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { LocalIdentity } from '../../auth/local';
import { useResource } from '../data/useResource';
import { useI18n } from '../i18n';
import { FailedState } from './FailedState';

export interface IdentityPickerProps {
  loadIdentities(): Promise<LocalIdentity[]>;
  onPick(identity: LocalIdentity): void;
}

const useStyles = makeStyles({
  root: {
    maxWidth: '640px',
    margin: '0 auto',
    padding: tokens.spacingVerticalXXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
    gap: tokens.spacingVerticalS,
  },
  person: {
    width: '100%',
    justifyContent: 'flex-start',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalS,
    textAlign: 'start',
  },
  who: { display: 'flex', flexDirection: 'column' },
  role: { color: tokens.colorNeutralForeground3 },
});

export function IdentityPicker({ loadIdentities, onPick }: IdentityPickerProps) {
  const styles = useStyles();
  const { messages, format } = useI18n();
  const text = messages.shell.identity;
  const identities = useResource(useCallback(() => loadIdentities(), [loadIdentities]));

  return (
    <main className={styles.root} aria-labelledby="identity-heading">
      <Text as="h1" size={700} weight="semibold" id="identity-heading">
        {text.heading}
      </Text>
      <Text as="p">{text.explanation}</Text>
      {identities.state === 'loading' && <Spinner label={messages.shell.app.loading} />}
      {identities.state === 'failed' && <FailedState message={text.loadFailed} onRetry={identities.reload} />}
      {identities.state === 'ready' && (
        <ul className={styles.list}>
          {identities.data.map((person) => (
            <li key={person.upn}>
              <Button
                className={styles.person}
                appearance="subtle"
                aria-label={format(text.pick, { name: person.displayName })}
                onClick={() => onPick(person)}
                icon={<Avatar name={person.displayName} size={32} aria-hidden />}
              >
                <span className={styles.who}>
                  <Text weight="semibold">{person.displayName}</Text>
                  <Text size={200} className={styles.role}>
                    {messages.shell.roles[person.role]}
                    {person.role === 'guest' ? ` — ${text.guestNote}` : ''}
                  </Text>
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
