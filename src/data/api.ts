/**
 * What the UI may ask of the data layer. Views receive these through React context and never
 * see Graph, URLs or list names. Each method that loads a view's data makes one batched
 * round trip where it can.
 *
 * Writes validate with the domain's rules first and reject with a ValidationError before any
 * request when the value is wrong, so nothing is saved half. Updates and deletes take the
 * stored value (with its etag) that the person edited: when someone else changed it meanwhile
 * they reject with a ConflictError whose `current` is the item as it is now (see ./errors).
 */
import type { Commitment, CommitmentDraft } from '../domain/commitments';
import type { ChangeCycle, CycleDraft } from '../domain/cycles';
import type { Goal, GoalDraft, StepRecord } from '../domain/goals';
import type { StepEntry } from '../domain/guidedPath';
import type { Meeting, MeetingDraft } from '../domain/meetings';
import type { Bouw, StaffMember } from '../domain/people';
import type { SchoolYear } from '../domain/schoolYear';
import type { Report } from '../domain/tracking';
import type { Versioned } from './repositories/listRepository';
import type { PendingChanges } from './graph/outbox';

export type { Versioned } from './repositories/listRepository';

export interface TimelineSnapshot {
  /** The active change cycle, or null when the school has none yet. */
  cycle: ChangeCycle | null;
  /** All meetings of that cycle, by date. */
  meetings: Meeting[];
}

/** Everything the planner and the goal map show of one cycle, read in one $batch. */
export interface PlannerSnapshot {
  cycle: Versioned<ChangeCycle>;
  /** Goals of every round of the cycle, by round and priority. */
  goals: Versioned<Goal>[];
  /** Every step visit of the cycle, oldest first. */
  stepRecords: Versioned<StepRecord>[];
  /** The cycle's meetings by date (to link a step to the meeting where it was walked). */
  meetings: Versioned<Meeting>[];
  /** The staff, for choosing the coach and the veranderteam. */
  staff: StaffMember[];
}

/** The planner's opening read: every cycle, and the snapshot of the one to open. */
export interface PlannerOpening {
  /** Every cycle of the school, newest school year first. */
  cycles: Versioned<ChangeCycle>[];
  /** The chosen cycle while it exists, else the active one, else the newest; null without cycles. */
  snapshot: PlannerSnapshot | null;
}

export interface PlannerApi {
  /**
   * Every cycle and the snapshot of the one to open (domain cycleToOpen), in one $batch when
   * that is the chosen or the active cycle; else one $batch more.
   */
  open(chosen: string | null): Promise<PlannerOpening>;
  /** One cycle's snapshot, in one $batch. */
  load(cycleId: string): Promise<PlannerSnapshot>;
  /** A new cycle (id made by the caller, e.g. crypto.randomUUID()); status draft or active. */
  createCycle(cycle: ChangeCycle): Promise<Versioned<ChangeCycle>>;
  /** Title, dream, school year, team, coach or status (archive: status 'archived'). */
  updateCycle(current: Versioned<ChangeCycle>, next: CycleDraft): Promise<Versioned<ChangeCycle>>;
  /**
   * Completes the current step or revisits a done one (domain: completeStep): writes the step
   * record, then the cycle's stepsDone. Step 1 also saves `dream` on the cycle when given.
   */
  completeStep(
    current: Versioned<ChangeCycle>,
    records: readonly StepRecord[],
    entry: StepEntry,
    dream?: string,
  ): Promise<{ cycle: Versioned<ChangeCycle>; record: Versioned<StepRecord> }>;
  /** The next round of the same cycle (steps 2–11 again) once this round is complete. */
  startNextRound(current: Versioned<ChangeCycle>, records: readonly StepRecord[]): Promise<Versioned<ChangeCycle>>;
  /** A new cycle carrying the dream, team and last round's goals (domain: nextCycleFrom). */
  startNextCycle(
    previous: Versioned<ChangeCycle>,
    goals: readonly Goal[],
    options: { title?: string; schoolYear?: SchoolYear; today: string },
  ): Promise<Versioned<ChangeCycle>>;
  createGoal(goal: Goal): Promise<Versioned<Goal>>;
  updateGoal(current: Versioned<Goal>, next: GoalDraft): Promise<Versioned<Goal>>;
  deleteGoal(current: Versioned<Goal>): Promise<void>;
}

