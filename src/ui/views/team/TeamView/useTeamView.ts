import { useCallback, useId, useState } from 'react';
import { useDataApi } from '../../../data/DataApiContext';
import { useResource } from '../../../data/useResource';
import { useI18n } from '../../../i18n';
import type { TeamTab, TeamViewProps, TeamViewState } from './TeamView.types';

const TABS: readonly TeamTab[] = ['scan', 'assessments', 'overDeStreep'];

export function useTeamView({ className }: TeamViewProps): TeamViewState {
  const api = useDataApi();
  const { messages } = useI18n();
  const t = messages.teamScan.view;
  const id = useId();
  const load = useCallback(async () => {
    // One $batch: the active cycle, its meetings and the scan overview the first tab shows.
    const [me, opening] = await Promise.all([api.me(), api.teamScan.openActive()]);
    return { me, ...opening };
  }, [api]);
  const resource = useResource(load);
  const [selected, setSelected] = useState<TeamTab>('scan');

  const common = { className, headingId: `${id}-heading`, heading: t.heading };
  if (resource.state === 'loading') return { ...common, status: 'loading', loadingLabel: t.loading };
  if (resource.state === 'failed') return { ...common, status: 'failed', error: resource.error, onRetry: resource.reload };
  const { me, timeline, overview } = resource.data;
  if (!timeline.cycle || !overview) return { ...common, status: 'empty', emptyText: t.noCycle };
  return {
    ...common,
    status: 'ready',
    eyebrow: timeline.cycle.title,
    intro: messages.teamScan.intro,
    context: { me, cycle: timeline.cycle, meetings: timeline.meetings, overview },
    tabsLabel: t.tabsLabel,
    tabs: TABS.map((value) => ({ value, label: t.tabs[value], tabId: `${id}-tab-${value}`, panelId: `${id}-panel-${value}` })),
    selected,
    onSelect: setSelected,
  };
}
