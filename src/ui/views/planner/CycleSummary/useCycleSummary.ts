import { useRef, useState } from 'react';
import type { Versioned } from '../../../../data/api';
import { type ChangeCycle, type CycleStatus, validateCycleUpdate } from '../../../../domain/cycles';
import { currentStep, startNextRound } from '../../../../domain/guidedPath';
import { useDataApi } from '../../../data/DataApiContext';
import { useSave } from '../../../forms/useSave';
import { useI18n } from '../../../i18n';
import type { CycleSummaryProps, CycleSummaryState } from './CycleSummary.types';

type Action = { kind: 'status'; to: CycleStatus } | { kind: 'nextRound' } | { kind: 'nextCycle' };

export function useCycleSummary(props: CycleSummaryProps): CycleSummaryState {
  const { cycle, staff, goals, records, readOnly, today, className } = props;
  const api = useDataApi();
  const i18n = useI18n();
  const m = i18n.messages;
  const t = m.planner.cycle;
  const save = useSave<ChangeCycle>();
  const [confirming, setConfirming] = useState(false);
  const lastAction = useRef<Action>({ kind: 'nextCycle' });

  const value = cycle.value;
  const nameOf = (upn: string) => staff.find((s) => s.upn === upn)?.displayName ?? upn;
  const recordValues = records.map((r) => r.value);
  const roundDone = currentStep(recordValues, value.round) === null;

  const run = async (action: Action, theirs?: Versioned<ChangeCycle>) => {
    lastAction.current = action;
    const base = theirs ?? cycle;
    const { id: _id, ...draft } = base.value;
    if (action.kind === 'status') {
      const next = { ...draft, status: action.to };
      if (!save.check(validateCycleUpdate(base.value, next))) return;
      const saved = await save.run(() => api.planner.updateCycle(base, next));
      if (saved) props.onCycleSaved(saved);
    } else if (action.kind === 'nextRound') {
      if (!save.check(startNextRound(base.value, recordValues))) return;
      const saved = await save.run(() => api.planner.startNextRound(base, recordValues));
      if (saved) props.onCycleSaved(saved, i18n.format(t.roundStarted, { round: saved.value.round }));
    } else {
      const saved = await save.run(() =>
        api.planner.startNextCycle(
          base,
          goals.map((g) => g.value),
          { today },
        ),
      );
      if (saved) props.onCycleCreated(saved);
    }
  };

  const st = save.status;
  const invalid = st.state === 'invalid' ? [...st.errors.values()] : [];
  const memberNames = value.memberUpns.map(nameOf);

  return {
    className,
    headingId: props.headingId,
    eyebrowId: props.eyebrowId,
    eyebrow: t.heading,
    title: value.title,
    status: value.status,
    statusLabel: m.planner.cycleStatus[value.status],
    roundLabel: i18n.format(t.round, { round: value.round }),
    facts: [
      { term: t.schoolYear, value: value.schoolYear },
      { term: t.coach, value: value.coachName ?? nameOf(value.coachUpn) },
      ...(memberNames.length ? [{ term: t.members, value: memberNames.join(', ') }] : []),
    ],
    dreamLabel: t.dream,
    dream: value.dream,
    readOnlyText: readOnly ? t.readOnly : null,
    roundDoneText: roundDone && !readOnly ? m.planner.path.roundDone : null,
    actions: {
      edit: readOnly ? null : { label: t.edit, onClick: props.onEdit },
      activate: value.status === 'draft' ? { label: t.activate, onClick: () => void run({ kind: 'status', to: 'active' }) } : null,
      archive: value.status === 'active' ? { label: t.archive, onClick: () => setConfirming(true) } : null,
      nextRound: roundDone && !readOnly ? { label: t.startNextRound, onClick: () => void run({ kind: 'nextRound' }) } : null,
      nextCycle: { label: t.startNextCycle, onClick: () => void run({ kind: 'nextCycle' }) },
    },
    busy: st.state === 'saving',
    messages: [...invalid, ...(st.state === 'failed' ? [m.shell.saving.failed] : [])],
    confirmArchive: {
      open: confirming,
      heading: t.archiveHeading,
      body: t.archiveBody,
      confirmLabel: t.archive,
      cancelLabel: m.shell.saving.cancel,
      onConfirm: () => {
        setConfirming(false);
        void run({ kind: 'status', to: 'archived' });
      },
      onCancel: () => setConfirming(false),
    },
    conflict: {
      open: st.state === 'conflict',
      theirs: st.state === 'conflict' ? st.current?.value : undefined,
      onKeepMine: () => {
        if (st.state === 'conflict' && st.current) void run(lastAction.current, st.current);
        else {
          save.reset();
          props.onReload();
        }
      },
      onTakeTheirs: () => {
        save.reset();
        props.onReload();
      },
    },
    theirsLabels: { title: t.title, status: t.status, statusOf: (s) => m.planner.cycleStatus[s], dream: t.dream },
  };
}
