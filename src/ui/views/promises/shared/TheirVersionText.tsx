import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { TheirVersion } from './theirs';

const useStyles = makeStyles({
  text: { ...typographyStyles.body1Strong, display: 'block', overflowWrap: 'anywhere' },
  line: { display: 'block', marginTop: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
});

/** Their version inside the conflict dialog; all user text as text nodes. */
export function TheirVersionText({ theirs }: { theirs: TheirVersion | null }) {
  const styles = useStyles();
  if (!theirs) return null;
  return (
    <>
      <span className={styles.text}>{theirs.text}</span>
      <span className={styles.line}>{theirs.status}</span>
      {theirs.lines.map((line, i) => (
        <span key={i} className={styles.line}>
          {line}
        </span>
      ))}
    </>
  );
}
