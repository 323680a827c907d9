import { useCallback, useId, useState } from 'react';
import type { StaffRolesSnapshot, Versioned } from '../../../../data/api';
import { ConflictError, ValidationError } from '../../../../data/errors';
import { BOUWEN, bouwOfGroup, type StaffMember } from '../../../../domain/people';
import { STAFF_ROLES, type StaffRoleDraft } from '../../../../domain/staffRoles';
import { useDataApi } from '../../../data/DataApiContext';
import { useResource } from '../../../data/useResource';
import { useI18n } from '../../../i18n';
import type { RoleDraft, StaffRoleRow, StaffRolesProps, StaffRolesState } from './StaffRoles.types';

const GROUPS = [1, 2, 3, 4, 5, 6, 7, 8];

function draftOf(member: StaffMember | undefined): RoleDraft {
  if (!member || member.role === 'guest') return { role: '', bouw: '', group: '' };
  const role = member.role === 'veranderteam' ? 'leerkracht' : member.role;
  return { role, bouw: member.bouw ?? '', group: member.group !== undefined ? String(member.group) : '' };
}

const same = (a: RoleDraft, b: RoleDraft) => a.role === b.role && a.bouw === b.bouw && a.group === b.group;

interface RowStatus {
  saving?: boolean;
  saved?: boolean;
  error?: string | null;
}

export function useStaffRoles({ meUpn, className }: StaffRolesProps): StaffRolesState {
  const api = useDataApi();
  const { messages, format } = useI18n();
  const t = messages.settings.roles;
  const headingId = useId();
  const resource = useResource(useCallback(() => api.staffRoles.load(), [api]));
  const [drafts, setDrafts] = useState<Record<string, RoleDraft>>({});
  const [status, setStatus] = useState<Record<string, RowStatus>>({});
  const [confirmRemove, setConfirmRemove] = useState<Versioned<StaffMember> | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [kept, setKept] = useState<StaffRolesSnapshot | null>(null);
  if (resource.state === 'ready' && resource.data !== kept) setKept(resource.data);
  const data = resource.state === 'ready' ? resource.data : kept;

  const setRow = (upn: string, next: RowStatus) => setStatus((s) => ({ ...s, [upn]: next }));

  const errorText = useCallback(
    (error: unknown): string => {
      if (error instanceof ValidationError) {
        const fields = error.fieldErrors ?? [];
        const reason = fields.find((f) => f.params?.reason)?.params?.reason;
        if (reason === 'lastMt' || reason === 'lastIb' || reason === 'notInScanChannel') return t.errors[reason];
        if (fields.some((f) => f.field === 'bouw')) return t.errors.bouwRequired;
        if (fields.some((f) => f.field === 'group')) return t.errors.groupNotInBouw;
      }
      if (error instanceof ConflictError) return t.errors.conflict;
      return t.errors.failed;
    },
    [t],
  );

  const finish = useCallback(
    (upn: string, name: string, work: Promise<unknown>) => {
      setRow(upn, { saving: true });
      work.then(
        () => {
          setDrafts(({ [upn]: _done, ...rest }) => rest);
          setRow(upn, { saved: true });
          setAnnouncement(format(t.savedAnnounce, { name }));
          resource.reload();
        },
        (error: unknown) => {
          setRow(upn, { error: errorText(error) });
          if (error instanceof ConflictError) resource.reload();
        },
      );
    },
    [format, t, resource, errorText],
  );

  if (!data) {
    if (resource.state === 'failed') return { status: 'failed', className, error: resource.error, onRetry: resource.reload };
    return { status: 'loading', className, label: messages.settings.loading };
  }

  const staffByUpn = new Map(data.staff.map((s) => [s.value.upn.toLowerCase(), s]));
  const people = [
    ...data.members.map((m) => ({ upn: m.upn, name: m.displayName, note: m.isOwner ? t.owner : null })),
    ...data.staff
      .filter((s) => !data.members.some((m) => m.upn === s.value.upn.toLowerCase()))
      .map((s) => ({ upn: s.value.upn.toLowerCase(), name: s.value.displayName, note: t.notInTeam })),
  ];

  const onSave = (upn: string) => {
    const person = people.find((p) => p.upn === upn);
    const draft = drafts[upn];
    if (!person || !draft) return;
    const current = staffByUpn.get(upn);
    if (draft.role === '') {
      if (current) setConfirmRemove(current);
      return;
    }
    const next: StaffRoleDraft = {
      upn,
      displayName: current?.value.displayName ?? person.name,
      role: draft.role,
      ...(draft.role === 'leerkracht' && draft.bouw ? { bouw: draft.bouw } : {}),
      ...(draft.role === 'leerkracht' && draft.group ? { group: Number(draft.group) } : {}),
    };
    finish(upn, person.name, current ? api.staffRoles.change(current, next) : api.staffRoles.assign(next));
  };

  const rows: StaffRoleRow[] = people.map((person) => {
    const stored = draftOf(staffByUpn.get(person.upn)?.value);
    const draft = drafts[person.upn] ?? stored;
    const row = status[person.upn] ?? {};
    const groups = draft.bouw ? GROUPS.filter((g) => bouwOfGroup(g) === draft.bouw) : GROUPS;
    return {
      upn: person.upn,
      name: meUpn && person.upn === meUpn.toLowerCase() ? `${person.name} ${t.you}` : person.name,
      note: person.note,
      draft,
      dirty: !same(draft, stored),
      saving: Boolean(row.saving),
      saved: Boolean(row.saved) && same(draft, stored),
      error: row.error ?? null,
      groupOptions: [{ value: '', label: t.noGroup }, ...groups.map((g) => ({ value: String(g), label: format(t.groupOption, { group: g }) }))],
      saveLabel: format(t.saveLabel, { name: person.name }),
    };
  });

  return {
    status: 'ready',
    className,
    headingId,
    heading: t.heading,
    intro: t.intro,
    tableLabel: t.tableLabel,
    columns: { name: t.name, role: t.role, bouw: t.bouw, group: t.group, actions: t.actions },
    roleOptions: [{ value: '', label: t.noRole }, ...STAFF_ROLES.map((r) => ({ value: r, label: t.options[r] }))],
    bouwOptions: [{ value: '', label: t.choose }, ...BOUWEN.map((b) => ({ value: b, label: t.bouwen[b] }))],
    rows,
    saveText: t.save,
    savedText: t.saved,
    onDraft: (upn, change) => {
      setRow(upn, {});
      setDrafts((d) => {
        const base = d[upn] ?? draftOf(staffByUpn.get(upn)?.value);
        const next = { ...base, ...change };
        // A group must lie in the bouw; IB and MT have neither.
        if (next.role !== 'leerkracht') return { ...d, [upn]: { ...next, bouw: '', group: '' } };
        if (change.bouw !== undefined && next.group && bouwOfGroup(Number(next.group)) !== next.bouw) next.group = '';
        return { ...d, [upn]: next };
      });
    },
    onSave,
    removing: confirmRemove
      ? {
          heading: t.removeHeading,
          body: format(t.removeBody, { name: confirmRemove.value.displayName }),
          confirm: t.removeConfirm,
          cancel: t.removeCancel,
          onConfirm: () => {
            const target = confirmRemove;
            setConfirmRemove(null);
            finish(target.value.upn.toLowerCase(), target.value.displayName, api.staffRoles.remove(target));
          },
          onCancel: () => setConfirmRemove(null),
        }
      : null,
    announcement,
  };
}
