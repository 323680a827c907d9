/**
 * The meeting form's values as typed, and the way from them to a MeetingDraft. The rules are the
 * domain's (validateMeeting); this only reads what a person types: a score in Dutch ("6,5") or
 * English ("6.5") notation, and the steps ticked.
 */
import {
  type Meeting,
  type MeetingDraft,
  type MeetingStatus,
  type MeetingType,
  validateMeeting,
} from '../../../../domain/meetings';
import { normaliseSteps, type StepNumber } from '../../../../domain/steps';
import type { FieldError, Validated } from '../../../../domain/validation';

/** What the form holds: text as typed, so "6," can be on its way to "6,5". */
export interface MeetingFormValues {
  type: MeetingType;
  title: string;
  /** ISO calendar date, as a date input gives it; empty when the date is incomplete. */
  date: string;
  purpose: string;
  steps: StepNumber[];
  status: MeetingStatus;
  /** The score as typed; only read when the meeting is held. */
  score: string;
  minutes: string;
}

/** The form filled from a meeting; the score written as the person's locale writes numbers. */
export function formOf(meeting: Meeting, writeNumber: (value: number) => string): MeetingFormValues {
  return {
    type: meeting.type,
    title: meeting.title,
    date: meeting.date,
    purpose: meeting.purpose,
    steps: [...meeting.stepsCovered],
    status: meeting.status,
    score: meeting.score === undefined ? '' : writeNumber(meeting.score),
    minutes: meeting.minutes,
  };
}

const DECIMAL = /^[-\u2212]?\d+(?:[.,]\d+)?$/;

/**
 * A typed score: undefined when left empty, NaN when it is not a number. "6,5" and "6.5" are
 * both six and a half; whether it is a valid score is for the domain (isValidScore) to say.
 */
export function parseScore(text: string): number | undefined {
  const typed = text.trim();
  if (!typed) return undefined;
  if (!DECIMAL.test(typed)) return Number.NaN;
  return Number(typed.replace('\u2212', '-').replace(',', '.'));
}

/**
 * The draft the form describes, checked by validateMeeting. A score belongs to a held meeting
 * (the trend toward the dream is read from held meetings), so it is left out otherwise; text
 * that is not a number is refused as such instead of as out of range.
 */
export function checkMeetingForm(values: MeetingFormValues, cycleId: string): Validated<MeetingDraft> {
  const score = values.status === 'held' ? parseScore(values.score) : undefined;
  const notANumber = score !== undefined && Number.isNaN(score);
  const draft: MeetingDraft = {
    cycleId,
    type: values.type,
    title: values.title,
    date: values.date,
    purpose: values.purpose,
    stepsCovered: normaliseSteps(values.steps),
    minutes: values.minutes,
    status: values.status,
    ...(score === undefined || notANumber ? {} : { score }),
  };
  const verdict = validateMeeting(draft);
  if (!notANumber) return verdict;
  const errors: FieldError[] = verdict.ok ? [] : [...verdict.errors];
  errors.push({ field: 'score', code: 'notANumber' });
  return { ok: false, errors };
}
