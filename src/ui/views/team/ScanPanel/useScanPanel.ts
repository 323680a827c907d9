import { useCallback, useState } from 'react';
import { STEP_KEYS } from '../../../../domain/steps';
import type { Distribution } from '../../../../domain/teamScan/scan';
import type { Transition } from '../../../../domain/teamScan/leadership';
import { CLIENT_RELATIONSHIPS, CONCERN_STAGES, type ConcernStage, stageKeyOf } from '../../../../domain/teamScan/stages';
import { useDataApi } from '../../../data/DataApiContext';
import { useResource } from '../../../data/useResource';
import { useI18n, type I18n } from '../../../i18n';
import type { NamesState, ScanPanelProps, ScanPanelState } from './ScanPanel.types';

type T = I18n['messages']['teamScan'];

export function stageLabel(t: T, stage: ConcernStage): string {
  return `${stage} · ${t.stages[stageKeyOf(stage)].label}`;
}

export function transitionText<K extends string>(
  i18n: I18n,
  transition: Transition<K>,
  labelOf: (key: K) => string,
): string {
  const current = labelOf(transition.current);
  return transition.toward
    ? i18n.format(i18n.messages.teamScan.approach.toward, { current, toward: labelOf(transition.toward) })
    : current;
}

function stageSummary(t: T, d: Distribution, i18n: I18n): string {
  return CONCERN_STAGES.filter((s) => d.byStage[s] > 0)
    .map((s) => `${t.stages[stageKeyOf(s)].label} ${i18n.number(d.byStage[s])}`)
    .join(' · ');
}

