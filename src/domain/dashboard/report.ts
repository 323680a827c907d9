import { stepsOfRound } from '../guidedPath';
import { BOUWEN } from '../people';
import { stepKey, type StepNumber } from '../steps';
import type { Transition } from '../teamScan/leadership';
import type { MaturityLevel } from '../teamScan/maturity';
import { movement } from '../teamScan/movement';
import { suggestApproach } from '../teamScan/scan';
import type { SchoolType } from '../teamScan/schoolTypes';
import {
  ASSESSMENT_KINDS,
  type AssessmentKind,
  type AssessmentTrend,
  type SelfAssessment,
  trend,
} from '../teamScan/selfAssessment';
import { CONCERN_STAGES, stageKeyOf } from '../teamScan/stages';
import type { ScanSummary } from '../teamScan/visibility';
import { fillTemplate } from '../text';
import { TRACK_STATUSES } from '../tracking';
import type { DashboardAggregates } from './aggregate';
import { inRange } from './periods';
import type {
  Labelled,
  Report,
  ReportBlock,
  ReportCell,
  ReportMessages,
  ReportSectionId,
  ReportTexts,
} from './reportModel';

type FormatDate = (isoDate: string) => string;
const asIs: FormatDate = (d) => d;

/**
 * Builds the report for the dashboard's cycle and period. Scans and self-assessments are
 * taken from the same period. Scans come in as summaries, what every viewer but the IB gets,
 * so the report cannot show what it never receives.
 */
export function buildReport(
  aggregates: DashboardAggregates,
  scans: readonly ScanSummary[],
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
  return fillTemplate(m.report.progress.step, { number: step, title: m.steps[stepKey(step)].title });
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
    // The items behind "steps done": which steps, and when each was done.
    {
      kind: 'table',
      caption: fillTemplate(t.stepsTable, { round }),
      columns: [t.stepColumn, t.stateColumn, t.doneOnColumn],
      rows: steps.map((s) => [
        stepLabel(s.step, m),
        t.states[s.state],
        !s.date ? '–' : s.times > 1 ? fillTemplate(t.doneAgain, { date: formatDate(s.date), times: s.times }) : formatDate(s.date),
      ]),
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
      kind: 'barChart',
      bars: BOUWEN.map((b) => ({
        label: m.bouwen[b],
        segments: TRACK_STATUSES.map((s) => ({ status: s, label: m.statuses[s], count: byBouw[b].byStatus[s].count })),
      })),
      table: {
        caption: t.caption,
        columns: [t.bouw, t.made, ...TRACK_STATUSES.map((s) => m.statuses[s]), t.overdue, t.supportOpen],
        rows: [...BOUWEN.map((b) => row(m.bouwen[b], byBouw[b])), row(t.total, total)],
      },
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

function teamScanBlocks(scans: readonly ScanSummary[], m: ReportMessages, formatDate: FormatDate): ReportBlock[] {
  const t = m.report.teamScan;
  const sorted = [...scans].sort((a, b) => a.takenAt.localeCompare(b.takenAt));
  const latest = sorted.at(-1);
  if (!latest) return [{ kind: 'text', text: t.none }];
  const { total } = latest;
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
  const approach = suggestApproach(total);
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

/**
 * The self-assessments behind trends (as the team-scan overview hands them out), so the report
 * can take those of its own period and draw their trend again.
 */
export function assessmentsOfTrends(trends: readonly AssessmentTrend<AssessmentKind>[]): SelfAssessment[] {
  return trends.flatMap((t) =>
    t.points.map((p) => ({ id: p.assessmentId, kind: t.kind, at: p.at, value: p.value, rationale: p.rationale }) as SelfAssessment),
  );
}
