import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ThrottledError, UnavailableError } from '../../data/errors';
import { useI18n } from '../i18n';

const useStyles = makeStyles({ root: { maxWidth: '640px' } });

export interface FailedStateProps {
  /** What failed, in the person's words; defaults to the general load failure. */
  message?: string;
  /** The error, so a busy service gets a calmer text than a broken one. */
  error?: unknown;
  onRetry(): void;
}

/** A failed load: what happened in plain words and a way to try again. */
export function FailedState({ message, error, onRetry }: FailedStateProps) {
  const styles = useStyles();
  const { messages } = useI18n();
  const errors = messages.shell.errors;
  const busy = error instanceof ThrottledError || error instanceof UnavailableError;
  return (
    <MessageBar intent="error" layout="multiline" className={styles.root}>
      <MessageBarBody>
        <MessageBarTitle>{errors.heading}</MessageBarTitle>
        {message ?? (busy ? errors.busy : errors.loadFailed)}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{errors.retry}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