export interface MeetingsApi {
  /** A meeting on the cycle's timeline (id made by the caller). */
  create(meeting: Meeting): Promise<Versioned<Meeting>>;
  /** Date, purpose, steps, score, minutes, status. */
  update(current: Versioned<Meeting>, next: MeetingDraft): Promise<Versioned<Meeting>>;
  /** The cycle's meetings by date. */
  ofCycle(cycleId: string): Promise<Versioned<Meeting>[]>;
}

/** Which promises a tracker view lists. Each is one indexed query, whatever the list's size. */
export type CommitmentView =
  /** The signed-in person's promises. */
  | { kind: 'mine' }
  /** Everyone's promises in one bouw, to keep each other on track. */
  | { kind: 'group'; bouw: Bouw }
  /** Open requests for support (for the IB). */
  | { kind: 'support' }
  /** Open and past their due date. */
  | { kind: 'overdue'; today: string }
  /** Open promises due at (or made for report at) this meeting, for the check-in. */
  | { kind: 'meeting'; meetingId: string };

export interface CommitmentsSnapshot {
  commitments: Versioned<Commitment>[];
  /** The cycle's goals and meetings, to show what a promise serves and when it is due. */
  goals: Versioned<Goal>[];
  meetings: Versioned<Meeting>[];
}

/** The promise tracker's opening read: the active cycle with its meetings, and one view. */
export interface ActiveCommitments {
  timeline: TimelineSnapshot;
  /** The view of the active cycle's promises; null when the school has no active cycle. */
  snapshot: CommitmentsSnapshot | null;
}

export interface CommitmentsApi {
  /** One view of one cycle's promises, with the goals and meetings it refers to, in one $batch. */
  load(cycleId: string, view: CommitmentView): Promise<CommitmentsSnapshot>;
  /**
   * The active cycle and its meetings (as timeline.load()) with one view of its promises, in
   * one $batch: the tracker's cold load is one round trip.
   */
  openActive(view: CommitmentView): Promise<ActiveCommitments>;
  create(commitment: Commitment): Promise<Versioned<Commitment>>;
  /** Reports kept, partly kept or not kept (domain: reportOn). */
  report(
    current: Versioned<Commitment>,
    status: 'kept' | 'partlyKept' | 'notKept',
    report: Report,
    today: string,
  ): Promise<Versioned<Commitment>>;
  /** Closes it as renegotiated and creates its successor (domain: renegotiate). */
  renegotiate(
    current: Versioned<Commitment>,
    report: Report,
    next: { id: string; text: string; dueDate: string; dueMeetingId?: string },
    today: string,
  ): Promise<{ previous: Versioned<Commitment>; next: Versioned<Commitment> }>;
  /** The IB arranged the support asked for. */
  markSupportGiven(current: Versioned<Commitment>, today: string): Promise<Versioned<Commitment>>;
}

/** Where the weekly digest can be posted: the team's channel, through Graph. */
export interface ChannelPost {
  /** The message's id and web link as Graph returns them. */
  id: string;
  webUrl?: string;
}

export interface DigestApi {
  /**
   * Posts the digest (HTML made by the domain's renderDigestHtml, user text escaped) to the
   * team's General channel, or the channel the tab is in, as a chatMessage.
   */
  postToChannel(html: string, subject: string): Promise<ChannelPost>;
}

export interface DataApi {
  /**
   * The signed-in user's staff record; null when they are a site member but not on the staff
   * list. Rejects with AccessDeniedError (see ./errors) when they may not read the site at all.
   */
  me(): Promise<StaffMember | null>;
  timeline: {
    load(): Promise<TimelineSnapshot>;
  };
  planner: PlannerApi;
  meetings: MeetingsApi;
  commitments: CommitmentsApi;
  digest: DigestApi;
  talks: TalksApi;
  dashboard: DashboardApi;
  teamScan: TeamScanApi;
  /** The school's staff (the staff list), by display name; for pickers of colleagues. */
  staff(): Promise<StaffMember[]>;
  /** Who has which role in Driehoek (settings, MT and IB), and the first run in a tenant. */
  staffRoles: StaffRolesApi;
  intervisie: IntervisieApi;
  /** Writes kept for a network that is back later (see ./graph/outbox); absent without an outbox. */
  pendingChanges?: PendingChanges;
}

// ---------------------------------------------------------------------------------------------
// Parent talks (capability 4): planning as Teams meetings, the record, agreements, the summary
// mail to the parents, the pupil export and the retention job.
// ---------------------------------------------------------------------------------------------

