import type { ChangeCycle } from '../cycles';
import type { StepRecord } from '../guidedPath';
import type { ScorePoint } from '../meetings';
import {
  type IntervisieGroupFacts,
  type IntervisieGroupFigures,
  intervisieFigures,
  type IntervisieSessionFacts,
} from './intervisie';
import { type DateRange, type Period, rangeOf } from './periods';
import { type CycleProgress, cycleProgress, type MeetingFacts, type MeetingFigures, timelineFigures } from './progress';
import { type PromiseAggregates, type PromiseFacts, promiseFigures } from './promises';
import {
  type AgreementFacts,
  type AgreementFigures,
  agreementFigures,
  type TalkFacts,
  type TalkFigures,
  talkFigures,
} from './talks';

export interface DashboardInput {
  cycle: Pick<ChangeCycle, 'id' | 'title' | 'round'>;
  stepRecords: readonly StepRecord[];
  meetings: readonly MeetingFacts[];
  commitments: readonly PromiseFacts[];
  /** Parent talks and their agreements are school-wide, not part of a cycle: the period filters them. */
  talks: readonly TalkFacts[];
  agreements: readonly AgreementFacts[];
  intervisieGroups: readonly IntervisieGroupFacts[];
  intervisieSessions: readonly IntervisieSessionFacts[];
  /** Null shows all time. */
  period: Period | null;
  /** ISO calendar date; decides what is overdue. */
  today: string;
}

export interface DashboardAggregates {
  cycleId: string;
  cycleTitle: string;
  period: Period | null;
  range: DateRange | null;
  today: string;
  progress: CycleProgress;
  scoreTrend: ScorePoint[];
  meetings: MeetingFigures;
  promises: PromiseAggregates;
  talks: TalkFigures;
  agreements: AgreementFigures;
  intervisie: IntervisieGroupFigures[];
}

/** Every figure of the MT dashboard in one go; each input is walked a fixed number of times. */
export function aggregateDashboard(input: DashboardInput): DashboardAggregates {
  const { cycle, today } = input;
  const range = input.period ? rangeOf(input.period) : null;
  const timeline = timelineFigures(input.meetings, cycle.id, range, today);
  return {
    cycleId: cycle.id,
    cycleTitle: cycle.title,
    period: input.period,
    range,
    today,
    progress: cycleProgress(cycle, input.stepRecords),
    scoreTrend: timeline.scoreTrend,
    meetings: timeline.meetings,
    promises: promiseFigures(input.commitments, cycle.id, range, today),
    talks: talkFigures(input.talks, range),
    agreements: agreementFigures(input.agreements, range, today),
    intervisie: intervisieFigures(input.intervisieGroups, input.intervisieSessions, range),
  };
}
