import type { Bouw } from '../people';
import type { StepKey } from '../steps';
import type { LeadershipStyle } from '../teamScan/leadership';
import type { MaturityLevel } from '../teamScan/maturity';
import type { SchoolType } from '../teamScan/schoolTypes';
import type { AssessmentKind } from '../teamScan/selfAssessment';
import type { StageKey } from '../teamScan/stages';
import type { TrackStatus } from '../tracking';

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

export interface ReportBar {
  label: string;
  segments: { status: TrackStatus; label: string; count: number }[];
}

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
  /** One bar per row, split by status (the promises per bouw, as on the dashboard). */
  | { kind: 'barChart'; bars: ReportBar[]; table: ReportTable }
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
    /** {round}: the table behind "steps done", each step with its state and when it was done. */
    stepsTable: string;
    stepColumn: string;
    stateColumn: string;
    doneOnColumn: string;
    states: { done: string; current: string; upcoming: string };
    /** {date} {times}: the last day of a step the team did more than once in the round. */
    doneAgain: string;
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

export interface Labelled {
  label: string;
}

/** Everything the report says, gathered by the UI from the dashboard, team-scan and planner catalogs. */
export interface ReportMessages {
  report: ReportTexts;
  bouwen: Record<Bouw, string>;
  statuses: Record<TrackStatus, string>;
  /** The steps catalog (`stepsNl`, `stepsEn`): only the titles are used. */
  steps: Record<StepKey, { title: string }>;
  teamScan: {
    stages: Record<StageKey, Labelled>;
    leadership: Record<LeadershipStyle, Labelled>;
    maturity: Record<MaturityLevel, Labelled>;
    schoolTypes: Record<SchoolType, Labelled>;
  };
}
