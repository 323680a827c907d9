import { stepsOfRound } from '../guidedPath';
import { type Bouw, BOUWEN } from '../people';
import { stepKey, type StepKey, type StepNumber } from '../steps';
import { fillTemplate } from '../text';
import { TRACK_STATUSES, type TrackStatus } from '../tracking';
import type { LeadershipStyle, Transition } from '../teamScan/leadership';
import type { MaturityLevel } from '../teamScan/maturity';
import { distribution, movement, type Scan, suggestApproach } from '../teamScan/scan';
import type { SchoolType } from '../teamScan/schoolTypes';
import { ASSESSMENT_KINDS, type AssessmentKind, type SelfAssessment, trend } from '../teamScan/selfAssessment';
import { CONCERN_STAGES, type StageKey, stageKeyOf } from '../teamScan/stages';
import { summarizeScan } from '../teamScan/visibility';
import type { DashboardAggregates } from './aggregate';
import { inRange } from './periods';

/**
 * The printable report for the MR and the school board: an outline of plain data (sections
 * with figures, tables and charts) that the UI lays out for print. It holds counts and team
 * totals only: no names, no individual team-scan entries, no ids.
 */
export interface Report {
  title: string;
  period: string;
  generatedOn: string;
  sections: ReportSection[];
}

export type ReportSectionId = keyof ReportTexts['sections'];

export interface ReportSection {
  id: ReportSectionId;
  title: string;
  blocks: ReportBlock[];
}

export type ReportCell = string | number;

export interface ReportTable {
  caption: string;
  columns: string[];
  rows: ReportCell[][];
}

/** A chart always comes with its table, which is both the accessible alternative and the print fallback. */
export type ReportBlock =
  | { kind: 'figures'; items: { label: string; value: ReportCell }[] }
  | ({ kind: 'table' } & ReportTable)
  | { kind: 'lineChart'; yMin: number; yMax: number; points: { x: string; y: number }[]; table: ReportTable }
  | { kind: 'text'; text: string };

/** The report's own texts: `report` in the dashboard catalogs has exactly this shape. */
export interface ReportTexts {
  /** {cycle} */
  title: string;
  allTime: string;
  /** {from} {to} */
  range: string;
  /** {date} */
  generatedOn: string;
  sections: {
    progress: string;
    meetings: string;
    promises: string;
    parents: string;
    intervisie: string;
    teamScan: string;
    selfAssessment: string;
  };
  progress: {
    currentStep: string;
    /** {round} */
    roundComplete: string;
    /** {number} {title} */
    step: string;
    stepsDone: string;
    /** {done} {total} */
    stepsDoneValue: string;
    latestScore: string;
    scoreChart: string;
    date: string;
    score: string;
    noScores: string;
  };
  meetings: { planned: string; held: string; cancelled: string; notRecorded: string };
  promises: { caption: string; bouw: string; made: string; overdue: string; supportOpen: string; total: string };
  parents: { talksHeld: string; withFollowUp: string; agreementsMade: string; agreementsOverdue: string };
  intervisie: { caption: string; group: string; held: string; none: string };
  teamScan: {
    /** {date} */
    caption: string;
    stage: string;
    people: string;
    /** {date} */
    change: string;
    leadership: string;
    steps: string;
    /** {current} {toward} */
    toward: string;
    none: string;
    tooSmall: string;
  };
  selfAssessment: {
    kinds: Record<AssessmentKind, string>;
    current: string;
    overall: string;
    date: string;
    value: string;
    rationale: string;
    none: string;
  };
}

interface Labelled {
  label: string;
}

/** Everything the report says, gathered by the UI from the dashboard, team-scan and planner catalogs. */
export interface ReportMessages {
  report: ReportTexts;
  bouwen: Record<Bouw, string>;
  statuses: Record<TrackStatus, string>;
  /** Step titles (the planner catalog). */
  steps: Record<StepKey, string>;
  teamScan: {
    stages: Record<StageKey, Labelled>;
    leadership: Record<LeadershipStyle, Labelled>;
    maturity: Record<MaturityLevel, Labelled>;
    schoolTypes: Record<SchoolType, Labelled>;
  };
}

