import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  root: {
    maxWidth: '560px',
    margin: '0 auto',
    padding: tokens.spacingVerticalXXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
});

/** What a parent or other guest sees: a kind word and no data at all. */
export function GuestView({ onSwitchPerson }: { onSwitchPerson?: () => void }) {
  const styles = useStyles();
  const { messages } = useI18n();
  return (
    <main className={styles.root} aria-labelledby="guest-heading">
      <Text as="h1" size={600} weight="semibold" id="guest-heading">
        {messages.shell.guest.heading}
      </Text>
      <Text as="p">{messages.shell.guest.body}</Text>
      {onSwitchPerson && (
        <div>
          <Button onClick={onSwitchPerson}>{messages.shell.identity.switch}</Button>
        </div>
      )}
    </main>
  );
}
