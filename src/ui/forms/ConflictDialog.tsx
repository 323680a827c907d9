/**
 * Someone saved the same item first. Nothing of this person's change is lost or silently
 * written: they see the other version and choose.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';

export interface ConflictDialogProps {
  open: boolean;
  /** Their version, as the view shows it (plain text). */
  theirs: ReactNode;
  /** Save this person's change on top of their version. */
  onKeepMine(): void;
  /** Drop this person's change and continue from their version. */
  onTakeTheirs(): void;
}

const useStyles = makeStyles({
  theirs: {
    display: 'block',
    marginTop: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    whiteSpace: 'pre-wrap',
  },
});

export function ConflictDialog({ open, theirs, onKeepMine, onTakeTheirs }: ConflictDialogProps) {
  const styles = useStyles();
  const { messages } = useI18n();
  const text = messages.shell.conflict;
  return (
    <Dialog open={open} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{text.heading}</DialogTitle>
          <DialogContent>
            <Text as="p" block>
              {text.body}
            </Text>
            <Text as="p" block weight="semibold">
              {text.theirs}
            </Text>
            <div className={styles.theirs}>{theirs}</div>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onTakeTheirs}>
              {text.takeTheirs}
            </Button>
            <Button onClick={onKeepMine}>{text.keepMine}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