type FormatDate = (isoDate: string) => string;
const asIs: FormatDate = (d) => d;

/**
 * Builds the report for the dashboard's cycle and period. Scans and self-assessments are
 * taken from the same period; of the scans only the team totals are used, and only when the
 * scan covers enough people to show them.
 */
export function buildReport(
  aggregates: DashboardAggregates,
  scans: readonly Scan[],
  assessments: readonly SelfAssessment[],
  messages: ReportMessages,
  formatDate: FormatDate = asIs,
): Report {
  const t = messages.report;
  const { range } = aggregates;
  const sections: [ReportSectionId, ReportBlock[]][] = [
    ['progress', progressBlocks(aggregates, messages, formatDate)],
    ['meetings', meetingBlocks(aggregates, t)],
    ['promises', promiseBlocks(aggregates, messages)],
    ['parents', parentBlocks(aggregates, t)],
    ['intervisie', intervisieBlocks(aggregates, t)],
    [
      'teamScan',
      teamScanBlocks(
        scans.filter((s) => s.cycleId === aggregates.cycleId && inRange(s.takenAt, range)),
        messages,
        formatDate,
      ),
    ],
    [
      'selfAssessment',
      assessmentBlocks(
        assessments.filter((a) => inRange(a.at, range)),
        messages,
        formatDate,
      ),
    ],
  ];
  return {
    title: fillTemplate(t.title, { cycle: aggregates.cycleTitle }),
    period: range ? fillTemplate(t.range, { from: formatDate(range.from), to: formatDate(range.to) }) : t.allTime,
    generatedOn: fillTemplate(t.generatedOn, { date: formatDate(aggregates.today) }),
    sections: sections.map(([id, blocks]) => ({ id, title: t.sections[id], blocks })),
  };
}

function stepLabel(step: StepNumber, m: ReportMessages): string {
  return fillTemplate(m.report.progress.step, { number: step, title: m.steps[stepKey(step)] });
}

function progressBlocks(a: DashboardAggregates, m: ReportMessages, formatDate: FormatDate): ReportBlock[] {
  const t = m.report.progress;
  const { round, current, steps } = a.progress;
  const done = steps.filter((s) => s.state === 'done').length;
  const latest = a.scoreTrend.at(-1);
  const blocks: ReportBlock[] = [
    {
      kind: 'figures',
      items: [
        {
          label: t.currentStep,
          value: current === null ? fillTemplate(t.roundComplete, { round }) : stepLabel(current, m),
        },
        { label: t.stepsDone, value: fillTemplate(t.stepsDoneValue, { done, total: stepsOfRound(round).length }) },
        { label: t.latestScore, value: latest ? latest.score : '–' },
      ],
    },
  ];
  if (!a.scoreTrend.length) return [...blocks, { kind: 'text', text: t.noScores }];
  const points = a.scoreTrend.map((p) => ({ x: formatDate(p.date), y: p.score }));
  blocks.push({
    kind: 'lineChart',
    yMin: 0,
    yMax: 10,
    points,
    table: { caption: t.scoreChart, columns: [t.date, t.score], rows: points.map((p) => [p.x, p.y]) },
  });
  return blocks;
}

function meetingBlocks(a: DashboardAggregates, t: ReportTexts): ReportBlock[] {
  const f = a.meetings;
  return [
    {
      kind: 'figures',
      items: [
        { label: t.meetings.planned, value: f.planned.count },
        { label: t.meetings.held, value: f.held.count },
        { label: t.meetings.cancelled, value: f.cancelled.count },
        { label: t.meetings.notRecorded, value: f.notRecorded.count },
      ],
    },
  ];
}

function promiseBlocks(a: DashboardAggregates, m: ReportMessages): ReportBlock[] {
  const t = m.report.promises;
  const { byBouw, total } = a.promises;
  const row = (label: string, f: typeof total): ReportCell[] => [
    label,
    f.made.count,
    ...TRACK_STATUSES.map((s) => f.byStatus[s].count),
    f.overdue.count,
    f.supportOpen.count,
  ];
  return [
    {
      kind: 'table',
      caption: t.caption,
      columns: [t.bouw, t.made, ...TRACK_STATUSES.map((s) => m.statuses[s]), t.overdue, t.supportOpen],
      rows: [...BOUWEN.map((b) => row(m.bouwen[b], byBouw[b])), row(t.total, total)],
    },
  ];
}

