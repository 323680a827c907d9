import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ScheduledTalk, Versioned } from '../../../../data/api';
import { formatCalendarDate } from '../../../../domain/talks/format';
import type { TalkRecord } from '../../../../domain/talks/record';
import { renderSummaryText, summarySubject } from '../../../../domain/talks/summary';
import { schoolDate, toMillis } from '../../../../domain/talks/time';
import { useDataApi } from '../../../data/DataApiContext';
import { useSave } from '../../../forms/useSave';
import { useI18n } from '../../../i18n';
import { namesText } from '../shared/talkText';
import type { SummaryReviewProps, SummaryReviewState } from './SummaryReview.types';

export function useSummaryReview({ talk, agreements, senderName, onChanged, className }: SummaryReviewProps): SummaryReviewState {
  const api = useDataApi();
  const i18n = useI18n();
  const { messages, format } = i18n;
  const s = messages.talks.ui.summary;
  const save = useSave<ScheduledTalk>();
  const [alreadySent, setAlreadySent] = useState(false);
  const stored = talk.value;

  const record: TalkRecord = useMemo(
    () => ({
      talkId: stored.talk.id,
      pupilId: stored.talk.pupil.id,
      notes: stored.notes,
      agreements: agreements.map((a) => a.value),
      ...(stored.followUp ? { followUp: stored.followUp } : {}),
      ...(stored.summary ? { summary: stored.summary } : {}),
    }),
    [stored, agreements],
  );
  // Exactly what the parents will read (the domain's plain-text version of the mail), as text.
  const preview = useMemo(
    () => renderSummaryText(stored.talk, record, messages.talks, senderName),
    [stored.talk, record, messages.talks, senderName],
  );

  const send = useCallback(
    (resend: boolean) => {
      void save
        .run(() => api.talks.sendSummary(talk, { messages: messages.talks, senderName, resend }))
        .then((sent) => {
          if (!sent) return;
          setAlreadySent(false);
          onChanged(sent);
        });
    },
    [save, api, talk, messages.talks, senderName, onChanged],
  );

  // A conflict here means the summary went out already (or the talk changed): show it as it is.
  const conflict = save.status.state === 'conflict' ? save.status : null;
  const stillSending = Boolean(conflict?.current?.value.summarySending);
  useEffect(() => {
    if (!conflict) return;
    setAlreadySent(!conflict.current?.value.summarySending && (Boolean(conflict.current?.value.summary) || !conflict.current));
    if (conflict.current) onChanged(conflict.current);
  }, [conflict, onChanged]);

  const sent = stored.summary;
  return {
    className,
    intro: s.intro,
    toLabel: s.to,
    recipients: namesText(stored.talk.parents.map((p) => `${p.name} <${p.email}>`), i18n),
    subjectLabel: s.subject,
    subject: summarySubject(stored.talk, messages.talks),
    previewLabel: s.preview,
    preview,
    sentText: sent
      ? format(s.sent, {
          date: formatCalendarDate(schoolDate(toMillis(sent.sentAt)), messages.talks.locale),
          names: namesText(sent.recipients, i18n),
        })
      : null,
    alreadySentText: alreadySent ? s.alreadySent : null,
    stillSendingText: stillSending ? s.stillSending : null,
    sendLabel: sent || alreadySent ? s.resend : s.send,
    sendingLabel: s.sending,
    saving: save.status.state === 'saving',
    failedText: save.status.state === 'failed' ? s.failed : null,
    heldText: stored.talk.status === 'held' ? s.held : null,
    markHeldLabel: s.markHeld,
    canMarkHeld: stored.talk.status === 'planned',
    onSend: () => send(Boolean(sent) || alreadySent),
    onMarkHeld: () => {
      void save.run(() => api.talks.markHeld(talk)).then((held) => held && onChanged(held));
    },
  };
}
