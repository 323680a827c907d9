import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { DashboardSnapshot, TeamScanOverview } from '../../../../data/api';
import type { DashboardAggregates } from '../../../../domain/dashboard/aggregate';
import { figureKey, type FigureRef, type PromiseFigureKey } from '../../../../domain/dashboard/figureRef';
import { type Period, periodsOf } from '../../../../domain/dashboard/periods';
import type { PromiseFigures } from '../../../../domain/dashboard/promises';
import { assessmentsOfTrends, buildReport } from '../../../../domain/dashboard/report';
import type { ReportMessages } from '../../../../domain/dashboard/reportModel';
import { BOUWEN, isCoachOrManagement } from '../../../../domain/people';
import { isoToday, schoolYearOf, type SchoolYear } from '../../../../domain/schoolYear';
import { TRACK_STATUSES } from '../../../../domain/tracking';
import { useDataApi } from '../../../data/DataApiContext';
import { useResource } from '../../../data/useResource';
import { type I18n, useI18n } from '../../../i18n';
import type {
  DashboardViewProps,
  DashboardViewState,
  FigureTile,
  OpenFigure,
  PromiseRow,
  PromisesPanel,
  TilePanel,
} from './DashboardView.types';

const ALL_TIME = 'all';

function periodKeyOf(period: Period | null): string {
  if (!period) return ALL_TIME;
  return period.kind === 'term' ? `${period.schoolYear}:${period.term}` : period.schoolYear;
}

function periodOfKey(key: string): Period | null {
  if (key === ALL_TIME) return null;
  const [schoolYear, term] = key.split(':') as [SchoolYear, string | undefined];
  return term ? { kind: 'term', schoolYear, term: Number(term) as 1 | 2 | 3 } : { kind: 'schoolYear', schoolYear };
}

interface Loaded {
  snapshot: DashboardSnapshot;
  team: TeamScanOverview | null;
}