function parentBlocks(a: DashboardAggregates, t: ReportTexts): ReportBlock[] {
  return [
    {
      kind: 'figures',
      items: [
        { label: t.parents.talksHeld, value: a.talks.held.count },
        { label: t.parents.withFollowUp, value: a.talks.withFollowUp.count },
        { label: t.parents.agreementsMade, value: a.agreements.made.count },
        { label: t.parents.agreementsOverdue, value: a.agreements.overdue.count },
      ],
    },
  ];
}

function intervisieBlocks(a: DashboardAggregates, t: ReportTexts): ReportBlock[] {
  if (!a.intervisie.length) return [{ kind: 'text', text: t.intervisie.none }];
  return [
    {
      kind: 'table',
      caption: t.intervisie.caption,
      columns: [t.intervisie.group, t.intervisie.held],
      rows: a.intervisie.map((g) => [g.groupName, g.held.count]),
    },
  ];
}

function teamScanBlocks(scans: readonly Scan[], m: ReportMessages, formatDate: FormatDate): ReportBlock[] {
  const t = m.report.teamScan;
  const sorted = [...scans].sort((a, b) => a.takenAt.localeCompare(b.takenAt));
  const latest = sorted.at(-1);
  if (!latest) return [{ kind: 'text', text: t.none }];
  // The report goes outside the team: it uses the same summary every non-IB viewer gets.
  const total = summarizeScan(latest).total;
  if (!total) return [{ kind: 'text', text: t.tooSmall }];
  const previous = sorted.at(-2);
  const move = previous ? movement(previous, latest) : null;
  const columns = [t.stage, t.people];
  if (move) columns.push(fillTemplate(t.change, { date: formatDate(move.from) }));
  const rows = CONCERN_STAGES.map((s) => {
    const row: ReportCell[] = [`${s}. ${m.teamScan.stages[stageKeyOf(s)].label}`, total.byStage[s]];
    if (move) row.push(signed(move.byStage[s]));
    return row;
  });
  const blocks: ReportBlock[] = [
    { kind: 'table', caption: fillTemplate(t.caption, { date: formatDate(latest.takenAt) }), columns, rows },
  ];
  const approach = suggestApproach(distribution(latest));
  if (approach) {
    blocks.push({
      kind: 'figures',
      items: [
        { label: t.leadership, value: transitionLabel(approach.leadership, m.teamScan.leadership, t.toward) },
        { label: t.steps, value: approach.steps.map((s) => stepLabel(s, m)).join('; ') },
      ],
    });
  }
  return blocks;
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

function transitionLabel<T extends string>(
  transition: Transition<T>,
  labels: Record<T, Labelled>,
  template: string,
): string {
  const current = labels[transition.current].label;
  return transition.toward ? fillTemplate(template, { current, toward: labels[transition.toward].label }) : current;
}

function assessmentBlocks(
  assessments: readonly SelfAssessment[],
  m: ReportMessages,
  formatDate: FormatDate,
): ReportBlock[] {
  const t = m.report.selfAssessment;
  const label = (kind: AssessmentKind, value: string): string =>
    kind === 'maturity'
      ? m.teamScan.maturity[value as MaturityLevel].label
      : m.teamScan.schoolTypes[value as SchoolType].label;
  return ASSESSMENT_KINDS.flatMap((kind): ReportBlock[] => {
    const { points, current, overall } = trend(assessments, kind);
    if (current === null) return [{ kind: 'text', text: `${t.kinds[kind]}: ${t.none}` }];
    return [
      {
        kind: 'figures',
        items: [
          { label: `${t.kinds[kind]} – ${t.current}`, value: label(kind, current) },
          { label: t.overall, value: signed(overall) },
        ],
      },
      {
        kind: 'table',
        caption: t.kinds[kind],
        columns: [t.date, t.value, t.rationale],
        rows: points.map((p) => [formatDate(p.at), label(kind, p.value), p.rationale]),
      },
    ];
  });
}
