import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AGREEMENT_OWNERS, type Agreement, type AgreementOwner, validateAgreement } from '../../../../domain/talks/agreements';
import { formatCalendarDate } from '../../../../domain/talks/format';
import { schoolDate, toMillis } from '../../../../domain/talks/time';
import { useDataApi } from '../../../data/DataApiContext';
import { useSave } from '../../../forms/useSave';
import { useI18n } from '../../../i18n';
import { newId } from '../shared/ids';
import type { AgreementsEditorProps, AgreementsEditorState } from './AgreementsEditor.types';

const SHOWN = new Set(['text', 'owner', 'dueDate', 'followUpDate']);

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function useAgreementsEditor({ talk, agreements, onCreated, className }: AgreementsEditorProps): AgreementsEditorState {
  const api = useDataApi();
  const { messages, format } = useI18n();
  const a = messages.talks.ui.agreements;
  const locale = messages.talks.locale;
  const stored = talk.value;
  const pupil = stored.talk.pupil;
  const madeOn = schoolDate(toMillis(stored.talk.start));
  const followUpDefault = stored.followUp ? schoolDate(toMillis(stored.followUp.start)) : '';
  const save = useSave<Agreement>();
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<AgreementOwner>('school');
  const [dueDate, setDueDate] = useState(() => followUpDefault || addDays(madeOn, 28));
  const [followUpDate, setFollowUpDate] = useState(followUpDefault);
  const [announcement, setAnnouncement] = useState('');
  // One id per agreement being written: a retried save stays one agreement.
  const nextId = useRef(newId());
  // A follow-up planned meanwhile is the natural moment to look back.
  useEffect(() => {
    if (followUpDefault) setFollowUpDate((current) => current || followUpDefault);
  }, [followUpDefault]);

  const ownerName = useCallback(
    (o: AgreementOwner) => (o === 'kind' ? format(a.ownerChild, { pupil: pupil.firstName }) : messages.talks.owners[o]),
    [a.ownerChild, format, messages.talks.owners, pupil.firstName],
  );

  const onAdd = useCallback(() => {
    const agreement: Agreement = {
      id: nextId.current,
      talkId: stored.talk.id,
      pupilId: pupil.id,
      owner,
      text,
      madeOn,
      dueDate,
      status: 'open',
      whatWorked: '',
      whatWasHard: '',
      supportWanted: false,
      ...(followUpDate ? { followUpDate } : {}),
    };
    const { id: _id, ...draft } = agreement;
    const verdict = validateAgreement(draft);
    if (!save.check(verdict)) return;
    void save.run(() => api.talks.createAgreement({ ...verdict.value, id: agreement.id })).then((created) => {
      if (!created) return;
      nextId.current = newId();
      setText('');
      setAnnouncement(a.saved);
      onCreated(created);
    });
  }, [stored.talk.id, pupil.id, owner, text, madeOn, dueDate, followUpDate, save, api, a.saved, onCreated]);

  const errors = useMemo(() => {
    if (save.status.state !== 'invalid') return new Map<string, string>();
    const map = new Map(save.status.errors);
    // "Deze datum ligt te vroeg" says more with the talk's date in it.
    if (map.has('dueDate') && dueDate && dueDate < madeOn) {
      map.set('dueDate', `${map.get('dueDate')} (${formatCalendarDate(madeOn, locale)})`);
    }
    return map;
  }, [save.status, dueDate, madeOn, locale]);

  const lines = [...agreements]
    .sort((x, y) => x.value.dueDate.localeCompare(y.value.dueDate))
    .map(({ value }) => ({
      id: value.id,
      text: value.text,
      owner: ownerName(value.owner),
      dates: [
        format(a.dueOn, { date: formatCalendarDate(value.dueDate, locale) }),
        value.followUpDate ? format(a.followUpOn, { date: formatCalendarDate(value.followUpDate, locale) }) : null,
      ]
        .filter(Boolean)
        .join(' · '),
      status: messages.planner.commitmentStatus[value.status],
    }));

  return {
    className,
    lines,
    listLabel: a.listLabel,
    emptyText: a.empty,
    textLabel: a.text,
    text,
    ownerLabel: a.owner,
    owner,
    ownerOptions: AGREEMENT_OWNERS.map((value) => ({ value, label: ownerName(value) })),
    dueLabel: a.dueDate,
    dueDate,
    followUpLabel: a.followUpDate,
    followUpHint: a.followUpHint,
    followUpDate,
    errors,
    otherErrors: [...errors].filter(([field]) => !SHOWN.has(field)).map(([, t]) => t),
    failedText: save.status.state === 'failed' ? messages.shell.saving.failed : null,
    saving: save.status.state === 'saving',
    addLabel: a.add,
    announcement,
    onText: setText,
    onOwner: setOwner,
    onDueDate: setDueDate,
    onFollowUpDate: setFollowUpDate,
    onAdd,
  };
}
