import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useI18n } from '../../../i18n';

const useStyles = makeStyles({ root: { minWidth: 0 } });

/**
 * What someone outside a group sees where the group's records would be: a friendly word, no
 * data. Shown when the group's own site answered 403 — the storage decides, not this view.
 */
export function PrivateNotice() {
  const { messages } = useI18n();
  const styles = useStyles();
  const ui = messages.intervisie.ui;
  return (
    <MessageBar intent="info" className={styles.root} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{ui.privateTitle}</MessageBarTitle>
        {ui.privateText}
      </MessageBarBody>
    </MessageBar>
  );
}
