/** About, privacy and terms: the pages the Teams app manifest links to. They show no data. */
import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n';

export type InfoPageKind = 'about' | 'privacy' | 'terms';

const useStyles = makeStyles({
  root: {
    maxWidth: '680px',
    margin: '0 auto',
    padding: tokens.spacingVerticalXXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
});

export function InfoPage({ kind, appHref }: { kind: InfoPageKind; appHref: string }) {
  const styles = useStyles();
  const { messages } = useI18n();
  const page = messages.shell.pages[kind];
  return (
    <main className={styles.root} aria-labelledby="info-heading">
      <Text as="h1" size={700} weight="semibold" id="info-heading">
        {page.heading}
      </Text>
      {page.body.map((paragraph) => (
        <Text as="p" key={paragraph}>
          {paragraph}
        </Text>
      ))}
      <Link href={appHref}>{messages.shell.pages.back}</Link>
    </main>
  );
}