import type { Agreement } from '../domain/talks/agreements';
import type { TalkMessages } from '../domain/talks/messages';
import type { Note, SentSummary, TalkRecord } from '../domain/talks/record';
import type { CalendarSlot } from '../domain/talks/schedule';
import type { Pupil, Talk } from '../domain/talks/types';
import type { TalkDraft } from '../domain/talks/validate';
import type { PupilExport } from '../domain/retention';

/**
 * A talk as Driehoek keeps it: the domain Talk plus where it lives in the organiser's
 * calendar and what was recorded of it. One item of the talks list; parents (name, e-mail,
 * household) are part of it, never a separate record.
 */
export interface ScheduledTalk {
  talk: Talk;
  /** UPN (lower case) of the staff member who planned it; the events are in their calendar. */
  organizerUpn: string;
  /** Graph event id of the talk with the parents, once planned. */
  eventId?: string;
  /** Graph event id of the staff-only pre-talk (zorgteam with withPreTalk). */
  preTalkEventId?: string;
  /** The Teams meeting link (event.onlineMeeting.joinUrl); the talk is always a Teams meeting. */
  joinUrl?: string;
  /** The event's Outlook web link, to open it in the calendar. */
  webLink?: string;
  /** Notes taken during or after the talk; only `shareable` ones ever reach the parents. */
  notes: Note[];
  /** The follow-up talk, once planned (its talk id and start). */
  followUp?: { talkId: string; start: string };
  /** The summary as it was mailed to the parents; absent until sent. */
  summary?: SentSummary;
  /**
   * Set just before the summary mail is handed to Graph and cleared once it is recorded as
   * sent: when the answer to /me/sendMail is lost, a retry looks for this mail in Sent Items
   * instead of sending it twice (see TalksApi.sendSummary).
   */
  summarySending?: {
    startedAt: string;
    subject: string;
    recipients: string[];
    /** Unique per attempt, so two attempts at once never mistake each other's mark for their own. */
    attempt: string;
  };
}

/** Which talks a list shows. Each is one query on indexed columns. */
export type TalkView =
  /** Planned talks starting at or after `from` (ISO instant), soonest first. */
  | { kind: 'upcoming'; from: string }
  /** Every talk of one pupil (any status), oldest first. */
  | { kind: 'pupil'; pupilId: string }
  /** Talks organised by this UPN (default: the signed-in user), any status, oldest first. */
  | { kind: 'organiser'; upn?: string };

/** Which agreements a (promise tracker) view shows. Each is one query on indexed columns. */
export type AgreementView =
  /** Open agreements past their due date (domain isOverdue), longest overdue first. */
  | { kind: 'overdue'; today: string }
  /**
   * Open agreements, whatever their owner (school, ouder, kind), of the talks the signed-in staff
   * member organised or recorded agreements in (createAgreement stores both people on the
   * agreement, on indexed columns), by due date.
   */
  | { kind: 'mine' }
  /** Every agreement made in one talk, by due date. */
  | { kind: 'talk'; talkId: string }
  /** Every agreement of one pupil, by due date. */
  | { kind: 'pupil'; pupilId: string };

export interface TalksSnapshot {
  talks: Versioned<ScheduledTalk>[];
  /** Every pupil known to Driehoek (first name and group only), for the planning form. */
  pupils: Versioned<Pupil>[];
  /** The agreements of TalkLoadOptions.agreements, when asked for (same order as agreements()). */
  agreements?: Versioned<Agreement>[];
}

/** What a talks view also shows beside its list, read in the same $batch. */
export interface TalkLoadOptions {
  /** The agreements of this view (the view's agreements panel), as agreements() gives them. */
  agreements?: AgreementView;
}

/** A talk with its full record (notes, agreements, follow-up, summary), read in one $batch. */
export interface TalkRecordSnapshot {
  talk: Versioned<ScheduledTalk>;
  agreements: Versioned<Agreement>[];
  /** The domain record assembled from the two above (for renderSummaryHtml and the export). */
  record: TalkRecord;
}

export interface PlanOptions {
  /** The talks catalog of the reader's language (src/ui/i18n/talks.*.ts) for invite texts. */
  messages: TalkMessages;
  /**
   * When true, a clash in the organiser's calendar stops planning: nothing is written and the
   * answer has `planned: null`. Default false: the clash is returned as a warning only.
   */
  stopOnClash?: boolean;
}

export type PlanOutcome =
  | { planned: Versioned<ScheduledTalk>; clashes: CalendarSlot[] }
  | { planned: null; clashes: CalendarSlot[] };

