/**
 * Meetings on a cycle's timeline (capability 2). Checked with the domain's rules before any
 * request; updates go through If-Match (a stale edit rejects with a ConflictError carrying the
 * stored meeting). Meetings of an archived cycle are history and are not written.
 *
 * The CycleStatus mirror (lists/cycleLink.ts) is written once, at create, from the cycle as it
 * is stored now (read just before, so a status change by someone else since this session
 * last read the cycle is not missed); after that only the cycles repository changes it, when
 * the cycle's status changes. An update never writes it (PATCH sends only the changed fields
 * of the meeting itself) and a meeting does not move to another cycle, so the mirror stays
 * right.
 */
import type { MeetingsApi } from '../api';
import { byMeetingDate, type Meeting, type MeetingDraft, validateMeeting } from '../../domain/meetings';
import type { FieldError } from '../../domain/validation';
import { ValidationError } from '../errors';
import type { Versioned } from '../repositories/listRepository';
import type { ServiceContext } from './context';
import { idErrors, storedWritableCycle, writableCycle } from './planner';

const byDate = (a: Versioned<Meeting>, b: Versioned<Meeting>): number => byMeetingDate(a.value, b.value);

function meetingErrors(draft: MeetingDraft): { errors: FieldError[]; value: MeetingDraft | null } {
  const verdict = validateMeeting(draft);
  const errors = verdict.ok ? [] : [...verdict.errors];
  errors.push(...idErrors(draft.cycleId, 'cycleId'));
  return { errors, value: verdict.ok ? verdict.value : null };
}

export function createMeetingsApi({ repositories }: Pick<ServiceContext, 'repositories'>): MeetingsApi {
  const { cycles, meetings } = repositories;

  async function create(meeting: Meeting): Promise<Versioned<Meeting>> {
    const { id, ...draft } = meeting;
    const { errors, value } = meetingErrors(draft);
    errors.unshift(...idErrors(id));
    if (errors.length || !value) throw ValidationError.fromFieldErrors(errors, 'meeting');
    await storedWritableCycle(cycles, meeting.cycleId);
    return meetings.create({ ...value, id });
  }

  async function update(current: Versioned<Meeting>, next: MeetingDraft): Promise<Versioned<Meeting>> {
    const { errors, value } = meetingErrors(next);
    // A meeting stays on its cycle's timeline (its lookup and status mirror belong to it).
    if (next.cycleId !== current.value.cycleId) errors.push({ field: 'cycleId', code: 'invalidChoice' });
    if (errors.length || !value) throw ValidationError.fromFieldErrors(errors, 'meeting');
    await writableCycle(cycles, current.value.cycleId);
    return meetings.update(current, { ...value, id: current.value.id });
  }

  async function ofCycle(cycleId: string): Promise<Versioned<Meeting>[]> {
    return (await meetings.ofCycle(cycleId)).sort(byDate);
  }

  return { create, update, ofCycle };
}