export function useScanPanel({ context }: ScanPanelProps): ScanPanelState {
  const api = useDataApi();
  const i18n = useI18n();
  const t = i18n.messages.teamScan;
  const isIb = context.me?.role === 'ib';
  const cycleId = context.cycle.id;
  // The overview came with the cycle (TeamView); it is read again only after a new scan.
  const [readings, setReadings] = useState(0);
  const load = useCallback(
    () => (readings === 0 ? Promise.resolve(context.overview) : api.teamScan.overview({ cycleId })),
    [api, cycleId, context.overview, readings],
  );
  const resource = useResource(load);
  const [formOpen, setFormOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // Only the IB asks for the entries (the server would refuse anyone else), and only on request.
  const [names, setNames] = useState<NamesState>({ state: 'hidden' });
  const readNames = useCallback(() => {
    setNames({ state: 'loading' });
    api.teamScan.scans({ cycleId }).then(
      (scans) => setNames({ state: 'shown', scans }),
      (error: unknown) => setNames({ state: 'failed', error }),
    );
  }, [api, cycleId]);

  if (resource.state === 'loading') return { status: 'loading', loadingLabel: t.view.loading };
  if (resource.state === 'failed') return { status: 'failed', error: resource.error, onRetry: resource.reload };
  const overview = resource.data;
  const scans = names.state === 'shown' ? names.scans : null;
  const latest = overview.latest;
  const total = latest?.total ?? null;
  const approach = overview.approach;
  const steps = i18n.messages.steps;
  const latestEntries = scans?.[0]?.value ?? null;

  return {
    status: 'ready',
    isIb,
    onlyIbNote: t.scan.onlyIb,
    empty: latest ? null : t.scan.empty,
    latestHeading: latest
      ? i18n.format(t.distribution.latest, { date: i18n.date(latest.takenAt), count: i18n.number(total?.people ?? 0) })
      : null,
    stageRows: total ? CONCERN_STAGES.map((s) => ({ key: String(s), label: stageLabel(t, s), count: total.byStage[s] })) : null,
    clientRows: total ? CLIENT_RELATIONSHIPS.map((c) => ({ key: c, label: t.clients[c].label, count: total.byClient[c] })) : null,
    byStageTitle: t.distribution.byStage,
    byClientTitle: t.distribution.byClient,
    hiddenText: t.scan.hidden,
    perGroupTitle: t.distribution.perGroup,
    groupHeader: t.scan.group,
    peopleHeader: t.distribution.count,
    stagesHeader: t.scan.stage,
    groups: (latest?.groups ?? []).map((g) => ({
      group: g.group,
      withheld: !g.distribution,
      people: g.distribution ? i18n.format(t.scan.people, { count: i18n.number(g.distribution.people) }) : t.scan.hidden,
      stages: g.distribution ? stageSummary(t, g.distribution, i18n) : '',
    })),
    hiddenHelp: t.scan.hiddenHelp,
    approach: {
      title: t.approach.title,
      basedOn: approach
        ? i18n.format(t.approach.basedOn, { share: `${i18n.number(Math.round(approach.share * 100))}%`, stage: stageLabel(t, approach.stage) })
        : t.approach.none,
      leadershipLabel: t.approach.leadership,
      leadership: approach ? transitionText(i18n, approach.leadership, (k) => t.leadership[k].label) : '',
      stepsLabel: t.approach.steps,
      steps: approach ? approach.steps.map((n) => `${n}. ${steps[STEP_KEYS[n - 1]!].title}`) : [],
      alsoAttendTo:
        approach && approach.alsoAttendTo.length
          ? i18n.format(t.approach.alsoAttendTo, { stages: approach.alsoAttendTo.map((s) => stageLabel(t, s)).join(', ') })
          : null,
    },
    movement: {
      title: t.movement.title,
      none: overview.movements.length ? null : overview.scans.length > 1 ? t.movement.tooSmall : t.movement.none,
      rows: [...overview.movements].reverse().map((m) => ({
        key: `${m.from}-${m.to}`,
        between: i18n.format(t.movement.between, { from: i18n.date(m.from), to: i18n.date(m.to) }),
        dominant: `${stageLabel(t, m.dominant.before)} → ${stageLabel(t, m.dominant.after)}`,
        changes: CONCERN_STAGES.filter((s) => m.byStage[s] !== 0).map(
          (s) => `${m.byStage[s] > 0 ? '+' : '−'}${i18n.number(Math.abs(m.byStage[s]))} ${t.stages[stageKeyOf(s)].label}`,
        ),
      })),
    },
    ib: isIb
      ? {
          newLabel: t.ib.newScan,
          onNew: () => {
            setNotice(null);
            setFormOpen(true);
            // The form starts each colleague where the previous scan had them.
            if (names.state === 'hidden') readNames();
          },
          // After the names, so the previous scan is there when the form fills its rows.
          form: formOpen && names.state !== 'hidden' && names.state !== 'loading'
            ? {
                cycleId,
                me: context.me,
                previous: latestEntries,
                onSaved: () => {
                  setFormOpen(false);
                  setNotice(t.ib.saved);
                  setReadings((n) => n + 1);
                  readNames();
                },
                onCancel: () => setFormOpen(false),
              }
            : null,
          notice,
          entriesHeading: t.ib.entriesHeading,
          names: {
            shown: names.state === 'shown',
            loading: names.state === 'loading',
            toggleLabel: names.state === 'shown' ? t.ib.hideNames : t.ib.showNames,
            onToggle: () => (names.state === 'shown' ? setNames({ state: 'hidden' }) : readNames()),
            hiddenNote: t.ib.namesHidden,
            loadingLabel: t.view.loading,
          },
          entriesOf: latestEntries ? i18n.format(t.ib.entriesOf, { date: i18n.date(latestEntries.takenAt) }) : null,
          entries: (latestEntries?.entries ?? []).map((e, i) => ({
            key: `${i}`,
            who: e.kind === 'person' ? e.displayName : `${e.group} (${i18n.format(t.scan.people, { count: e.size })})`,
            group: e.group,
            stage: stageLabel(t, e.stage),
            client: t.clients[e.client].label,
          })),
          problem: names.state === 'failed' ? t.ib.noPrivateSpace : null,
          headers: { who: t.scan.person, group: t.scan.group, stage: t.scan.stage, client: t.scan.client },
        }
      : null,
  };
}