export function useDashboardView({ className }: DashboardViewProps): DashboardViewState {
  const api = useDataApi();
  const i18n = useI18n();
  const t = i18n.messages.dashboard;
  const v = t.view;
  const headingId = `${useId()}-heading`;
  // Read once per visit: the dashboard is about today, and a re-render should not move it.
  const today = useMemo(() => isoToday(), []);

  const me = useResource(useCallback(() => api.me(), [api]));
  const lead = me.state === 'ready' && me.data !== null && isCoachOrManagement(me.data.role);

  const [cycleId, setCycleId] = useState<string | undefined>(undefined);
  const [periodKey, setPeriodKey] = useState(() => periodKeyOf({ kind: 'schoolYear', schoolYear: schoolYearOf(today) }));
  const [open, setOpen] = useState<OpenFigure | null>(null);

  const last = useRef<Loaded | null>(null);
  const load = useCallback(async (): Promise<Loaded | null> => {
    if (!lead) return null;
    // Without a chosen cycle the team overview comes in the dashboard's own $batch; once a cycle
    // is chosen, the loads keep the overview they have (it does not depend on the cycle).
    const snapshot = await api.dashboard.load({
      ...(cycleId ? { cycleId } : { withTeam: true }),
      period: periodOfKey(periodKey),
      today,
    });
    return { snapshot, team: snapshot.team !== undefined ? snapshot.team : (last.current?.team ?? null) };
  }, [api, lead, cycleId, periodKey, today]);
  const data = useResource(load);
  // While another cycle or period loads, the figures of the previous one stay in view.
  if (data.state === 'ready' && data.data) last.current = data.data;
  const shown = data.state === 'ready' ? data.data : last.current;

  const messages = useMemo<ReportMessages>(
    () => ({ ...i18n.messages.dashboard, teamScan: i18n.messages.teamScan, steps: i18n.messages.steps }),
    [i18n],
  );
  const aggregates = shown?.snapshot.aggregates ?? null;
  const report = useMemo(() => {
    if (!aggregates) return null;
    const team = shown?.team ?? null;
    return buildReport(
      aggregates,
      team?.scans ?? [],
      team ? assessmentsOfTrends([team.maturity, team.schoolType]) : [],
      messages,
      (d) => i18n.date(d),
    );
  }, [aggregates, shown, messages, i18n]);

  const onOpen = useCallback((figure: OpenFigure) => setOpen(figure), []);
  const onClose = useCallback(() => setOpen(null), []);
  const onPrint = useCallback(() => window.print(), []);

  const common = { className, headingId, heading: t.title };
  if (me.state === 'loading' || (lead && !shown && data.state === 'loading')) {
    return { ...common, status: 'loading', loadingLabel: v.loading };
  }
  const failed = me.state === 'failed' ? me : data.state === 'failed' && !shown ? data : null;
  if (failed) return { ...common, status: 'failed', message: v.failed, retryLabel: v.retry, onRetry: failed.reload };
  if (!lead) return { ...common, status: 'notForYou', title: v.forTeachers.title, text: v.forTeachers.text };
  if (!shown || !aggregates || !report) return { ...common, status: 'empty', text: v.noCycle };

  const cycle = shown.snapshot.cycles.find((c) => c.id === aggregates.cycleId);
  const years = [...new Set([cycle?.schoolYear ?? schoolYearOf(today), schoolYearOf(today)])].sort().reverse();
  const section = (id: string) => report.sections.find((s) => s.id === id);

  return {
    ...common,
    status: 'ready',
    eyebrow: i18n.format(v.eyebrow, { cycle: aggregates.cycleTitle }),
    intro: t.intro,
    cycleLabel: v.cycle,
    cycles: shown.snapshot.cycles.map((c) => ({ value: c.id, label: `${c.title} (${c.schoolYear})` })),
    cycleId: aggregates.cycleId,
    onCycle: setCycleId,
    periodLabel: t.period.label,
    periods: [
      { value: ALL_TIME, label: t.period.allTime },
      ...years.flatMap((year) =>
        periodsOf(year).map((p) => ({
          value: periodKeyOf(p),
          label:
            p.kind === 'schoolYear'
              ? i18n.format(t.period.schoolYear, { year })
              : `${i18n.format(t.period.term, { term: p.term })} ${year} (${t.period.terms[`t${p.term}`]})`,
        })),
      ),
    ],
    periodKey,
    onPeriod: (key: string) => {
      // The cycle shown is kept by its id, so the next load is one round trip.
      setCycleId(aggregates.cycleId);
      setPeriodKey(key);
    },
    refreshing: data.state === 'loading',
    printLabel: t.links.print,
    printHint: v.printHint,
    onPrint,
    progressTitle: t.progress.title,
    progressBlocks: section('progress')?.blocks ?? [],
    panels: tilePanels(aggregates, i18n),
    promises: promisesPanel(aggregates, i18n),
    teamTitle: v.team,
    teamSections: ['teamScan', 'selfAssessment'].flatMap((id) => {
      const s = section(id);
      return s ? [{ id: s.id, title: s.title, blocks: s.blocks }] : [];
    }),
    onOpen,
    open,
    onClose,
    selection: { cycleId: aggregates.cycleId, period: aggregates.period, today },
    report,
  };
}

function tile(
  i18n: I18n,
  panelTitle: string,
  label: string,
  figure: FigureRef,
  count: number,
  attention = false,
): FigureTile {
  return {
    key: figureKey(figure),
    label,
    count,
    countLabel: i18n.number(count),
    figure,
    itemsLabel: `${panelTitle}: ${label.toLocaleLowerCase(i18n.locale)}`,
    ...(attention && count > 0 ? { attention: true } : {}),
  };
}

