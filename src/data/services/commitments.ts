/**
 * The promise tracker (capability 3): beloftes per view, reports, renegotiation and the IB's
 * support follow-up.
 *
 * Reading: each view is one query on indexed columns only, sent in one $batch with the cycle's
 * goals and meetings. The promises list grows past SharePoint's 5,000-item list view threshold
 * over the years, so every view's filter starts with CycleKey (one cycle holds hundreds of
 * promises, never thousands) and adds the view's own indexed condition; further pages follow
 * @odata.nextLink. What an index cannot express (no support arranged yet, the overdue order) is
 * then applied with the domain's own rules, so the views and the domain never disagree.
 *
 * Writing: every write is checked with the domain's rules first and refused with a
 * ValidationError carrying the domain's field errors before any request is sent. Updates go
 * through the repository's If-Match, so a stale report rejects with a ConflictError whose
 * `current` is the promise as stored now.
 */
import type { ActiveCommitments, CommitmentsApi, CommitmentsSnapshot, CommitmentView } from '../api';
import { type Commitment, validateCommitment } from '../../domain/commitments';
import {
  markSupportGiven as markGiven,
  overdue,
  renegotiate as renegotiateItem,
  reportOn,
  type Report,
  supportRequests,
} from '../../domain/tracking';
import { type FieldError, isIsoDate } from '../../domain/validation';
import { type BatchAnswer, batchGet } from '../graph/batch';
import { type Filter, type ItemsQuery, where } from '../graph/odata';
import { ConflictError, ValidationError } from '../errors';
import { writeDateOnly } from '../lists/fields';
import { ACTIVE_CYCLE, type CycleScope, inCycle, scopeFilter } from '../repositories/cycleLinked';
import type { Versioned } from '../repositories/listRepository';
import type { ServiceContext } from './context';
import { idErrors, storedWritableCycle, writableCycle } from './planner';
import { activeCycleReads } from './timeline';

const byDueDate = (a: Versioned<Commitment>, b: Versioned<Commitment>): number =>
  a.value.dueDate.localeCompare(b.value.dueDate) ||
  a.value.ownerName.localeCompare(b.value.ownerName) ||
  a.value.id.localeCompare(b.value.id);

function refuse(errors: readonly FieldError[]): never {
  throw ValidationError.fromFieldErrors(errors, 'promise');
}

/** The indexed query of a view; null when it can hold nothing (no signed-in UPN for 'mine'). */
function viewQuery(scope: CycleScope, view: CommitmentView, upn: string | null): ItemsQuery | null {
  const ofCycle = scopeFilter(scope);
  const open = where.eq('Status', 'open');
  let filter: Filter;
  switch (view.kind) {
    case 'mine':
      if (!upn) return null;
      filter = where.and(ofCycle, where.eq('OwnerUpn', upn));
      break;
    case 'group':
      filter = where.and(ofCycle, where.eq('Bouw', view.bouw));
      break;
    case 'support':
      // Support is asked for in a report, so the promise is kept, partly kept, not kept or
      // renegotiated by then, not open: the index selects SupportWanted, and the domain's
      // supportRequests() leaves out what the IB has arranged already (SupportGivenOn).
      filter = where.and(ofCycle, where.eq('SupportWanted', true));
      break;
    case 'overdue':
      filter = where.and(ofCycle, open, where.lt('DueDate', writeDateOnly(view.today)!));
      break;
    case 'meeting':
      filter = where.and(ofCycle, where.eq('DueMeetingKey', view.meetingId), open);
      break;
  }
  return { filter, orderBy: [{ column: 'DueDate' }] };
}

function viewErrors(scope: CycleScope, view: CommitmentView): FieldError[] {
  const errors = 'cycleId' in scope ? idErrors(scope.cycleId, 'cycleId') : [];
  if (view.kind === 'overdue' && !isIsoDate(view.today)) errors.push({ field: 'today', code: 'invalidDate' });
  if (view.kind === 'meeting') errors.push(...idErrors(view.meetingId, 'meetingId'));
  return errors;
}

