import { useCallback, useEffect } from 'react';
import type { ScheduledTalk, Versioned } from '../../../../data/api';
import { useDataApi } from '../../../data/DataApiContext';
import { useSave } from '../../../forms/useSave';
import { useI18n } from '../../../i18n';
import { talkTitle, talkWhen } from '../shared/talkText';
import type { CancelDialogProps, CancelDialogState } from './CancelDialog.types';

export function useCancelDialog({ target, onDone, onClose }: CancelDialogProps): CancelDialogState {
  const api = useDataApi();
  const i18n = useI18n();
  const { messages, format } = i18n;
  const c = messages.talks.ui.cancel;
  const save = useSave<ScheduledTalk>();
  const { reset } = save;

  useEffect(() => reset(), [target, reset]);

  const cancel = useCallback(
    async (base: Versioned<ScheduledTalk>) => {
      const stored = await save.run(() => api.talks.cancel(base));
      if (stored) onDone(stored, true);
    },
    [save, api, onDone],
  );

  const conflict = save.status.state === 'conflict' ? save.status : null;
  return {
    open: target !== null && !conflict,
    heading: target ? format(c.heading, { title: talkTitle(target.value.talk, i18n) }) : '',
    body: c.body,
    when: target ? talkWhen(target.value.talk, i18n) : '',
    confirmLabel: c.confirm,
    keepLabel: c.keep,
    failedText: save.status.state === 'failed' ? c.failed : null,
    saving: save.status.state === 'saving',
    conflict: {
      open: conflict !== null,
      theirs: conflict?.current
        ? `${talkWhen(conflict.current.value.talk, i18n)} · ${messages.talks.ui.status[conflict.current.value.talk.status]}`
        : '',
      onKeepMine: () => {
        const theirs = conflict?.current;
        if (theirs && theirs.value.talk.status === 'planned') void cancel(theirs);
        else if (theirs) onDone(theirs, false);
        else reset();
      },
      onTakeTheirs: () => {
        const theirs = conflict?.current;
        reset();
        if (theirs) onDone(theirs, false);
        else onClose();
      },
    },
    onConfirm: () => {
      if (target) void cancel(target);
    },
    onKeep: onClose,
  };
}
