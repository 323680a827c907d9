/**
 * The demo school as domain values, computed from "today": the change cycle runs in the current
 * school year, its preparation in the year before (as in figure 7 of the change plan).
 * Meetings before today were held and carry their score and minutes; later ones are planned.
 * Pure: the seed writes the result through the repositories.
 */
import type { Commitment } from '../domain/commitments';
import type { ChangeCycle } from '../domain/cycles';
import type { Goal, StepRecord } from '../domain/goals';
import type { Meeting } from '../domain/meetings';
import type { StaffMember } from '../domain/people';
import { schoolYearOf, startYearOf } from '../domain/schoolYear';
import { schoolToday } from '../domain/talks/time';
import { normaliseSteps, type StepNumber } from '../domain/steps';
import { DEMO_CYCLE_KEY, DEMO_CYCLE_TITLE, DEMO_DREAM, DEMO_GOALS } from './content/cycle';
import {
  DEMO_CURRENT_COMMITMENTS,
  DEMO_EARLIER_COMMITMENTS,
  type DemoCommitment,
} from './content/commitments';
import { DEMO_STEP_RECORDS } from './content/stepRecords';
import { DEMO_TIMELINE, type DemoMeeting } from './content/timeline';
import { DEMO_STAFF } from './people';

export interface DemoSchool {
  staff: StaffMember[];
  cycle: ChangeCycle;
  goals: Goal[];
  meetings: Meeting[];
  commitments: Commitment[];
  stepRecords: StepRecord[];
}

/** The n-th given weekday (1 = Monday … 7 = Sunday) of a month, as an ISO date. */
export function nthWeekday(year: number, month: number, n: number, weekday: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const firstWeekday = first.getUTCDay() === 0 ? 7 : first.getUTCDay();
  const day = 1 + ((weekday - firstWeekday + 7) % 7) + (n - 1) * 7;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) throw new RangeError(`no ${n}th weekday ${weekday} in ${year}-${month}`);
  return date.toISOString().slice(0, 10);
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function staffByUpn(upn: string): StaffMember {
  const member = DEMO_STAFF.find((s) => s.upn === upn);
  if (!member || !member.bouw) throw new Error(`demo promise owner ${upn} is not a teacher of the demo school`);
  return member;
}