/** The domain's verdict on a whole promise, with the id checked as the ClientKey it becomes. */
function checked(commitment: Commitment): Commitment {
  const { id, ...draft } = commitment;
  const verdict = validateCommitment(draft);
  const errors = [...idErrors(id), ...idErrors(draft.cycleId, 'cycleId'), ...(verdict.ok ? [] : verdict.errors)];
  if (errors.length || !verdict.ok) refuse(errors);
  return { ...verdict.value, id };
}

export function createCommitmentsApi({
  http,
  repositories,
  signedInUpn,
}: Pick<ServiceContext, 'http' | 'repositories' | 'signedInUpn'>): CommitmentsApi {
  const { commitments, goals, meetings, cycles } = repositories;

  /**
   * One view of a cycle's promises with its goals and meetings in one $batch; or, with
   * `instead`, the caller's own requests (which bring the meetings) in place of the meetings.
   * Items are kept by CycleKey: the active-cycle scope's mirror only narrows.
   */
  async function read(
    scope: CycleScope,
    view: CommitmentView,
    instead?: readonly { id: string; url: string }[],
  ): Promise<{ answers: Map<string, BatchAnswer>; ofCycle(cycleId: string): Promise<CommitmentsSnapshot> }> {
    const errors = viewErrors(scope, view);
    if (errors.length) refuse(errors);
    const query = viewQuery(scope, view, view.kind === 'mine' ? await signedInUpn() : null);
    const ofScope = scopeFilter(scope);
    const [commitmentsUrl, goalsUrl, meetingsUrl] = await Promise.all([
      query ? commitments.queryUrl(query) : Promise.resolve(null),
      goals.queryUrl({ filter: ofScope, orderBy: [{ column: 'Round' }, { column: 'Priority' }] }),
      instead ? Promise.resolve(null) : meetings.queryUrl({ filter: ofScope, orderBy: [{ column: 'MeetingDate' }] }),
    ]);
    const answers = await batchGet(http, [
      ...(commitmentsUrl ? [{ id: 'commitments', url: commitmentsUrl }] : []),
      { id: 'goals', url: goalsUrl },
      ...(meetingsUrl ? [{ id: 'meetings', url: meetingsUrl }] : (instead ?? [])),
    ]);
    const ofCycle = async (cycleId: string): Promise<CommitmentsSnapshot> => {
      // Further pages of each answer, if any, are read side by side.
      const [found, ofCycleGoals, ofCycleMeetings] = await Promise.all([
        commitmentsUrl ? commitments.fromAnswer(answers.get('commitments')) : Promise.resolve([]),
        goals.fromAnswer(answers.get('goals')),
        answers.has('meetings') ? meetings.fromAnswer(answers.get('meetings')) : Promise.resolve([]),
      ]);
      let listed = inCycle(found, cycleId).sort(byDueDate);
      if (view.kind === 'support') {
        const open = new Set(supportRequests(listed.map((c) => c.value)));
        listed = listed.filter((c) => open.has(c.value));
      } else if (view.kind === 'overdue') {
        const late = overdue(listed.map((c) => c.value), view.today);
        const order = new Map(late.map((c, i) => [c, i]));
        listed = listed.filter((c) => order.has(c.value)).sort((a, b) => order.get(a.value)! - order.get(b.value)!);
      }
      return { commitments: listed, goals: inCycle(ofCycleGoals, cycleId), meetings: inCycle(ofCycleMeetings, cycleId) };
    };
    return { answers, ofCycle };
  }

  async function load(cycleId: string, view: CommitmentView): Promise<CommitmentsSnapshot> {
    return (await read({ cycleId }, view)).ofCycle(cycleId);
  }

  /**
   * The active cycle with its meetings (the timeline's reads) and one view of its promises with
   * its goals, in one $batch: every filter is on a value known before anything is read (Status
   * and the status mirror, lists/cycleLink.ts), so the promise tracker opens in one round trip.
   */
  async function openActive(view: CommitmentView): Promise<ActiveCommitments> {
    const timeline = activeCycleReads({ repositories });
    const { answers, ofCycle } = await read(ACTIVE_CYCLE, view, await timeline.requests());
    const { cycle, meetings: cycleMeetings } = await timeline.from(answers);
    if (!cycle) return { timeline: { cycle: null, meetings: [] }, snapshot: null };
    const snapshot = { ...(await ofCycle(cycle.value.id)), meetings: cycleMeetings };
    return { timeline: { cycle: cycle.value, meetings: cycleMeetings.map((m) => m.value) }, snapshot };
  }

  async function create(commitment: Commitment): Promise<Versioned<Commitment>> {
    const value = checked(commitment);
    await storedWritableCycle(cycles, value.cycleId);
    return commitments.create(value);
  }

  async function report(
    current: Versioned<Commitment>,
    status: 'kept' | 'partlyKept' | 'notKept',
    given: Report,
    today: string,
  ): Promise<Versioned<Commitment>> {
    const verdict = reportOn(current.value, status, given, today);
    if (!verdict.ok) refuse(verdict.errors);
    await writableCycle(cycles, current.value.cycleId);
    return commitments.update(current, verdict.value);
  }

  async function renegotiate(
    current: Versioned<Commitment>,
    given: Report,
    next: { id: string; text: string; dueDate: string; dueMeetingId?: string },
    today: string,
  ): Promise<{ previous: Versioned<Commitment>; next: Versioned<Commitment> }> {
    const errors = idErrors(next.id);
    if (next.id === current.value.id) errors.push({ field: 'id', code: 'invalidChoice' });
    const verdict = renegotiateItem(current.value, given, next, today);
    if (!verdict.ok) errors.push(...verdict.errors);
    if (errors.length || !verdict.ok) refuse(errors);
    // A successor due at another meeting than its predecessor is due at that meeting only.
    const successor = checked(
      next.dueMeetingId === undefined ? { ...verdict.value.next, dueMeetingId: undefined } : verdict.value.next,
    );
    // The successor's status mirror comes from the cycle as stored now.
    await storedWritableCycle(cycles, current.value.cycleId);

    // The successor is written first, then the previous promise is closed. If anything fails in
    // between, the previous one is still open and the same call can simply be made again: the
    // successor is looked up by its id (its ClientKey) before it is created, so a retry finds it
    // instead of making a second one, and goes on to close the previous one. The other order
    // could leave a promise closed as renegotiated without any successor, and what was promised
    // would be lost.
    const { item: created } = await commitments.ensure(successor);
    try {
      const previous = await commitments.update(current, verdict.value.previous);
      return { previous, next: created };
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const stored = (error as ConflictError<Versioned<Commitment>>).current;
      // Closed as renegotiated meanwhile. When ours is its only successor, an earlier attempt of
      // this call went through but its answer was lost, so this retry is done.
      if (stored?.value.status === 'renegotiated') {
        const successors = await commitments.query({ filter: where.eq('RenegotiatedFromKey', current.value.id), top: 10 });
        if (successors.every((s) => s.value.id === created.value.id)) return { previous: stored, next: created };
      }
      // Someone reported it otherwise, or renegotiated it into another promise, meanwhile: ours
      // would be a second promise where there should be none or one, so it goes again and the
      // conflict is the caller's to decide.
      await commitments.remove(created).catch(() => undefined);
      throw error;
    }
  }

  async function markSupportGiven(current: Versioned<Commitment>, today: string): Promise<Versioned<Commitment>> {
    const errors: FieldError[] = [];
    if (!isIsoDate(today)) errors.push({ field: 'supportGivenOn', code: 'invalidDate' });
    // Only asked-for support can be arranged; a promise without a request has nothing to clear.
    if (!current.value.supportWanted) errors.push({ field: 'supportWanted', code: 'invalidChoice' });
    if (errors.length) refuse(errors);
    await writableCycle(cycles, current.value.cycleId);
    return commitments.update(current, markGiven(current.value, today));
  }

  return { load, openActive, create, report, renegotiate, markSupportGiven };
}
