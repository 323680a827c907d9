import { useCallback, useMemo, useState } from 'react';
import type { IntervisieSession, Versioned } from '../../../../data/api';
import { METHOD_KEYS, type MethodKey } from '../../../../domain/intervisie/methods';
import { INTERVISIE_ROLES, type IntervisieRole, type RoleAssignment } from '../../../../domain/intervisie/roles';
import { nextRoles } from '../../../../domain/intervisie/session';
import { ConflictError } from '../../../../data/errors';
import { BOUWEN, type Bouw } from '../../../../domain/people';
import { isoToday } from '../../../../domain/schoolYear';
import { useDataApi } from '../../../data/DataApiContext';
import { useResource } from '../../../data/useResource';
import { useI18n } from '../../../i18n';
import { usePhaseTimer } from '../PhaseTimer/usePhaseTimer';
import { intervisieErrors, isAccessDenied } from '../shared/errors';
import { nameOf } from '../shared/names';
import type { SessionRunnerProps, SessionRunnerState } from './SessionRunner.types';

const DAY = 86_400_000;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

export function useSessionRunner({ group, staff, me, onChangeGroup, now = Date.now }: SessionRunnerProps): SessionRunnerState {
  const api = useDataApi();
  const i18n = useI18n();
  const { messages, format } = i18n;
  const iv = messages.intervisie;
  const ui = iv.ui;
  const today = isoToday(new Date(now()));
  const g = group.value;

  const load = useCallback(() => api.intervisie.sessions(g), [api, g]);
  const resource = useResource(load);
  const sessions = resource.state === 'ready' ? resource.data : null;
  // Today's record, when the notulist saved it already (the panel was reopened).
  const todays = sessions?.find((s) => s.value.date === today) ?? null;
  const proposed = useMemo(
    () => (sessions ? nextRoles(g, sessions.filter((s) => s.value.date !== today).map((s) => s.value)) : null),
    [g, sessions, today],
  );

  const [method, setMethod] = useState<MethodKey | null>(null);
  const [roles, setRoles] = useState<RoleAssignment | null>(null);
  const [caseSummary, setCaseSummary] = useState<string | null>(null);
  const [advice, setAdvice] = useState<string | null>(null);
  const [points, setPoints] = useState<string[] | null>(null);
  const [saved, setSaved] = useState<Versioned<IntervisieSession> | null>(null);
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const [savedText, setSavedText] = useState<string | null>(null);

  const nextDate = g.series?.dates.find((d) => d > today) ?? addDays(today, 21);
  const [promiseText, setPromiseText] = useState('');
  const [due, setDue] = useState(nextDate);
  const [bouw, setBouw] = useState<Bouw | ''>('');
  const [promiseBusy, setPromiseBusy] = useState(false);
  const [promiseErrors, setPromiseErrors] = useState<Map<string, string>>(new Map());
  const [promiseSaved, setPromiseSaved] = useState<string | null>(null);

  const current = saved ?? todays;
  const m: MethodKey = method ?? current?.value.method ?? g.method;
  const r: RoleAssignment | null = roles ?? current?.value.roles ?? proposed;
  const timer = usePhaseTimer({ storageKey: `driehoek.intervisieTimer.${g.id}.${today}`, method: m, now });

  if (resource.state === 'loading') return { status: 'loading', loadingLabel: messages.shell.app.loading };
  if (resource.state === 'failed') {
    if (isAccessDenied(resource.error)) return { status: 'denied' };
    return { status: 'failed', message: ui.errors.failed, retryLabel: messages.shell.errors.retry, onRetry: resource.reload };
  }

  const text = (value: string | null, stored: string | undefined) => value ?? stored ?? '';
  const pointList = points ?? current?.value.learningPoints ?? [];
  const shownPoints = pointList.length ? pointList : [''];

  const onSave = async () => {
    if (saving || !r) return;
    setSaving(true);
    setSavedText(null);
    setErrors(new Map());
    try {
      const session: IntervisieSession = {
        id: current?.value.id ?? `is-${g.id}-${today}`,
        groupId: g.id,
        date: current?.value.date ?? today,
        method: m,
        roles: r,
        caseSummary: text(caseSummary, current?.value.caseSummary),
        advice: text(advice, current?.value.advice),
        learningPoints: pointList,
      };
      const outcome = await api.intervisie.saveSession(group, session, current ?? undefined);
      setSaved(outcome.session);
      setSavedText(ui.panel.saved);
    } catch (error) {
      setErrors(
        error instanceof ConflictError ? new Map([['form', ui.panel.conflict]]) : intervisieErrors(error, i18n),
      );
    } finally {
      setSaving(false);
    }
  };

  const onAddPromise = async () => {
    if (promiseBusy) return;
    setPromiseBusy(true);
    setPromiseSaved(null);
    setPromiseErrors(new Map());
    try {
      await api.intervisie.addPromise({
        id: `ip-${g.id}-${today}-${Date.now().toString(36)}`,
        text: promiseText,
        dueDate: due,
        madeOn: today,
        ...(bouw ? { bouw } : {}),
      });
      setPromiseText('');
      setPromiseSaved(ui.panel.promiseSaved);
    } catch (error) {
      setPromiseErrors(intervisieErrors(error, i18n));
    } finally {
      setPromiseBusy(false);
    }
  };

  const members = g.memberUpns.map((u) => ({ value: u, label: nameOf(u, staff) }));
  const roleError = [...errors.keys()].some((k) => k.startsWith('roles.')) ? ui.roles.sameTwice : undefined;
  const setRole = (role: IntervisieRole, upn: string) => r && setRoles({ ...r, [role]: upn });

  return {
    status: 'ready',
    groupName: g.name,
    changeGroupLabel: ui.panel.changeGroup,
    onChangeGroup,
    confidential: iv.session.confidential,
    privacy: ui.panel.privacy,
    method: {
      label: ui.panel.method,
      value: m,
      options: METHOD_KEYS.map((k) => ({ value: k, label: iv.methods[k].name })),
      onChange: setMethod,
    },
    roles: {
      label: ui.panel.roles,
      hint: ui.roles.hint,
      error: roleError,
      members,
      items: INTERVISIE_ROLES.map((role) => ({
        role,
        label: iv.roles[role].name,
        task: iv.roles[role].task,
        value: r?.[role] ?? '',
        onChange: (upn: string) => setRole(role, upn),
      })),
    },
    timer: timer.state,
    capture: {
      label: ui.panel.capture,
      caseSummary: { label: iv.session.caseSummary, value: text(caseSummary, current?.value.caseSummary), error: errors.get('caseSummary'), onChange: setCaseSummary },
      advice: { label: iv.session.advice, value: text(advice, current?.value.advice), error: errors.get('advice'), onChange: setAdvice },
      points: {
        label: iv.session.learningPoints,
        items: shownPoints.map((value, i) => ({
          key: String(i),
          label: format(ui.panel.pointLabel, { n: i + 1 }),
          value,
          error: errors.get(`learningPoints.${i}`),
          onChange: (v: string) => setPoints(shownPoints.map((p, j) => (j === i ? v : p))),
          onRemove: () => setPoints(shownPoints.filter((_, j) => j !== i)),
        })),
        addLabel: ui.panel.addPoint,
        removeLabel: ui.panel.removePoint,
        onAdd: () => setPoints([...shownPoints, '']),
      },
      saveLabel: saving ? ui.panel.saving : ui.panel.save,
      saving,
      savedText,
      error: errors.get('form') ?? null,
      onSave: () => void onSave(),
    },
    promise: {
      label: iv.session.promises,
      hint: ui.panel.promiseHint,
      text: { label: ui.panel.promiseText, value: promiseText, error: promiseErrors.get('text'), onChange: setPromiseText },
      due: { label: ui.panel.promiseDue, value: due, error: promiseErrors.get('dueDate'), onChange: setDue },
      bouw: me.bouw
        ? null
        : {
            label: ui.panel.promiseBouw,
            value: bouw,
            options: BOUWEN.map((b) => ({ value: b, label: messages.planner.digest.bouw[b] })),
            error: promiseErrors.get('bouw'),
            onChange: setBouw,
          },
      addLabel: ui.panel.addPromise,
      saving: promiseBusy,
      savedText: promiseSaved,
      error: promiseErrors.get('form') ?? promiseErrors.get('cycleId') ?? null,
      onAdd: () => void onAddPromise(),
    },
  };
}
