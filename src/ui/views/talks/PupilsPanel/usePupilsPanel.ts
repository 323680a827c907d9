import { useCallback, useId, useState } from 'react';
import type { Versioned } from '../../../../data/api';
import { isCoachOrManagement } from '../../../../domain/people';
import { removalDate } from '../../../../domain/retention';
import { renderPupilExportHtml } from '../../../../domain/talks/exportHtml';
import type { Pupil } from '../../../../domain/talks/types';
import { isIsoDate } from '../../../../domain/validation';
import { useDataApi } from '../../../data/DataApiContext';
import { useI18n } from '../../../i18n';
import { downloadJson, downloadText, safeFilePart } from '../shared/download';
import type { PupilRow, PupilsPanelProps, PupilsPanelState, RetentionStep } from './PupilsPanel.types';

export function usePupilsPanel({ pupils, me, today, onChanged, onAnnounce, className }: PupilsPanelProps): PupilsPanelState {
  const api = useDataApi();
  const i18n = useI18n();
  const { messages, format, date } = i18n;
  const t = messages.talks.ui.pupils;
  const fileDate = messages.talks.ui.exportData;
  const headingId = useId();
  const canManage = Boolean(me && isCoachOrManagement(me.role));
  const [busy, setBusy] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [leaving, setLeaving] = useState<{ pupil: Versioned<Pupil>; date: string; error: string | null; saving: boolean } | null>(null);
  const [step, setStep] = useState<RetentionStep>({ kind: 'idle' });

  // A teacher sees the pupils of their own group (to hand parents their child's data); the IB and
  // MT see every pupil and look after the retention.
  const visible = canManage ? pupils : pupils.filter((p) => me?.group !== undefined && p.value.group === me.group);

  const exportAs = useCallback(
    (row: PupilRow, kind: 'json' | 'print') => {
      const pupil = row.pupil.value;
      setBusy(pupil.id);
      setExportError(null);
      api.talks.exportPupil(pupil.id).then(
        (data) => {
          const name = safeFilePart(pupil.firstName);
          if (kind === 'json') downloadJson(format(fileDate.fileName, { pupil: name, date: today }), data);
          else downloadText(format(t.printFileName, { pupil: name, date: today }), renderPupilExportHtml(data, t.print, messages.talks), 'text/html;charset=utf-8');
          setBusy(null);
          onAnnounce(format(fileDate.done, { pupil: pupil.firstName }));
        },
        () => {
          setBusy(null);
          setExportError(fileDate.failed);
        },
      );
    },
    [api, format, fileDate, t, today, messages.talks, onAnnounce],
  );

  const onConfirmLeft = useCallback(() => {
    if (!leaving) return;
    if (!isIsoDate(leaving.date)) {
      setLeaving({ ...leaving, error: t.leftOnInvalid });
      return;
    }
    setLeaving({ ...leaving, saving: true, error: null });
    api.talks.markLeft(leaving.pupil, leaving.date).then(
      (saved) => {
        setLeaving(null);
        onAnnounce(format(t.markedLeft, { pupil: saved.value.firstName }));
        onChanged();
      },
      () => setLeaving((l) => (l ? { ...l, saving: false, error: t.markLeftFailed } : l)),
    );
  }, [api, leaving, format, t, onAnnounce, onChanged]);

  const onCheck = useCallback(() => {
    setStep({ kind: 'checking' });
    api.talks.previewRetention(new Date()).then(
      (preview) => setStep(preview.pupilIds.length ? { kind: 'confirm', preview } : { kind: 'nothing' }),
      () => setStep({ kind: 'failed' }),
    );
  }, [api]);

  const onConfirmRetention = useCallback(() => {
    setStep({ kind: 'running' });
    api.talks.runRetention(new Date()).then(
      (report) => {
        const text = format(t.retentionDone, {
          pupils: report.pupilIds.length,
          talks: report.talksRemoved,
          agreements: report.agreementsRemoved,
        });
        // Said by the retention section's own status line.
        setStep({ kind: 'done', text });
        onChanged();
      },
      () => {
        setStep({ kind: 'failed' });
        onChanged();
      },
    );
  }, [api, format, t, onChanged]);

  const rows: PupilRow[] = visible.map((p) => {
    const pupil = p.value;
    return {
      id: pupil.id,
      name: pupil.firstName,
      group: format(t.groupValue, { group: pupil.group }),
      state:
        pupil.leftOn && isIsoDate(pupil.leftOn)
          ? format(t.left, { date: date(pupil.leftOn), removal: date(removalDate(pupil.leftOn)) })
          : t.atSchool,
      left: Boolean(pupil.leftOn),
      exportJsonLabel: format(t.exportJsonLabel, { pupil: pupil.firstName }),
      exportPrintLabel: format(t.exportPrintLabel, { pupil: pupil.firstName }),
      markLeftLabel: format(t.markLeftLabel, { pupil: pupil.firstName }),
      busy: busy === pupil.id,
      pupil: p,
    };
  });

  const preview = step.kind === 'confirm' ? step.preview : null;
  const confirmBody = preview
    ? [
        format(t.retentionConfirmBody, { pupils: preview.pupilIds.length, talks: preview.talksRemoved, agreements: preview.agreementsRemoved }),
        ...(preview.eventsRemoved ? [format(t.retentionEventsFuture, { count: preview.eventsRemoved })] : []),
        ...(preview.eventsKept ? [format(t.retentionEventsPast, { count: preview.eventsKept })] : []),
      ]
    : [];

  return {
    className,
    headingId,
    heading: t.heading,
    intro: canManage ? t.intro : t.introTeacher,
    empty: rows.length ? null : t.empty,
    tableLabel: t.tableLabel,
    columns: { name: t.name, group: t.group, state: t.state, actions: t.actions },
    rows,
    exportJson: t.exportJson,
    exportPrint: t.exportPrint,
    onExportJson: (row) => exportAs(row, 'json'),
    onExportPrint: (row) => exportAs(row, 'print'),
    exportError,
    canManage,
    markLeft: t.markLeft,
    onMarkLeft: (row) => setLeaving({ pupil: row.pupil, date: today, error: null, saving: false }),
    leftDialog: leaving
      ? {
          heading: format(t.markLeftHeading, { pupil: leaving.pupil.value.firstName }),
          body: t.markLeftBody,
          dateLabel: t.leftOn,
          date: leaving.date,
          error: leaving.error,
          saving: leaving.saving,
          confirm: t.markLeftConfirm,
          cancel: t.markLeftCancel,
          onDate: (value) => setLeaving((l) => (l ? { ...l, date: value, error: null } : l)),
          onConfirm: onConfirmLeft,
          onCancel: () => setLeaving(null),
        }
      : null,
    retention: {
      heading: t.retentionHeading,
      intro: t.retentionIntro,
      checkLabel: step.kind === 'checking' ? t.retentionChecking : t.retentionCheck,
      onCheck,
      step,
      message:
        step.kind === 'nothing' ? t.retentionNothing : step.kind === 'done' ? step.text : step.kind === 'failed' ? t.retentionFailed : null,
      confirmHeading: t.retentionConfirmHeading,
      confirmBody,
      confirm: t.retentionConfirm,
      keep: t.retentionKeep,
      onConfirm: onConfirmRetention,
      onKeep: () => setStep({ kind: 'idle' }),
    },
  };
}
