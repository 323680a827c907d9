import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

/** A section whose view is not built yet says so instead of showing an empty page. */
export function ComingSoon({ title }: { title: string }) {
  const styles = useStyles();
  const { messages, format } = useI18n();
  return (
    <section className={styles.root} aria-labelledby="coming-soon-heading">
      <Text as="h2" size={500} weight="semibold" id="coming-soon-heading">
        {title}
      </Text>
      <Text as="p">{format(messages.shell.comingSoon.body, { view: title })}</Text>
    </section>
  );
}