export interface RetentionReport {
  /** Pupils whose data was removed (their pupil entry included). */
  pupilIds: string[];
  talksRemoved: number;
  agreementsRemoved: number;
  /**
   * Calendar events of removed talks that were deleted from the signed-in organiser's calendar
   * (talks still to come: the attendees get Outlook's cancellation).
   */
  eventsRemoved: number;
  /**
   * Events of removed talks left in calendars: meetings that have ended (deleting one would
   * still mail the parents a cancellation) and other organisers' events (domain
   * retentionEventAction). They fall under the tenant's own mailbox retention.
   */
  eventsKept: number;
}

export interface TalksApi {
  /** Talks of one view and all pupils (and the agreements of `also`), in one $batch. */
  load(view: TalkView, also?: TalkLoadOptions): Promise<TalksSnapshot>;
  /** One talk by its id, or null. */
  get(talkId: string): Promise<Versioned<ScheduledTalk> | null>;
  /** A talk with its agreements (one $batch), for the side panel and the record screen. */
  record(talkId: string): Promise<TalkRecordSnapshot>;

  /** Events in the signed-in user's calendar that overlap the talk (and its pre-talk). */
  clashes(draft: TalkDraft): Promise<CalendarSlot[]>;
  /**
   * Plans a talk (id made by the caller, e.g. crypto.randomUUID()). Checks it with validateTalk
   * and rejects with a ValidationError before any request when it is wrong. Then: checks the
   * organiser's calendar (calendarView) for clashes (warning, see PlanOptions.stopOnClash);
   * ensures the pupil entry exists; creates the Teams meeting in the signed-in user's calendar
   * (subject inviteSubject, body renderInviteHtml with all text escaped, attendees = parents
   * (required) + staff (required), online meeting teamsForBusiness) and, for zorgteam with
   * withPreTalk, the separate staff-only pre-talk event; then stores the talk with status
   * 'planned', the event ids, joinUrl and webLink. Event creation carries a transactionId made
   * from the talk id, so a retried plan never duplicates an event, and the talk is keyed by
   * its id (ClientKey), so it is never stored twice. A talk with followUpOf is also linked on
   * the original talk's record (followUp, and domain withFollowUp on its open agreements).
   */
  plan(talk: Talk, options: PlanOptions): Promise<PlanOutcome>;
  /**
   * Moves a planned talk: validates the new values (validateTalk), saves the talk with
   * If-Match (ConflictError when changed meanwhile), then PATCHes its event(s) with the new
   * start/end (and invite body, location). Same clash check as plan.
   */
  reschedule(
    current: Versioned<ScheduledTalk>,
    next: Pick<Talk, 'start' | 'durationMinutes'> & Partial<Pick<Talk, 'location' | 'mode'>>,
    options: PlanOptions,
  ): Promise<PlanOutcome>;
  /**
   * Cancels a talk: status 'cancelled' with If-Match first, then deletes its event(s) from the
   * organiser's calendar, which sends the attendees Outlook's cancellation. An event already
   * gone counts as deleted, so a retry completes a half-done cancel.
   */
  cancel(current: Versioned<ScheduledTalk>): Promise<Versioned<ScheduledTalk>>;
  /** Marks the talk as held (the record's notes and agreements can be written before that). */
  markHeld(current: Versioned<ScheduledTalk>): Promise<Versioned<ScheduledTalk>>;

  /** Replaces the talk's notes (each checked with validateNote), with If-Match. */
  saveNotes(current: Versioned<ScheduledTalk>, notes: readonly Note[]): Promise<Versioned<ScheduledTalk>>;
  /**
   * A new agreement (id made by the caller), checked with validateAgreement; the signed-in user
   * is stored as who recorded it and the talk's organiser beside it (see AgreementView 'mine'),
   * NotFoundError when the talk does not exist. Idempotent on id.
   */
  createAgreement(agreement: Agreement): Promise<Versioned<Agreement>>;
  /**
   * Saves a changed agreement with If-Match, e.g. the result of the domain's reportOn or
   * markSupportGiven (validateAgreement first).
   */
  updateAgreement(current: Versioned<Agreement>, next: Agreement): Promise<Versioned<Agreement>>;
  /** Domain renegotiate: closes `current` and creates its successor. */
  renegotiateAgreement(
    current: Versioned<Agreement>,
    report: Report,
    next: { id: string; text: string; dueDate: string; owner?: Agreement['owner'] },
    today: string,
  ): Promise<{ previous: Versioned<Agreement>; next: Versioned<Agreement> }>;
  /** The agreements of one view, for the promise tracker. */
  agreements(view: AgreementView): Promise<Versioned<Agreement>[]>;

