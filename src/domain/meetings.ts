import { monthKey, schoolYearOf, type SchoolYear } from './schoolYear';
import type { StepNumber } from './steps';
import { type FieldError, isIsoDate, optionalText, requiredText, type Validated } from './validation';

export type MeetingType =
  | 'veranderteam'
  | 'team'
  | 'bouw'
  | 'mt'
  | 'informatieavond'
  | 'intervisie'
  | 'oudergesprek';

export const MEETING_TYPES: readonly MeetingType[] = [
  'veranderteam',
  'team',
  'bouw',
  'mt',
  'informatieavond',
  'intervisie',
  'oudergesprek',
];

export type MeetingStatus = 'planned' | 'held' | 'cancelled';
export const MEETING_STATUSES: readonly MeetingStatus[] = ['planned', 'held', 'cancelled'];

/** A meeting on the timeline (tijdspad) of a change cycle. */
export interface Meeting {
  id: string;
  cycleId: string;
  type: MeetingType;
  title: string;
  /** ISO calendar date. */
  date: string;
  purpose: string;
  stepsCovered: StepNumber[];
  /** Where the team places itself on the 0–10 scale toward the dream after this meeting. */
  score?: number;
  minutes: string;
  status: MeetingStatus;
}

export const SCORE_MIN = 0;
export const SCORE_MAX = 10;

/** Scores are whole or half points, as teams give them ("6,5"). */
export function isValidScore(score: number): boolean {
  return (
    Number.isFinite(score) && score >= SCORE_MIN && score <= SCORE_MAX && Number.isInteger(score * 2)
  );
}

export type MeetingDraft = Omit<Meeting, 'id'>;

export function validateMeeting(draft: MeetingDraft): Validated<MeetingDraft> {
  const errors: FieldError[] = [];
  const title = requiredText(errors, 'title', draft.title);
  const purpose = optionalText(errors, 'purpose', draft.purpose);
  const minutes = optionalText(errors, 'minutes', draft.minutes);
  if (!isIsoDate(draft.date)) errors.push({ field: 'date', code: 'invalidDate' });
  if (draft.score !== undefined && !isValidScore(draft.score)) {
    errors.push({ field: 'score', code: 'outOfRange', params: { min: SCORE_MIN, max: SCORE_MAX } });
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { ...draft, title, purpose, minutes } };
}

export interface MonthOfMeetings {
  month: string; // YYYY-MM
  meetings: Meeting[];
}

export interface YearOfMeetings {
  schoolYear: SchoolYear;
  months: MonthOfMeetings[];
}

/** The timeline's order of meetings: by date, then title. */
export function byMeetingDate(a: Pick<Meeting, 'date' | 'title'>, b: Pick<Meeting, 'date' | 'title'>): number {
  return a.date.localeCompare(b.date) || a.title.localeCompare(b.title);
}

/** Groups meetings by school year and month, both ascending, meetings by date then title. */
export function groupTimeline(meetings: readonly Meeting[]): YearOfMeetings[] {
  const sorted = [...meetings].sort(byMeetingDate);
  const years: YearOfMeetings[] = [];
  for (const meeting of sorted) {
    const year = schoolYearOf(meeting.date);
    let y = years.at(-1);
    if (!y || y.schoolYear !== year) years.push((y = { schoolYear: year, months: [] }));
    const month = monthKey(meeting.date);
    let m = y.months.at(-1);
    if (!m || m.month !== month) y.months.push((m = { month, meetings: [] }));
    m.meetings.push(meeting);
  }
  return years;
}

export interface ScorePoint {
  date: string;
  score: number;
  meetingId: string;
}

/** The score trend toward the dream: held meetings that recorded a score, by date. */
export function scoreTrend(meetings: readonly Pick<Meeting, 'id' | 'date' | 'status' | 'score'>[]): ScorePoint[] {
  return meetings
    .filter((m) => m.status === 'held' && m.score !== undefined)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((m) => ({ date: m.date, score: m.score as number, meetingId: m.id }));
}