export function buildDemoSchool(now: Date): DemoSchool {
  const today = schoolToday(now);
  const schoolYear = schoolYearOf(today);
  const start = startYearOf(schoolYear);
  const dateOf = (m: DemoMeeting): string =>
    nthWeekday((m.month >= 8 ? start : start + 1) + m.year, m.month, m.week, m.weekday);

  const planned = DEMO_TIMELINE.map((m) => ({ source: m, date: dateOf(m) }));
  const heldKeys = new Set(planned.filter((p) => p.date < today).map((p) => p.source.key));
  const meetings: Meeting[] = planned.map(({ source, date }) => {
    const held = heldKeys.has(source.key);
    return {
      id: source.key,
      cycleId: DEMO_CYCLE_KEY,
      type: source.type,
      title: source.title,
      date,
      purpose: source.purpose,
      stepsCovered: [...source.steps],
      ...(held && source.score !== undefined ? { score: source.score } : {}),
      minutes: held ? source.minutes : '',
      status: held ? 'held' : 'planned',
    };
  });
  const meetingByKey = new Map(meetings.map((m) => [m.id, m]));
  const roundOf = new Map(DEMO_TIMELINE.map((m) => [m.key, m.round]));

  const held = meetings.filter((m) => m.status === 'held');
  const round = Math.max(1, ...held.map((m) => roundOf.get(m.id) ?? 1));
  const stepsDone = normaliseSteps(
    held.filter((m) => roundOf.get(m.id) === round).flatMap((m): StepNumber[] => m.stepsCovered),
  );

  const ib = DEMO_STAFF.find((s) => s.role === 'ib')!;
  const cycle: ChangeCycle = {
    id: DEMO_CYCLE_KEY,
    title: DEMO_CYCLE_TITLE,
    dream: DEMO_DREAM,
    schoolYear,
    status: 'active',
    coachUpn: ib.upn,
    coachName: ib.displayName,
    memberUpns: DEMO_STAFF.filter((s) => s.inChangeTeam).map((s) => s.upn),
    round,
    stepsDone,
  };

  const goals: Goal[] = DEMO_GOALS.map((g) => ({
    id: g.key,
    cycleId: DEMO_CYCLE_KEY,
    round: g.round,
    title: g.title,
    priority: g.priority,
    condition: g.condition,
    epsteinForm: g.epsteinForm,
    level: g.level,
    line: g.line,
    benefits: { personal: [...g.benefits.personal], team: [...g.benefits.team], school: [...g.benefits.school] },
    signsOfProgress: [...g.signsOfProgress],
  }));

  // Promises: the earlier set was made at the second-last held team meeting and reported at the
  // last; the current set was made at the last and is due at the next team meeting.
  const teamMeetings = meetings.filter((m) => m.type === 'team');
  const heldTeam = teamMeetings.filter((m) => m.status === 'held');
  const last = heldTeam.at(-1);
  const beforeLast = heldTeam.at(-2);
  const next = last ? teamMeetings.find((m) => m.date > last.date) : undefined;

  const goalFor = (entry: DemoCommitment, madeAt: Meeting): string | undefined => {
    const ofRound = goals.filter((g) => g.round === (roundOf.get(madeAt.id) ?? 1));
    return ofRound.length ? ofRound[entry.goal % ofRound.length]!.id : undefined;
  };
  const commitment = (entry: DemoCommitment, madeAt: Meeting, dueAt: Meeting | undefined, dueDate: string): Commitment => {
    const owner = staffByUpn(entry.ownerUpn);
    const goalId = goalFor(entry, madeAt);
    return {
      id: entry.key,
      cycleId: DEMO_CYCLE_KEY,
      ownerUpn: owner.upn,
      ownerName: owner.displayName,
      bouw: owner.bouw!,
      ...(owner.group === undefined ? {} : { group: owner.group }),
      ...(goalId ? { goalId } : {}),
      madeAtMeetingId: madeAt.id,
      ...(dueAt ? { dueMeetingId: dueAt.id } : {}),
      madeOn: madeAt.date,
      dueDate,
      text: entry.text,
      status: 'open',
      whatWorked: '',
      whatWasHard: '',
      supportWanted: false,
    };
  };

  const commitments: Commitment[] = [];
  if (beforeLast && last) {
    for (const entry of DEMO_EARLIER_COMMITMENTS) {
      const base = commitment(entry, beforeLast, last, last.date);
      commitments.push(
        entry.report ? { ...base, ...entry.report, reportedOn: last.date } : base,
      );
    }
  }
  if (last) {
    const endOfYear = `${start + 1}-07-15`;
    for (const entry of DEMO_CURRENT_COMMITMENTS) {
      const replaces = entry.replaces && commitments.some((c) => c.id === entry.replaces) ? entry.replaces : undefined;
      const dueDate = entry.overdue
        ? [last.date, addDays(today, -3)].sort().at(-1)!
        : (next?.date ?? (endOfYear > last.date ? endOfYear : last.date));
      commitments.push({
        ...commitment(entry, last, entry.overdue ? undefined : next, dueDate),
        ...(replaces ? { renegotiatedFromId: replaces } : {}),
      });
    }
  }

  const written: StepRecord[] = DEMO_STEP_RECORDS.filter((r) => heldKeys.has(r.meetingKey)).map((r) => {
    const meeting = meetingByKey.get(r.meetingKey)!;
    return {
      id: `demo-record-${r.meetingKey.replace(/^demo-meeting-/, '')}-${r.step}`,
      cycleId: DEMO_CYCLE_KEY,
      round: roundOf.get(r.meetingKey) ?? 1,
      step: r.step,
      meetingId: meeting.id,
      date: meeting.date,
      items: [...r.items],
      notes: r.notes,
      ...(r.score === undefined ? {} : { score: r.score }),
    };
  });
  // Every step a held meeting covered counts as walked there (the planner reads "done" from the
  // records), also where its outputs live on goals or promises rather than on a record.
  const recorded = new Set(written.map((r) => `${r.meetingId}:${r.step}`));
  const implied: StepRecord[] = held.flatMap((meeting) =>
    meeting.stepsCovered
      .filter((step) => !recorded.has(`${meeting.id}:${step}`) && (step !== 5 || meeting.score !== undefined))
      .map((step) => ({
        id: `demo-record-${meeting.id.replace(/^demo-meeting-/, '')}-${step}`,
        cycleId: DEMO_CYCLE_KEY,
        round: roundOf.get(meeting.id) ?? 1,
        step,
        meetingId: meeting.id,
        date: meeting.date,
        items: [],
        notes: '',
        ...(step === 5 ? { score: meeting.score } : {}),
      })),
  );
  const stepRecords = [...written, ...implied];

  return { staff: DEMO_STAFF.map((s) => ({ ...s })), cycle, goals, meetings, commitments, stepRecords };
}
