import { useCallback, useEffect, useId, useState } from 'react';
import type { StatementRoundSnapshot } from '../../../../data/api';
import { ConflictError, NotFoundError, ValidationError } from '../../../../data/errors';
import { defaultStatements, type VoteChoice } from '../../../../domain/teamScan/overDeStreep';
import { isoToday } from '../../../../domain/schoolYear';
import { requiredText, type FieldError } from '../../../../domain/validation';
import { useDataApi } from '../../../data/DataApiContext';
import { useResource } from '../../../data/useResource';
import { fieldErrorText } from '../../../forms/fieldErrors';
import { useI18n, type I18n } from '../../../i18n';
import { newId } from '../../promises/shared/ids';
import type { RoundView, StreepPanelProps, StreepPanelState } from './StreepPanel.types';

/** How often an open round is read again, so the totals follow the votes in the room. */
export const STREEP_REFRESH_MS = 5_000;

function roundView(i18n: I18n, snapshot: StatementRoundSnapshot, meetingTitle: string | null): RoundView {
  const t = i18n.messages.teamScan;
  return {
    roundId: snapshot.round.value.id,
    heading: i18n.format(t.streep.roundOf, { date: i18n.date(snapshot.result.heldAt) }),
    closed: snapshot.round.value.closed,
    meetingTitle,
    tallies: snapshot.result.statements.map((s) => ({
      statementId: s.statementId,
      text: s.text,
      withheld: !s.totals,
      result: s.totals
        ? i18n.format(t.streep.totals, { agree: i18n.number(s.totals.agree), disagree: i18n.number(s.totals.disagree) })
        : t.overDeStreep.withheld,
      agreePercent: s.totals && s.voters ? Math.round((s.totals.agree / s.voters) * 100) : 0,
      voted: snapshot.votedByMe[s.statementId] ?? false,
    })),
  };
}

function refusalText(i18n: I18n, error: unknown): string | null {
  if (!(error instanceof ValidationError)) return null;
  const refusals = i18n.messages.teamScan.streep.refusals;
  const first = error.fieldErrors?.[0];
  const reason = first?.params?.['reason'];
  if (typeof reason === 'string' && reason in refusals) return refusals[reason as keyof typeof refusals];
  return first ? fieldErrorText(first, i18n) : null;
}