  /**
   * Plans the follow-up at once (domain planFollowUp: same people, `weeks` later) with the
   * given id and plans it like `plan`, which links it on this talk's record and gives its open
   * agreements the follow-up date.
   */
  planFollowUp(
    current: Versioned<ScheduledTalk>,
    followUp: { id: string; weeks: number; start?: string },
    options: PlanOptions,
  ): Promise<PlanOutcome>;

  /**
   * Mails the summary (summarySubject, renderSummaryHtml: agreements, shareable notes only,
   * follow-up date) from the signed-in user to every parent (/me/sendMail, saved to Sent
   * Items), then stores what was sent on the talk (summary: sentAt, recipients, plain text).
   * Rejects with a ConflictError when a summary was sent already, unless `resend` is true.
   * Safe to retry after a lost answer: 'sending' is recorded on the talk (If-Match) before the
   * mail goes; a retry that finds it looks in Sent Items (same subject and recipients, sent since)
   * and records the mail found instead of sending it again. Found nothing within a few minutes
   * of the first attempt (Exchange may still be sending), it rejects with a ConflictError code
   * 'summarySending' rather than risk a second mail; later it sends.
   */
  sendSummary(
    current: Versioned<ScheduledTalk>,
    options: { messages: TalkMessages; senderName: string; now?: Date; resend?: boolean },
  ): Promise<Versioned<ScheduledTalk>>;

  /** Every pupil, by group and first name. */
  pupils(): Promise<Versioned<Pupil>[]>;
  /** Creates the pupil (id made by the caller) or returns the stored one with that id. */
  savePupil(pupil: Pupil): Promise<Versioned<Pupil>>;
  /** Marks the pupil as left on `leftOn` (ISO date), which starts the retention clock. */
  markLeft(current: Versioned<Pupil>, leftOn: string): Promise<Versioned<Pupil>>;
  /** Everything kept about one pupil (domain exportPupil), for the parents' right of access. */
  exportPupil(pupilId: string, now?: Date): Promise<PupilExport>;
  /**
   * Removes every record of pupils who left two years or more before `now` (domain
   * recordsToPurge): their talks, agreements and pupil entry; of the talks' calendar events
   * only those still to come (see RetentionReport.eventsKept).
   */
  runRetention(now: Date): Promise<RetentionReport>;
  /** What runRetention(now) would remove, counted, with nothing removed: for the confirmation. */
  previewRetention(now: Date): Promise<RetentionReport>;
}

// ---------------------------------------------------------------------------------------------
// Team scan (capability 6): stages of concern, team maturity, partnership profile, "over de
// streep". Individual scan entries live in an IB-only private channel site of the team; what
// everyone else reads is the aggregated ScanSummary kept beside it in the team site.
// ---------------------------------------------------------------------------------------------

import type { AssessmentTrend, SelfAssessment } from '../domain/teamScan/selfAssessment';
import type { Approach, Scan, ScanDraft } from '../domain/teamScan/scan';
import type { ScanSummary } from '../domain/teamScan/visibility';
import type { Movement } from '../domain/teamScan/movement';
import type { CountedRound, RoundResult, Statement, VoteChoice } from '../domain/teamScan/overDeStreep';

/** What every staff member may see of the team scan (no names), read in one $batch. */
export interface TeamScanOverview {
  /** Summaries of the scans (of the cycle asked for, or all), oldest first. */
  scans: ScanSummary[];
  /** The newest of `scans`, or null when there is none. */
  latest: ScanSummary | null;
  /**
   * Figure 6 for the newest scan's team total: the stage most people are at, the fitting
   * leadership style (`approach.leadership`, a Transition) and the steps of the plan to work on
   * (`approach.steps`), plus stages that deserve their own approach. Null without a scan or when
   * the scan covers too few people to show a total.
   */
  approach: Approach | null;
  /** Team-level movement between consecutive scans, oldest first (domain `history`). */
  movements: Movement[];
  /** Team maturity M1–M4 self-assessments through time (`current`, `overall`, `points` with rationale). */
  maturity: AssessmentTrend<'maturity'>;
  /** The partnership profile (school type) self-assessments through time. */
  schoolType: AssessmentTrend<'schoolType'>;
}