function tilePanels(a: DashboardAggregates, i18n: I18n): TilePanel[] {
  const t = i18n.messages.dashboard;
  const m = t.meetings;
  const p = t.parents;
  const meetings: TilePanel = {
    id: 'meetings',
    title: m.title,
    tiles: (['planned', 'held', 'cancelled', 'notRecorded'] as const).map((figure) =>
      tile(i18n, m.title, m[figure], { panel: 'meetings', figure }, a.meetings[figure].count, figure === 'notRecorded'),
    ),
  };
  const parents: TilePanel = {
    id: 'parents',
    title: p.title,
    tiles: [
      tile(i18n, p.title, p.talksHeld, { panel: 'talks', figure: 'held' }, a.talks.held.count),
      tile(i18n, p.title, p.withFollowUp, { panel: 'talks', figure: 'withFollowUp' }, a.talks.withFollowUp.count),
      tile(i18n, p.title, p.withoutFollowUp, { panel: 'talks', figure: 'withoutFollowUp' }, a.talks.withoutFollowUp.count, true),
      tile(i18n, p.title, p.agreementsMade, { panel: 'agreements', figure: 'made' }, a.agreements.made.count),
      tile(i18n, p.title, p.agreementsOverdue, { panel: 'agreements', figure: 'overdue' }, a.agreements.overdue.count, true),
    ],
  };
  const iv = t.intervisie;
  const intervisie: TilePanel = {
    id: 'intervisie',
    title: iv.title,
    tiles: a.intervisie.map((g) =>
      tile(i18n, iv.title, g.groupName, { panel: 'intervisie', groupId: g.groupId }, g.held.count),
    ),
    ...(a.intervisie.length ? {} : { emptyText: iv.none }),
  };
  return [meetings, parents, intervisie];
}

function promisesPanel(a: DashboardAggregates, i18n: I18n): PromisesPanel {
  const t = i18n.messages.dashboard;
  const keys: PromiseFigureKey[] = ['made', ...TRACK_STATUSES, 'overdue', 'supportOpen'];
  const headerOf = (key: PromiseFigureKey): string =>
    key === 'made' ? t.promises.made : key === 'overdue' ? t.promises.overdue : key === 'supportOpen' ? t.promises.supportOpen : t.statuses[key];
  const countOf = (f: PromiseFigures, key: PromiseFigureKey): number =>
    key === 'made' || key === 'overdue' || key === 'supportOpen' ? f[key].count : f.byStatus[key].count;
  const row = (bouw: (typeof BOUWEN)[number] | null): PromiseRow => {
    const figures = bouw ? a.promises.byBouw[bouw] : a.promises.total;
    const label = bouw ? t.bouwen[bouw] : t.promises.total;
    return {
      key: bouw ?? 'total',
      label,
      cells: keys.map((key) =>
        tile(
          i18n,
          `${t.promises.title} – ${label}`,
          headerOf(key),
          { panel: 'promises', bouw, figure: key },
          countOf(figures, key),
          key === 'overdue' || key === 'supportOpen',
        ),
      ),
    };
  };
  return {
    title: t.promises.title,
    hint: t.promises.madeHint,
    tableCaption: t.promises.title,
    columns: keys.map(headerOf),
    rows: [...BOUWEN.map(row), row(null)],
    chart: {
      heading: t.view.promisesChart,
      label: t.view.promisesChartLabel,
      bars: BOUWEN.map((bouw) => {
        const f = a.promises.byBouw[bouw];
        const total = TRACK_STATUSES.reduce((sum, s) => sum + f.byStatus[s].count, 0);
        return {
          key: bouw,
          label: i18n.format(t.view.promisesChartBar, { bouw: t.bouwen[bouw], made: i18n.number(f.made.count) }),
          total,
          segments: TRACK_STATUSES.map((s) => ({
            key: s,
            share: total ? f.byStatus[s].count / total : 0,
            count: f.byStatus[s].count,
            label: `${t.statuses[s]}: ${i18n.number(f.byStatus[s].count)}`,
            tone: s,
          })),
        };
      }),
      legend: TRACK_STATUSES.map((s) => ({ key: s, label: t.statuses[s], tone: s })),
    },
  };
}
