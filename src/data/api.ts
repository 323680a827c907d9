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

export interface PlannerApi {
  /** Every cycle of the school, newest school year first. */
  cycles(): Promise<Versioned<ChangeCycle>[]>;
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

export interface CommitmentsApi {
  /** One view of one cycle's promises, with the goals and meetings it refers to, in one $batch. */
  load(cycleId: string, view: CommitmentView): Promise<CommitmentsSnapshot>;
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
}
