import { ruleError } from './rules';
import { type FieldError, isIsoDate, optionalText, requiredText, type Validated } from './validation';

/**
 * What promises to the team (commitments) and agreements with parents share: something one
 * party will do by a date, reported on afterwards. The status rules live here once; the two
 * kinds add who owns them and where they were made.
 */
export const TRACK_STATUSES = ['open', 'kept', 'partlyKept', 'notKept', 'renegotiated'] as const;
export type TrackStatus = (typeof TRACK_STATUSES)[number];

export interface TrackedItem {
  id: string;
  text: string;
  /**
   * ISO date it was made (the meeting or talk date). Validation requires it; the type allows
   * its absence only so items written before the field existed still load.
   */
  madeOn?: string;
  /** ISO date by which it is due. */
  dueDate: string;
  status: TrackStatus;
  /** The report: what worked, what was hard, and whether support is wanted. */
  whatWorked: string;
  whatWasHard: string;
  supportWanted: boolean;
  reportedOn?: string;
  /** Set on the new item when a renegotiation replaced an older one. */
  renegotiatedFromId?: string;
  /** When the IB (or a colleague) arranged the support asked for; clears the request. */
  supportGivenOn?: string;
}

/** Fills `errors` for the fields every tracked item has; returns the trimmed text. */
export function validateTrackedFields(errors: FieldError[], draft: Omit<TrackedItem, 'id'>): string {
  const text = requiredText(errors, 'text', draft.text);
  if (!draft.madeOn) errors.push({ field: 'madeOn', code: 'required' });
  else if (!isIsoDate(draft.madeOn)) errors.push({ field: 'madeOn', code: 'invalidDate' });
  if (!isIsoDate(draft.dueDate)) errors.push({ field: 'dueDate', code: 'invalidDate' });
  else if (draft.madeOn && isIsoDate(draft.madeOn) && draft.dueDate < draft.madeOn) {
    errors.push({ field: 'dueDate', code: 'dateOrder', params: { after: draft.madeOn } });
  }
  if (!TRACK_STATUSES.includes(draft.status)) errors.push({ field: 'status', code: 'invalidChoice' });
  return text;
}

/**
 * Which report may follow which. An open item is reported once; a report can be corrected
 * between kept, partly kept and not kept. A renegotiated item is closed for good: its
 * successor carries on, so changing it would fork the history.
 */
const REPORT_FOLLOWS: Record<TrackStatus, readonly TrackStatus[]> = {
  open: ['kept', 'partlyKept', 'notKept', 'renegotiated'],
  kept: ['partlyKept', 'notKept'],
  partlyKept: ['kept', 'notKept'],
  notKept: ['kept', 'partlyKept'],
  renegotiated: [],
};

export function canReport(from: TrackStatus, to: TrackStatus): boolean {
  return REPORT_FOLLOWS[from].includes(to);
}

export interface Report {
  whatWorked: string;
  whatWasHard: string;
  supportWanted: boolean;
}

const statusRule = (from: TrackStatus, to: TrackStatus) => ruleError('status', 'reportOrder', { from, to });

function cleanReport(errors: FieldError[], report: Report, today: string): Report {
  if (!isIsoDate(today)) errors.push({ field: 'reportedOn', code: 'invalidDate' });
  return {
    whatWorked: optionalText(errors, 'whatWorked', report.whatWorked),
    whatWasHard: optionalText(errors, 'whatWasHard', report.whatWasHard),
    supportWanted: report.supportWanted,
  };
}

/** Reports how it went: kept, partly kept or not kept. Renegotiating has its own function. */
export function reportOn<T extends TrackedItem>(
  item: T,
  status: 'kept' | 'partlyKept' | 'notKept',
  report: Report,
  today: string,
): Validated<T> {
  const errors: FieldError[] = [];
  if (!canReport(item.status, status)) errors.push(statusRule(item.status, status));
  const clean = cleanReport(errors, report, today);
  if (errors.length) return { ok: false, errors };
  // A new report is a new question: support arranged for an earlier report no longer counts.
  return { ok: true, value: { ...item, ...clean, status, reportedOn: today, supportGivenOn: undefined } };
}

/**
 * Closes an open item as renegotiated and makes its successor: a new open item with the new
 * text and due date, linked to the old one. Everything else (owner, goal, bouw, talk) carries
 * over unless `next` overrides it, e.g. the meeting where the new promise was made.
 */
export function renegotiate<T extends TrackedItem>(
  item: T,
  report: Report,
  next: Pick<T, 'id' | 'text' | 'dueDate'> & Partial<T>,
  today: string,
): Validated<{ previous: T; next: T }> {
  const errors: FieldError[] = [];
  if (!canReport(item.status, 'renegotiated')) errors.push(statusRule(item.status, 'renegotiated'));
  const clean = cleanReport(errors, report, today);
  const successor: T = {
    ...item,
    whatWorked: '',
    whatWasHard: '',
    supportWanted: false,
    reportedOn: undefined,
    supportGivenOn: undefined,
    ...next,
    madeOn: today,
    status: 'open',
    renegotiatedFromId: item.id,
  };
  const text = validateTrackedFields(errors, successor);
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      previous: { ...item, ...clean, status: 'renegotiated', reportedOn: today },
      next: { ...successor, text },
    },
  };
}

/** Open and past its due date. Reported items are never overdue, whatever the outcome. */
export function isOverdue(item: Pick<TrackedItem, 'status' | 'dueDate'>, today: string): boolean {
  return item.status === 'open' && item.dueDate < today;
}

/** Overdue items, the longest overdue first. */
export function overdue<T extends TrackedItem>(items: readonly T[], today: string): T[] {
  return items.filter((i) => isOverdue(i, today)).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

/** Asked-for support not yet arranged: what the IB follows up. */
export function supportRequests<T extends Pick<TrackedItem, 'supportWanted' | 'supportGivenOn'>>(items: readonly T[]): T[] {
  return items.filter((i) => i.supportWanted && !i.supportGivenOn);
}

export function markSupportGiven<T extends TrackedItem>(item: T, date: string): T {
  return { ...item, supportGivenOn: date };
}