/** A round of "over de streep" as stored, and the totals that may be shown of it. */
export interface StatementRoundSnapshot {
  round: Versioned<CountedRound>;
  /** Per statement; totals withheld while fewer than three people took a side. */
  result: RoundResult;
  /** Whether the signed-in person already voted on each statement (by statement id). */
  votedByMe: Record<string, boolean>;
}

export interface OverDeStreepSnapshot {
  statements: Versioned<Statement>[];
  rounds: StatementRoundSnapshot[];
}

/** The team tab's opening read. */
export interface TeamScanOpening {
  /** The active cycle and its meetings, as timeline.load(). */
  timeline: TimelineSnapshot;
  /** The overview of the active cycle's scans (as overview({ cycleId })); null without an active cycle. */
  overview: TeamScanOverview | null;
}

export interface TeamScanApi {
  /** Aggregates and self-assessments for every staff member (dashboard, team tab). */
  overview(options?: { cycleId?: string }): Promise<TeamScanOverview>;
  /** The active cycle with its meetings and its overview, in one $batch: the team tab's cold load. */
  openActive(): Promise<TeamScanOpening>;
  /**
   * The scans with their individual entries, newest first. IB only: the entries are in the
   * IB's private channel site, so anyone else gets an AccessDeniedError from the server.
   */
  scans(options?: { cycleId?: string }): Promise<Versioned<Scan>[]>;
  /**
   * Records a scan (id made by the caller; validateScan first): the entries into the private
   * site, then the summary (summarizeScan) into the team site. Idempotent on id. IB only.
   */
  recordScan(scan: Scan): Promise<Versioned<Scan>>;
  /** Changes a scan with If-Match and rewrites its summary. IB only. */
  updateScan(current: Versioned<Scan>, next: ScanDraft): Promise<Versioned<Scan>>;

  /** A maturity or partnership-profile self-assessment (id made by the caller; validateAssessment). */
  assess(assessment: SelfAssessment): Promise<Versioned<SelfAssessment>>;

  /** Adds a statement at the end (id made by the caller). */
  addStatement(statement: Statement): Promise<Versioned<Statement>>;
  updateStatement(current: Versioned<Statement>, text: string): Promise<Versioned<Statement>>;
  removeStatement(current: Versioned<Statement>): Promise<void>;

  /** Starts a round on the given statements, kept with the meeting when `meetingId` is given. */
  startRound(round: { id: string; heldAt: string; statements: readonly Statement[]; meetingId?: string }): Promise<StatementRoundSnapshot>;
  /**
   * The team's statement list in its order (empty until the team adds statements; the UI offers
   * the catalog's examples) and the rounds held at one meeting (or all rounds), newest first, in
   * one $batch.
   */
  overDeStreep(options?: { meetingId?: string }): Promise<OverDeStreepSnapshot>;
  /**
   * The signed-in person takes a side on one statement. Stores a count and an opaque marker
   * (never the choice with a name). Refusals are a ValidationError on field `statementId` with
   * params.reason 'alreadyVoted', 'closed' or 'unknownStatement'. Retries by itself when
   * someone else voted at the same moment.
   */
  vote(roundId: string, statementId: string, choice: VoteChoice): Promise<StatementRoundSnapshot>;
  /** The facilitator adds counts taken in the room (people crossing the line in person). */
  addRoomCounts(roundId: string, statementId: string, counts: { agree: number; disagree: number }): Promise<StatementRoundSnapshot>;
  /** Closes the round: no more votes. */
  closeRound(current: Versioned<CountedRound>): Promise<StatementRoundSnapshot>;
}

// ---------------------------------------------------------------------------------------------
// MT dashboard (capability 6): aggregated figures of one change cycle in one period, and the
// items behind each figure.
// ---------------------------------------------------------------------------------------------

import type { DashboardAggregates } from '../domain/dashboard/aggregate';
import type { FigureRef } from '../domain/dashboard/figureRef';
import type { Period } from '../domain/dashboard/periods';
import type { TalkFacts } from '../domain/dashboard/talks';

export interface DashboardSelection {
  /**
   * The cycle to show; absent: the active cycle, read in the same $batch by the status mirror
   * (else the newest, which costs one round trip more).
   */
  cycleId?: string;
  /** Null: all time. */
  period: Period | null;
  /** ISO calendar date; decides what is overdue. */
  today: string;
  /**
   * Also read the team-scan overview (as teamScan.overview()), in the same $batch as the
   * cycles. Only without a cycleId: with one, the caller keeps the overview it has.
   */
  withTeam?: boolean;
}

