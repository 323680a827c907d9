import { useCallback, useState } from 'react';
import { useHostContext } from '../../../app/HostContext';
import { useI18n } from '../../../i18n';
import { readSession, writeSession } from '../../talks/shared/storage';
import { isAccessDenied } from '../shared/errors';
import { isIn } from '../shared/names';
import { useIntervisieOverview } from '../shared/useOverview';
import type { IntervisiePanelProps, IntervisiePanelState } from './IntervisiePanel.types';

const groupKey = (meetingId: string | undefined) => `driehoek.meetingIntervisieGroup.${meetingId ?? 'local'}`;

export function useIntervisiePanel({ now }: IntervisiePanelProps): IntervisiePanelState {
  const { messages } = useI18n();
  const ui = messages.intervisie.ui;
  const { meetingId } = useHostContext();
  const key = groupKey(meetingId);
  const [picked, setPicked] = useState<string | null>(() => readSession(key));
  const resource = useIntervisieOverview();
  const pick = useCallback(
    (id: string | null) => {
      writeSession(key, id);
      setPicked(id);
    },
    [key],
  );

  if (resource.state === 'loading') return { status: 'loading', loadingLabel: messages.shell.app.loading };
  if (resource.state === 'failed') {
    if (isAccessDenied(resource.error)) return { status: 'denied' };
    return { status: 'failed', message: ui.errors.failed, retryLabel: messages.shell.errors.retry, onRetry: resource.reload };
  }
  const { me, groups, staff } = resource.data;
  if (!me || me.role === 'guest') return { status: 'denied' };
  // Only the groups I am in: the others' sessions are not mine to run (their site refuses me).
  const mine = groups.filter((g) => isIn(me.upn, g.value.memberUpns) && g.value.space);
  const group = mine.find((g) => g.value.id === picked) ?? (mine.length === 1 ? mine[0] : undefined);
  if (group) return { status: 'session', group, staff, me, now, onChangeGroup: () => pick(null) };
  return {
    status: 'choose',
    title: ui.panel.chooseGroup,
    empty: mine.length ? null : ui.panel.noGroups,
    groups: mine.map((g) => ({ id: g.value.id, name: g.value.name, onPick: () => pick(g.value.id) })),
  };
}
