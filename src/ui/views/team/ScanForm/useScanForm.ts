import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { StaffMember } from '../../../../domain/people';
import { isoToday } from '../../../../domain/schoolYear';
import { type ScanEntry, validateScan } from '../../../../domain/teamScan/scan';
import { CLIENT_RELATIONSHIPS, CONCERN_STAGES, stageKeyOf } from '../../../../domain/teamScan/stages';
import { useDataApi } from '../../../data/DataApiContext';
import { useResource } from '../../../data/useResource';
import { useSave } from '../../../forms/useSave';
import { useI18n } from '../../../i18n';
import { newId } from '../../promises/shared/ids';
import type { ScanFormProps, ScanFormState, ScanRow } from './ScanForm.types';

/** A person's row: where they were at the previous scan, else their bouw (or the whole team) at stage 1. */
function personRow(s: StaffMember, fallbackGroup: string, previous: ScanEntry | undefined): ScanRow {
  return {
    key: s.upn,
    kind: 'person',
    include: true,
    upn: s.upn,
    displayName: s.displayName,
    group: previous?.group ?? s.bouw ?? fallbackGroup,
    size: 1,
    stage: previous?.stage ?? 1,
    client: previous?.client ?? 'visitor',
  };
}

export function useScanForm({ cycleId, me, previous, onSaved, onCancel }: ScanFormProps): ScanFormState {
  const api = useDataApi();
  const i18n = useI18n();
  const t = i18n.messages.teamScan;
  const id = useId();
  const save = useSave<unknown>();
  // Made once per form, so a save retried after a lost answer stays one scan.
  const scanId = useRef(newId()).current;
  const load = useCallback(() => api.staff(), [api]);
  const staff = useResource(load);
  const [takenAt, setTakenAt] = useState(() => isoToday());
  const [rows, setRows] = useState<ScanRow[]>([]);
  const fallbackGroup = t.scan.wholeTeam;

  const loaded = staff.state === 'ready' ? staff.data : null;
  useEffect(() => {
    if (!loaded) return;
    const before = new Map(
      (previous?.entries ?? []).flatMap((e) => (e.kind === 'person' ? [[e.upn.toLowerCase(), e] as const] : [])),
    );
    // The IB scores her colleagues, not herself.
    setRows(
      loaded
        .filter((s) => s.role !== 'guest' && s.upn !== me?.upn)
        .sort((a, b) => a.displayName.localeCompare(b.displayName))
        .map((s) => personRow(s, fallbackGroup, before.get(s.upn.toLowerCase()))),
    );
  }, [loaded, me?.upn, fallbackGroup, previous]);

  const included = rows.filter((r) => r.include);
  const entries = included.map(
    (r): ScanEntry =>
      r.kind === 'person'
        ? { kind: 'person', upn: r.upn, displayName: r.displayName, group: r.group, stage: r.stage, client: r.client }
        : { kind: 'subgroup', group: r.group, size: r.size, stage: r.stage, client: r.client },
  );
  const errors = save.status.state === 'invalid' ? save.status.errors : new Map<string, string>();
  const errorOf = (key: string, field: string) => {
    const index = included.findIndex((r) => r.key === key);
    return index < 0 ? undefined : errors.get(`entries.${index}.${field}`);
  };

  return {
    status: staff.state,
    error: staff.state === 'failed' ? staff.error : null,
    onRetry: staff.reload,
    headingId: `${id}-heading`,
    heading: t.ib.formHeading,
    takenAt: { label: t.scan.takenAt, value: takenAt, error: errors.get('takenAt'), onChange: setTakenAt },
    rows: rows.map((r) => ({
      ...r,
      errors: { group: errorOf(r.key, 'group'), size: errorOf(r.key, 'size'), stage: errorOf(r.key, 'stage') },
    })),
    onRow: (key, change) => setRows((all) => all.map((r) => (r.key === key ? { ...r, ...change } : r))),
    onRemove: (key) => setRows((all) => all.filter((r) => r.key !== key)),
    onAddSubgroup: () =>
      setRows((all) => [
        ...all,
        { key: newId(), kind: 'subgroup', include: true, upn: '', displayName: '', group: '', size: 3, stage: 1, client: 'visitor' },
      ]),
    formError: errors.get('entries'),
    saving: save.status.state === 'saving',
    failure: save.status.state === 'failed' ? save.status.error : null,
    onSave: () => {
      const draft = { cycleId, takenAt, entries };
      if (!save.check(validateScan(draft))) return;
      void save.run(() => api.teamScan.recordScan({ ...draft, id: scanId })).then((saved) => {
        if (saved) onSaved();
      });
    },
    onCancel,
    stageOptions: CONCERN_STAGES.map((s) => ({ value: String(s), label: `${s} · ${t.stages[stageKeyOf(s)].label}` })),
    clientOptions: CLIENT_RELATIONSHIPS.map((c) => ({ value: c, label: t.clients[c].label })),
    labels: {
      include: t.ib.include,
      person: t.scan.person,
      group: t.scan.group,
      subgroupName: t.ib.subgroupName,
      size: t.scan.size,
      stage: t.scan.stage,
      client: t.scan.client,
      addSubgroup: t.ib.addSubgroup,
      removeRow: t.ib.removeRow,
      save: t.ib.save,
      saving: t.ib.saving,
      cancel: t.ib.cancel,
      groupHint: t.scan.groupHint,
      loading: t.view.loading,
    },
  };
}