export interface DashboardSnapshot {
  /** Every cycle of the school, newest school year first (for choosing another one). */
  cycles: ChangeCycle[];
  /** Null when the school has no cycle yet. */
  aggregates: DashboardAggregates | null;
  /** With `withTeam` (and no cycleId): the team-scan overview, null when it could not be read. */
  team?: TeamScanOverview | null;
}

/** A parent talk as the dashboard lists it: when, which type, the pupil's first name and group. */
export type DashboardTalk = TalkFacts & Pick<Talk, 'type'> & { pupilFirstName: string; group: number };

/** The items behind one figure, by date (the promises and agreements by due date). */
export type DashboardItems =
  | { panel: 'meetings'; items: Meeting[] }
  | { panel: 'promises'; items: Commitment[] }
  | { panel: 'talks'; items: DashboardTalk[] }
  | { panel: 'agreements'; items: Agreement[] }
  | { panel: 'intervisie'; items: { id: string; date: string }[] };

export interface DashboardApi {
  /**
   * Every figure of the dashboard (domain aggregateDashboard) for one cycle and period. Reads
   * ONE $batch: the cycles, the cycle's step records, its meetings in the period, its promises
   * per bouw (three requests, so each stays under a page of 5,000 on a board's data volume),
   * the parent talks from the period's start and the agreements due from the period's start.
   * Every filter is on indexed columns and every request selects only the fields aggregated.
   * Further pages (@odata.nextLink) of all requests go together in one more $batch per page
   * round. Without a cycleId the active cycle's items are asked for by their status mirror in
   * that same $batch; only without an active cycle is the newest read in one round trip more.
   * The intervisie groups' records (names and dates, no content) ride along.
   */
  load(selection: DashboardSelection): Promise<DashboardSnapshot>;
  /**
   * The items behind one figure: one $batch with the figure's narrowest indexed query (e.g.
   * cycle, bouw and status), picked out with the same aggregation that counted them.
   */
  items(selection: DashboardSelection & { cycleId: string }, figure: FigureRef): Promise<DashboardItems>;
}

// ---------------------------------------------------------------------------------------------
// Intervisie (capability 5): groups of 4–6 with a private channel each, the recurring series,
// sessions (members only — enforced by the channel's own site), roles in turn, promises.
// ---------------------------------------------------------------------------------------------

import type { IntervisieGroup } from '../domain/intervisie/groups';
import type { MethodKey } from '../domain/intervisie/methods';
import type { RoleAssignment } from '../domain/intervisie/roles';
import type { IntervisieSession, IntervisieSessionDraft } from '../domain/intervisie/session';
import type { SeriesDraft } from '../domain/intervisie/series';
import type { PrivateSpaceRef } from './privateSpaces';

/** A group as the team site keeps it: who is in it, where its records are, when it met. No content. */
export interface IntervisieGroupRecord extends IntervisieGroup {
  /** The UPN of who created it. */
  createdByUpn: string;
  /** The method the group usually works with. */
  method: MethodKey;
  /** Its private channel and that channel's site; absent while it is being set up. */
  space?: PrivateSpaceRef;
  /** ISO dates of the sessions held (for the MT dashboard: how often a group met). */
  sessionDates: string[];
  /** The recurring Teams meeting, once planned. */
  series?: {
    /** Graph id of the series master in the organiser's calendar. */
    eventId: string;
    organizerUpn: string;
    /** ISO dates of the planned sessions. */
    dates: string[];
    /** "HH:mm" */
    startTime: string;
    minutes: number;
  };
}

export interface IntervisieGroupDraft {
  id: string;
  name: string;
  /** Four to six colleagues; the signed-in user must be one of them. */
  memberUpns: string[];
  method?: MethodKey;
}

export interface SeriesOutcome {
  group: Versioned<IntervisieGroupRecord>;
  /** The Teams meeting link of the series. */
  joinUrl?: string;
  webLink?: string;
}

/** What the intervisie view and side panel open with. */
export interface IntervisieOverview {
  /** Every group of the school, by name (as `groups()`). */
  groups: Versioned<IntervisieGroupRecord>[];
  /** The school's staff, by name (as `DataApi.staff()`), for member names and the group form. */
  staff: StaffMember[];
}