export function useStreepPanel({ me, meetings = [], meetingId, compact = false }: StreepPanelProps): StreepPanelState {
  const api = useDataApi();
  const i18n = useI18n();
  const t = i18n.messages.teamScan;
  const id = useId();
  const load = useCallback(() => api.teamScan.overDeStreep(meetingId ? { meetingId } : {}), [api, meetingId]);
  const resource = useResource(load);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [room, setRoom] = useState<Record<string, { agree: string; disagree: string }>>({});
  const [chosenMeeting, setChosenMeeting] = useState<string>(meetingId ?? '');
  const [unchosen, setUnchosen] = useState<Record<string, boolean>>({});
  const [editing, setEditing] = useState<Record<string, string>>({});
  const [editErrors, setEditErrors] = useState<Record<string, string>>({});
  const [newText, setNewText] = useState('');
  const [newError, setNewError] = useState<string | undefined>();
  const [removing, setRemoving] = useState<string | null>(null);

  const data = resource.state === 'ready' ? resource.data : null;
  const open = data?.rounds.find((r) => !r.round.value.closed) ?? null;
  const [live, setLive] = useState<StatementRoundSnapshot | null>(null);
  const current = live && open && live.round.value.id === open.round.value.id ? live : open;

  // While a round is open, its totals are read again now and then (quietly, no spinner).
  const openId = open?.round.value.id;
  useEffect(() => {
    if (!openId) return undefined;
    const timer = setInterval(() => {
      api.teamScan.overDeStreep(meetingId ? { meetingId } : {}).then(
        (next) => setLive(next.rounds.find((r) => r.round.value.id === openId) ?? null),
        () => undefined,
      );
    }, STREEP_REFRESH_MS);
    return () => clearInterval(timer);
  }, [api, meetingId, openId]);

  if (resource.state === 'loading') return { status: 'loading', loadingLabel: t.view.loading };
  if (resource.state === 'failed') return { status: 'failed', error: resource.error, onRetry: resource.reload };
  const snapshot = resource.data;

  /**
   * Runs a write; a refusal or failure is told in words. A vote or count brings the round back
   * itself; other writes read the view again after.
   */
  const write = async (run: () => Promise<unknown>, after?: () => void, reload = true) => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const result = await run();
      if (result && typeof result === 'object' && 'round' in result) setLive(result as StatementRoundSnapshot);
      after?.();
      if (reload) resource.reload();
    } catch (error) {
      // A colleague changed or removed the statement meanwhile: show the list as it is now.
      const changed = error instanceof ConflictError || error instanceof NotFoundError;
      setProblem(changed ? t.streep.conflict : (refusalText(i18n, error) ?? i18n.messages.shell.errors.loadFailed));
      if (changed) resource.reload();
    } finally {
      setBusy(false);
    }
  };

  const checkText = (text: string): { text: string; error: string | undefined } => {
    const errors: FieldError[] = [];
    const clean = requiredText(errors, 'text', text);
    return { text: clean, error: errors[0] ? fieldErrorText(errors[0], i18n) : undefined };
  };

  const meetingTitle = (mid: string | undefined) => meetings.find((m) => m.id === mid)?.title ?? null;
  const statements = snapshot.statements;

  return {
    status: 'ready',
    compact,
    headingId: `${id}-heading`,
    heading: t.overDeStreep.title,
    intro: t.overDeStreep.intro,
    anonymous: t.overDeStreep.anonymous,
    problem,
    current: current ? roundView(i18n, current, meetingTitle(current.round.value.meetingId)) : null,
    busy,
    canVote: me !== null,
    onVote: (statementId, choice) => {
      if (current) void write(() => api.teamScan.vote(current.round.value.id, statementId, choice), undefined, false);
    },
    room: {
      label: t.streep.roomCounts,
      hint: t.streep.roomHint,
      values: room,
      onChange: (statementId, side, value) =>
        setRoom((all) => ({ ...all, [statementId]: { agree: '', disagree: '', ...all[statementId], [side]: value } })),
      onAdd: (statementId) => {
        if (!current) return;
        const entered = room[statementId] ?? { agree: '', disagree: '' };
        const counts = { agree: Number(entered.agree || 0), disagree: Number(entered.disagree || 0) };
        void write(
          () => api.teamScan.addRoomCounts(current.round.value.id, statementId, counts),
          () => setRoom((all) => ({ ...all, [statementId]: { agree: '', disagree: '' } })),
          false,
        );
      },
      addLabel: t.streep.addCounts,
    },
    onClose: () => {
      if (current) void write(() => api.teamScan.closeRound(current.round));
    },
    start: {
      meetingLabel: t.streep.meeting,
      meetingValue: chosenMeeting,
      meetingOptions: meetingId
        ? null
        : [{ value: '', label: t.streep.noMeeting }, ...meetings.map((m) => ({ value: m.id, label: `${m.title} (${i18n.date(m.date)})` }))],
      onMeeting: setChosenMeeting,
      chooseLabel: t.streep.chooseStatements,
      options: statements.map((s) => ({ id: s.value.id, text: s.value.text })),
      chosen: Object.fromEntries(statements.map((s) => [s.value.id, !unchosen[s.value.id]])),
      onChoose: (sid, on) => setUnchosen((all) => ({ ...all, [sid]: !on })),
      onStart: () => {
        const picked = statements.filter((s) => !unchosen[s.value.id]).map((s) => s.value);
        void write(() =>
          api.teamScan.startRound({
            id: newId(),
            heldAt: isoToday(),
            statements: picked,
            ...(chosenMeeting ? { meetingId: chosenMeeting } : {}),
          }),
        );
      },
      startLabel: t.overDeStreep.start,
      noStatements: statements.length ? null : t.streep.noStatements,
    },
    list: compact
      ? null
      : {
          heading: t.streep.listHeading,
          hint: t.streep.listHint,
          rows: statements.map((s) => ({
            id: s.value.id,
            text: s.value.text,
            editing: s.value.id in editing,
            draft: editing[s.value.id] ?? s.value.text,
            error: editErrors[s.value.id],
          })),
          onEdit: (sid) => setEditing((all) => ({ ...all, [sid]: statements.find((s) => s.value.id === sid)?.value.text ?? '' })),
          onDraft: (sid, text) => setEditing((all) => ({ ...all, [sid]: text })),
          onCancel: (sid) =>
            setEditing((all) => {
              const { [sid]: _, ...rest } = all;
              return rest;
            }),
          onSave: (sid) => {
            const stored = statements.find((s) => s.value.id === sid);
            const checked = checkText(editing[sid] ?? '');
            setEditErrors((all) => ({ ...all, [sid]: checked.error ?? '' }));
            if (!stored || checked.error) return;
            void write(
              () => api.teamScan.updateStatement(stored, checked.text),
              () =>
                setEditing((all) => {
                  const { [sid]: _, ...rest } = all;
                  return rest;
                }),
            );
          },
          onRemove: setRemoving,
          removing: (() => {
            const stored = statements.find((s) => s.value.id === removing);
            if (!stored) return null;
            return {
              heading: i18n.format(t.streep.removeConfirm, { text: stored.value.text }),
              body: t.streep.removeBody,
              onConfirm: () => {
                setRemoving(null);
                void write(() => api.teamScan.removeStatement(stored));
              },
              onCancel: () => setRemoving(null),
            };
          })(),
          newText,
          newError,
          onNewText: setNewText,
          onAdd: () => {
            const checked = checkText(newText);
            setNewError(checked.error);
            if (checked.error) return;
            void write(() => api.teamScan.addStatement({ id: newId(), text: checked.text }), () => setNewText(''));
          },
          useDefaults: statements.length
            ? null
            : () =>
                void write(async () => {
                  // One at a time, so the list keeps the catalog's order.
                  for (const s of defaultStatements(t.overDeStreep.defaults)) {
                    await api.teamScan.addStatement({ id: newId(), text: s.text });
                  }
                }),
        },
    past: {
      heading: t.streep.past,
      rounds: snapshot.rounds.filter((r) => r.round.value.closed).map((r) => roundView(i18n, r, meetingTitle(r.round.value.meetingId))),
      none: snapshot.rounds.some((r) => r.round.value.closed) ? null : t.streep.noRounds,
    },
    labels: {
      agree: t.overDeStreep.agree,
      disagree: t.overDeStreep.disagree,
      voted: t.streep.voted,
      close: t.streep.close,
      closed: t.streep.closed,
      edit: t.streep.edit,
      save: t.streep.save,
      cancel: t.streep.cancel,
      remove: t.overDeStreep.remove,
      add: t.overDeStreep.add,
      newStatement: t.streep.newStatement,
      useDefaults: t.streep.useDefaults,
      roundHeading: t.streep.roundHeading,
      statement: t.overDeStreep.statement,
    },
  };
}
