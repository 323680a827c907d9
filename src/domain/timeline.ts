import type { ChangeCycle } from './cycles';
import { type MeetingFigures, timelineFigures } from './dashboard/progress';
import type { StepRecord } from './goals';
import { currentStep, stepsOfRound } from './guidedPath';
import { groupTimeline, type Meeting, type MeetingType } from './meetings';
import type { SchoolYear } from './schoolYear';
import type { StepNumber } from './steps';

/**
 * Helpers for the tijdspad: planned vs held at a glance per school year and month, and a
 * suggestion for the next meeting. Counting follows the dashboard's definitions (planned means
 * held or still to come; past and never marked held is "not recorded"), so both agree.
 */
export interface MonthCounts {
  month: string;
  figures: MeetingFigures;
}

export interface YearCounts {
  schoolYear: SchoolYear;
  figures: MeetingFigures;
  months: MonthCounts[];
}

/** The meeting figures of one cycle per school year and per month, in date order. */
export function timelineCounts(meetings: readonly Meeting[], cycleId: string, today: string): YearCounts[] {
  const own = meetings.filter((m) => m.cycleId === cycleId);
  const figures = (ms: readonly Meeting[]) => timelineFigures(ms, cycleId, null, today).meetings;
  return groupTimeline(own).map((year) => ({
    schoolYear: year.schoolYear,
    figures: figures(year.months.flatMap((m) => m.meetings)),
    months: year.months.map((m) => ({ month: m.month, figures: figures(m.meetings) })),
  }));
}

/**
 * The rhythm of the model timeline (seed 000, figure 7): the change team works a block of
 * steps, the whole team follows up on it with the next step, and so on.
 */
export const STEP_BLOCKS: readonly (readonly StepNumber[])[] = [[1], [2, 3, 4], [5], [6, 7, 8], [9], [10, 11]];

/** Four weeks between meetings, as in the model timeline; at least one week's notice. */
const INTERVAL_DAYS = 28;
const NOTICE_DAYS = 7;
const FIRST_NOTICE_DAYS = 14;

export interface MeetingSuggestion {
  date: string;
  type: Extract<MeetingType, 'veranderteam' | 'team'>;
  /** The round the steps belong to: the next one when the current round is complete. */
  round: number;
  /** Steps not done and not yet on a coming meeting, one block of the rhythm; may be empty. */
  steps: StepNumber[];
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Saturday and Sunday move to the Monday after: schools meet on weekdays. */
function weekday(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return day === 6 ? addDays(isoDate, 2) : day === 0 ? addDays(isoDate, 1) : isoDate;
}

/**
 * Plans the next meeting of a cycle: four weeks after the last meeting on the plan (so on the
 * same weekday), never with less than a week's notice; the steps of the next block that are
 * neither done nor already on a coming meeting; change team and whole team taking turns.
 */
export function nextMeetingSuggestion(
  cycle: Pick<ChangeCycle, 'id' | 'round'>,
  meetings: readonly Meeting[],
  records: readonly StepRecord[],
  today: string,
): MeetingSuggestion {
  const onPlan = meetings
    .filter((m) => m.cycleId === cycle.id && m.status !== 'cancelled')
    .sort((a, b) => a.date.localeCompare(b.date));
  const last = onPlan.at(-1);
  const later = (a: string, b: string) => (a > b ? a : b);
  const date = weekday(
    last
      ? later(addDays(last.date, INTERVAL_DAYS), addDays(today, NOTICE_DAYS))
      : addDays(today, FIRST_NOTICE_DAYS),
  );
  const lastOfPair = onPlan.filter((m) => m.type === 'veranderteam' || m.type === 'team').at(-1);
  const type = lastOfPair?.type === 'veranderteam' ? 'team' : 'veranderteam';

  const own = records.filter((r) => r.cycleId === cycle.id);
  const roundDone = currentStep(own, cycle.round) === null;
  const round = roundDone ? cycle.round + 1 : cycle.round;
  const done = new Set(own.filter((r) => r.round === round).map((r) => r.step));
  const coming = new Set(
    onPlan.filter((m) => m.status === 'planned' && m.date >= today).flatMap((m) => m.stepsCovered),
  );
  const open = stepsOfRound(round).filter((s) => !done.has(s) && !coming.has(s));
  const block = STEP_BLOCKS.find((b) => open[0] !== undefined && b.includes(open[0])) ?? [];
  return { date, type, round, steps: block.filter((s) => open.includes(s)) };
}