export interface IntervisieApi {
  /** The groups and the staff in one $batch: the view's whole first load (the session holds `me()`). */
  load(): Promise<IntervisieOverview>;
  /** Every group of the school (team site), by name; what staff and the MT may see. */
  groups(): Promise<Versioned<IntervisieGroupRecord>[]>;
  /**
   * Creates a group (validateGroup; the signed-in user must be a member): its record in the
   * team site, its private channel with the members (every one an owner), the sessions list in
   * the channel's site. Idempotent on the draft's id: calling it again after any failure
   * completes what was missing. A name in use rejects with a ValidationError on `name`.
   */
  createGroup(draft: IntervisieGroupDraft): Promise<Versioned<IntervisieGroupRecord>>;
  /** New members (validateGroup): the channel's members first, then the record (If-Match). */
  updateMembers(current: Versioned<IntervisieGroupRecord>, memberUpns: string[]): Promise<Versioned<IntervisieGroupRecord>>;
  /**
   * Plans the recurring Teams meeting (validateSeries): one event with a recurrence in the
   * signed-in user's calendar, online meeting teamsForBusiness, the members as attendees, the
   * body from `invite` with every value escaped; then stores the series on the record.
   * A retry never makes a second series (transactionId from the group id).
   */
  planSeries(
    current: Versioned<IntervisieGroupRecord>,
    series: SeriesDraft,
    invite: { subject: string; intro: string; members: string; method: string; methodName: string; confidential: string },
  ): Promise<SeriesOutcome>;
  /**
   * The group's sessions, newest first, from the group's own site. Rejects with
   * AccessDeniedError for anyone who is not a member — the IB and the MT included.
   */
  sessions(group: IntervisieGroupRecord): Promise<Versioned<IntervisieSession>[]>;
  /**
   * Saves a session record (validateSession) in the group's site: a new one by id, or over
   * `current` with If-Match (ConflictError when changed meanwhile). Adds the date to the
   * group's sessionDates in the team site.
   */
  saveSession(
    group: Versioned<IntervisieGroupRecord>,
    session: IntervisieSession,
    current?: Versioned<IntervisieSession>,
  ): Promise<{ session: Versioned<IntervisieSession>; group: Versioned<IntervisieGroupRecord> }>;
  /** Roles for the next session, in turn from the group's history (domain nextRoles, which views may call directly). */
  proposeRoles(group: IntervisieGroupRecord, sessions: readonly IntervisieSession[]): Promise<RoleAssignment>;
  /**
   * A personal promise made at the end of a session, into the promise tracker (a commitment of
   * the active cycle, owned by the signed-in user): the promise text only, nothing of the case.
   * `bouw` is needed only for staff without a bouw of their own.
   */
  addPromise(promise: { id: string; text: string; dueDate: string; madeOn: string; bouw?: Bouw }): Promise<Versioned<Commitment>>;
}

export type { IntervisieSession, IntervisieSessionDraft };

// ---------------------------------------------------------------------------------------------
// Staff roles (settings): the staff Team's members beside the staff list.
// ---------------------------------------------------------------------------------------------

import type { StaffRoleDraft } from '../domain/staffRoles';

/** A member of the staff Team (guests left out), as Teams knows them. */
export interface TeamMember {
  /** UPN (lower case), the key that matches a staff list entry. */
  upn: string;
  displayName: string;
  isOwner: boolean;
}

export interface StaffRolesSnapshot {
  members: TeamMember[];
  staff: Versioned<StaffMember>[];
}

export interface StaffRolesApi {
  /** The team's members and the staff list, by name. */
  load(): Promise<StaffRolesSnapshot>;
  /** Gives someone a role (domain validateStaffRole first); idempotent on the person. */
  assign(draft: StaffRoleDraft): Promise<Versioned<StaffMember>>;
  /**
   * Changes a role with If-Match. Refuses (ValidationError on `role`, params.reason 'lastMt')
   * to take the last MT member off the MT.
   */
  change(current: Versioned<StaffMember>, draft: StaffRoleDraft): Promise<Versioned<StaffMember>>;
  /** Takes someone off the staff list; never the last MT member (as change). */
  remove(current: Versioned<StaffMember>): Promise<void>;
  /**
   * First run in a tenant, after provisioning: when the staff list is empty, the signed-in
   * person becomes MT (domain firstRunStaff) and is returned; someone already on it is returned
   * as is; anyone else gets null (roles are then given in the settings).
   */
  claimFirstRun(): Promise<StaffMember | null>;
}
