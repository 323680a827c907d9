/**
 * Parent talks (capability 4): planning a talk as a Teams meeting in the organiser's calendar,
 * the record (notes, agreements, follow-up), the summary mail to the parents, the parents'
 * right of access (export) and the retention job. See TalksApi in ../api.ts for the contract.
 *
 * Storage. A talk is one item of DriehoekTalks; its agreements are items of DriehoekAgreements
 * (so the promise tracker queries them like beloftes); each pupil has one item of
 * DriehoekPupils (first name, group, date left). Parents are part of their talk's item, as JSON:
 * they are never users of the app, never looked up or filtered on, and belong to the talk they
 * were invited to (parents who live apart are both on it). A separate Parents list would need a
 * multi-value lookup (which neither the local server nor a plain SharePoint view handles well),
 * a second write per talk that can fail halfway, and its own retention: with the parents inside
 * the talk, deleting the talk removes them and exporting the talk exports them.
 *
 * Writes are ordered so that any step can fail and the same call can simply be made again:
 * - plan: the calendar events are created first, each with a transactionId made from the talk
 *   id ("<talk id>:talk", "<talk id>:preTalk"), so a retried create gets the event made the
 *   first time instead of a second invitation; then the talk is stored under its ClientKey,
 *   with the event ids; a retry that finds the talk stored returns it and creates nothing.
 * - reschedule and cancel: the talk item first, with If-Match (someone else's change is a
 *   ConflictError and nothing else happens), then the events; a retry with the stored talk
 *   finds nothing left to change on the item and completes the events.
 * Every write is checked with the domain's rules first and refused with a ValidationError
 * before any request is sent.
 */
import type {
  AgreementView,
  PlanOptions,
  PlanOutcome,
  RetentionReport,
  ScheduledTalk,
  TalkRecordSnapshot,
  TalkLoadOptions,
  TalksApi,
  TalksSnapshot,
  TalkView,
} from '../api';
import { type Agreement, validateAgreement } from '../../domain/talks/agreements';
import { inviteSubject, preTalkSubject, renderInviteHtml, renderPreTalkHtml } from '../../domain/talks/invite';
import type { TalkMessages } from '../../domain/talks/messages';
import { type Note, type TalkRecord, validateNote, withFollowUp } from '../../domain/talks/record';
import { busySlot, type CalendarSlot, detectDoubleBooking, planFollowUp as followUpDraft, preTalkOf, talkSlot } from '../../domain/talks/schedule';
import { renderSummaryHtml, renderSummaryText, summarySubject } from '../../domain/talks/summary';
import { schoolDate } from '../../domain/talks/time';
import type { Participant, Pupil, Talk } from '../../domain/talks/types';
import { type TalkDraft, validateTalk } from '../../domain/talks/validate';
import { exportPupil as buildExport, type PupilExport, recordsToPurge, RETENTION_YEARS, retentionEventAction } from '../../domain/retention';
import { overdue, renegotiate, type Report } from '../../domain/tracking';
import { type FieldError, isIsoDate } from '../../domain/validation';
import { answerBody, batchGet, type BatchAnswer } from '../graph/batch';
import type { Collection, RequestOptions } from '../graph/http';
import { type ItemsQuery, odataString, where } from '../graph/odata';
import { withScopes } from '../graph/scopes';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { agreementMapper, type StoredAgreement } from '../lists/agreements';
import { writeDateOnly } from '../lists/fields';
import { pupilMapper } from '../lists/pupils';
import { normaliseUpn } from '../lists/staff';
import { talkMapper, writeInstant } from '../lists/talks';
import { ListRepository, type Versioned } from '../repositories/listRepository';
import type { ServiceContext } from './context';
import { idErrors } from './planner';

// ---------------------------------------------------------------------------------------------
// Graph calendar and mail shapes (only what Driehoek reads or writes)
// ---------------------------------------------------------------------------------------------

interface GraphDateTime {
  dateTime: string;
  timeZone: string;
}

interface GraphEvent {
  id: string;
  '@odata.etag'?: string;
  subject?: string;
  start?: GraphDateTime;
  end?: GraphDateTime;
  isCancelled?: boolean;
  showAs?: CalendarSlot['showAs'];
  transactionId?: string;
  body?: { contentType: string; content: string };
  webLink?: string;
  onlineMeeting?: { joinUrl?: string } | null;
}

/** Times are asked for and sent in UTC, so an instant never depends on the mailbox's zone. */
const UTC_PREFER = { Prefer: 'outlook.timezone="UTC"' };

/** The organiser's calendar: its own scopes, times in UTC. */
const CALENDAR: RequestOptions = { ...withScopes('calendar'), headers: UTC_PREFER };
/** Planning's one round trip reads the calendar beside the lists, on one token. */
const CALENDAR_AND_LISTS = withScopes('lists', 'calendar');
const SEND_MAIL = withScopes('sendMail');
const READ_SENT_MAIL = withScopes('readSentMail');

/** Graph's dateTimeTimeZone for an ISO instant. */
function graphTime(instant: string): GraphDateTime {
  return { dateTime: new Date(instant).toISOString().slice(0, 23), timeZone: 'UTC' };
}

/** An instant from Graph's dateTimeTimeZone (UTC, as asked for with UTC_PREFER). */
function instantOf(value: GraphDateTime | undefined): string | null {
  if (!value?.dateTime) return null;
  if (value.timeZone && value.timeZone.toUpperCase() !== 'UTC') return null;
  const ms = Date.parse(`${value.dateTime.slice(0, 23)}Z`);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** A message in Sent Items, as far as finding a sent summary needs it. */
interface SentMessage {
  subject?: string;
  sentDateTime?: string;
  toRecipients?: { emailAddress?: { address?: string } }[];
}

/**
 * How long after a first attempt a summary not (yet) in Sent Items is taken for still on its way.
 * Exchange saves a sent mail there within seconds; sending again sooner could mail it twice.
 */
const SENDING_PATIENCE_MS = 2 * 60_000;

const transactionIdOf = (talkId: string, which: 'talk' | 'preTalk'): string => `${talkId}:${which}`;

/**
 * The invite's own part of the event body. In a tenant, Exchange adds the Teams meeting block
 * (join link, dial-in) to the body of an online meeting, and Graph warns that replacing the
 * whole body removes it; a reschedule therefore replaces only this part.
 */
const INVITE_OPEN = '<div class="driehoek-invite">';
const INVITE_PART = /<div class="driehoek-invite">[\s\S]*?<\/div>/;
const inviteBody = (html: string): string => `${INVITE_OPEN}\n${html}\n</div>`;

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

function refuse(errors: readonly FieldError[], what = 'talk'): never {
  throw ValidationError.fromFieldErrors(errors, what);
}

const draftOf = (talk: Talk): TalkDraft => {
  const { id: _id, ...draft } = talk;
  return draft;
};

/** The domain's verdict on a whole talk, with its id checked as the ClientKey it becomes. */
function checkedTalk(talk: Talk): Talk {
  const verdict = validateTalk(draftOf(talk));
  const errors = [...idErrors(talk.id), ...idErrors(talk.pupil?.id, 'pupil.id'), ...(verdict.ok ? [] : verdict.errors)];
  if (talk.followUpOf !== undefined) {
    errors.push(...idErrors(talk.followUpOf, 'followUpOf'));
    if (talk.followUpOf === talk.id) errors.push({ field: 'followUpOf', code: 'invalidChoice' });
  }
  if (errors.length || !verdict.ok) refuse(errors);
  return { ...verdict.value, id: talk.id };
}

function checkedAgreement(agreement: Agreement): Agreement {
  const { id, ...draft } = agreement;
  const verdict = validateAgreement(draft);
  const errors = [
    ...idErrors(id),
    ...idErrors(draft.talkId, 'talkId'),
    ...idErrors(draft.pupilId, 'pupilId'),
    ...(verdict.ok ? [] : verdict.errors),
  ];
  if (errors.length || !verdict.ok) refuse(errors, 'agreement');
  return { ...verdict.value, id };
}

function checkedNotes(notes: readonly Note[]): Note[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const clean = notes.map((note, i) => {
    errors.push(...idErrors(note.id, `notes.${i}.id`));
    if (seen.has(note.id)) errors.push({ field: `notes.${i}.id`, code: 'invalidChoice' });
    seen.add(note.id);
    const verdict = validateNote(note);
    if (!verdict.ok) {
      errors.push(...verdict.errors.map((e) => ({ ...e, field: `notes.${i}.${e.field}` })));
      return note;
    }
    return verdict.value;
  });
  if (errors.length) refuse(errors, 'notes');
  return clean;
}

/** The domain Agreement of a stored one (without who recorded it and who organised the talk). */
const plainAgreement = (stored: StoredAgreement): Agreement => {
  const { responsibleUpn: _responsible, organizerUpn: _organizer, ...agreement } = stored;
  return agreement;
};

/** Who recorded and who organised, kept on every write of a stored agreement. */
const peopleOf = (stored: StoredAgreement): Pick<StoredAgreement, 'responsibleUpn' | 'organizerUpn'> => ({
  ...(stored.responsibleUpn ? { responsibleUpn: stored.responsibleUpn } : {}),
  ...(stored.organizerUpn ? { organizerUpn: stored.organizerUpn } : {}),
});

function recordOf(stored: ScheduledTalk, agreements: readonly StoredAgreement[]): TalkRecord {
  return {
    talkId: stored.talk.id,
    pupilId: stored.talk.pupil.id,
    notes: stored.notes,
    agreements: agreements.map(plainAgreement),
    ...(stored.followUp ? { followUp: stored.followUp } : {}),
    ...(stored.summary ? { summary: stored.summary } : {}),
  };
}

const byStart = (a: Versioned<ScheduledTalk>, b: Versioned<ScheduledTalk>): number =>
  Date.parse(a.value.talk.start) - Date.parse(b.value.talk.start) || a.value.talk.id.localeCompare(b.value.talk.id);

const byDueDate = (a: Versioned<StoredAgreement>, b: Versioned<StoredAgreement>): number =>
  a.value.dueDate.localeCompare(b.value.dueDate) || a.value.id.localeCompare(b.value.id);

const unique = (values: readonly string[]): string[] => [...new Set(values.map((v) => v.trim().toLowerCase()))];

/** ISO date `years` earlier on the calendar (29 February becomes 28 February). */
function yearsBefore(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y - years, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// The API
// ---------------------------------------------------------------------------------------------

export function createTalksApi(context: Pick<ServiceContext, 'http' | 'site' | 'signedInUpn'>): TalksApi {
  const { http, site, signedInUpn } = context;
  const repoContext = { http, sitePath: () => site.sitePath() };
  const talks = new ListRepository(repoContext, talkMapper);
  const agreementsRepo = new ListRepository(repoContext, agreementMapper);
  const pupilsRepo = new ListRepository(repoContext, pupilMapper);

  async function me(): Promise<string> {
    const upn = await signedInUpn();
    if (!upn) throw new NotFoundError('the signed-in user has no user principal name', { status: 404, code: 'itemNotFound' });
    return normaliseUpn(upn);
  }

  const calendarViewUrl = (from: string, to: string): string =>
    `/me/calendarView?startDateTime=${encodeURIComponent(from)}&endDateTime=${encodeURIComponent(to)}` +
    '&$select=subject,start,end,showAs,isCancelled,transactionId&$top=100';

  async function calendarSlots(first: Collection<GraphEvent>, exclude: (e: GraphEvent) => boolean): Promise<CalendarSlot[]> {
    const events = await http.rest(first, CALENDAR);
    const slots: CalendarSlot[] = [];
    for (const e of events) {
      if (exclude(e)) continue;
      const start = instantOf(e.start);
      const end = instantOf(e.end);
      if (!start || !end) continue;
      slots.push({
        id: e.id,
        start,
        end,
        ...(e.subject !== undefined ? { subject: e.subject } : {}),
        ...(e.isCancelled !== undefined ? { isCancelled: e.isCancelled } : {}),
        ...(e.showAs !== undefined ? { showAs: e.showAs } : {}),
      });
    }
    return slots;
  }

  /** The organiser's events that overlap the talk (and its pre-talk), leaving out the talk's own. */
  function ownEvent(talkId: string, stored?: ScheduledTalk): (e: GraphEvent) => boolean {
    const ids = new Set([stored?.eventId, stored?.preTalkEventId].filter(Boolean));
    return (e) => ids.has(e.id) || (e.transactionId ?? '').startsWith(`${talkId}:`);
  }

  async function clashesFor(draft: TalkDraft, first: Collection<GraphEvent>, exclude: (e: GraphEvent) => boolean) {
    return detectDoubleBooking(await calendarSlots(first, exclude), busySlot(draft));
  }

  async function clashes(draft: TalkDraft): Promise<CalendarSlot[]> {
    const verdict = validateTalk(draft);
    if (!verdict.ok) refuse(verdict.errors);
    const slot = busySlot(verdict.value);
    const first = await http.get<Collection<GraphEvent>>(calendarViewUrl(slot.start, slot.end), CALENDAR);
    return clashesFor(verdict.value, first, () => false);
  }

  // ----- events -----

  function attendeesOf(people: ReadonlyArray<{ name: string; email: string }>, organizer: string) {
    const seen = new Set<string>([organizer]);
    const attendees: { type: 'required'; emailAddress: { address: string; name: string } }[] = [];
    for (const person of people) {
      const address = person.email.trim();
      if (seen.has(address.toLowerCase())) continue;
      seen.add(address.toLowerCase());
      attendees.push({ type: 'required', emailAddress: { address, name: person.name } });
    }
    return attendees;
  }

  function talkEventBody(talk: Talk, messages: TalkMessages, organizer: string): Record<string, unknown> {
    const draft = draftOf(talk);
    const slot = talkSlot(draft);
    return {
      subject: inviteSubject(draft, messages),
      body: { contentType: 'html', content: inviteBody(renderInviteHtml(draft, messages)) },
      start: graphTime(slot.start),
      end: graphTime(slot.end),
      ...(talk.mode === 'inPerson' && talk.location ? { location: { displayName: talk.location } } : {}),
      // Parents first: they must know beforehand who attends, and the invite lists everyone.
      attendees: attendeesOf([...talk.parents, ...talk.staff], organizer),
      // Always a Teams meeting: online talks happen in it, and in person the staff run the
      // agenda, timers and notes in its side panel.
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      showAs: 'busy',
    };
  }

  function preTalkEventBody(talk: Talk, messages: TalkMessages, organizer: string): Record<string, unknown> | null {
    const draft = draftOf(talk);
    const preTalk = preTalkOf(draft);
    const html = renderPreTalkHtml(draft, messages);
    if (!preTalk || html === null) return null;
    const staff: Participant[] = preTalk.attendees;
    return {
      subject: preTalkSubject(draft, messages),
      body: { contentType: 'html', content: inviteBody(html) },
      start: graphTime(preTalk.start),
      end: graphTime(preTalk.end),
      // Staff only: this is where they agree on the course of the talk.
      attendees: attendeesOf(staff, organizer),
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      showAs: 'busy',
    };
  }

  const createEvent = (body: Record<string, unknown>, transactionId: string): Promise<GraphEvent> =>
    http.post<GraphEvent>('/me/events', { ...body, transactionId }, CALENDAR);

  const eventPath = (id: string) => `/me/events/${encodeURIComponent(id)}`;

  /**
   * Moves an event and replaces the invite's part of its body, keeping what Exchange added.
   * The body is read and written back with If-Match, so an edit made in Outlook in between is
   * not overwritten: the change is read again and applied once more.
   */
  async function moveEvent(id: string, patch: Record<string, unknown>, html: string | null): Promise<GraphEvent | null> {
    for (let attempt = 0; ; attempt += 1) {
      let current: GraphEvent;
      try {
        current = await http.get<GraphEvent>(`${eventPath(id)}?$select=body`, CALENDAR);
      } catch (error) {
        if (error instanceof NotFoundError) return null;
        throw error;
      }
      const content = current.body?.content ?? '';
      const body =
        html === null
          ? undefined
          : INVITE_PART.test(content)
            ? { contentType: 'html', content: content.replace(INVITE_PART, inviteBody(html)) }
            : content.trim() === ''
              ? { contentType: 'html', content: inviteBody(html) }
              : undefined;
      try {
        return await http.patch<GraphEvent>(eventPath(id), { ...patch, ...(body ? { body } : {}) }, {
          ...CALENDAR,
          headers: { ...UTC_PREFER, ...(current['@odata.etag'] ? { 'If-Match': current['@odata.etag'] } : {}) },
        });
      } catch (error) {
        if (error instanceof NotFoundError) return null;
        if (error instanceof ConflictError && attempt < 2) continue;
        throw error;
      }
    }
  }

  async function deleteEvent(id: string | undefined): Promise<boolean> {
    if (!id) return false;
    try {
      await http.delete(eventPath(id), CALENDAR);
      return true;
    } catch (error) {
      if (error instanceof NotFoundError) return false;
      throw error;
    }
  }

  // ----- reading -----

  function viewQuery(view: TalkView, upn: string | null) {
    switch (view.kind) {
      case 'upcoming':
        return {
          filter: where.and(where.eq('Status', 'planned'), where.ge('StartsAt', writeInstant(view.from))),
          orderBy: [{ column: 'StartsAt' }],
        };
      case 'pupil':
        return { filter: where.eq('PupilKey', view.pupilId), orderBy: [{ column: 'StartsAt' }] };
      case 'organiser':
        return { filter: where.eq('OrganizerUpn', normaliseUpn(view.upn ?? upn ?? '')), orderBy: [{ column: 'StartsAt' }] };
    }
  }

  function viewErrors(view: TalkView): FieldError[] {
    switch (view.kind) {
      case 'upcoming':
        return typeof view.from === 'string' && !Number.isNaN(Date.parse(view.from)) ? [] : [{ field: 'from', code: 'invalidDate' }];
      case 'pupil':
        return idErrors(view.pupilId, 'pupilId');
      case 'organiser':
        return view.upn === undefined ? [] : idErrors(view.upn, 'upn');
      default:
        return [{ field: 'view', code: 'invalidChoice' }];
    }
  }

  const sortPupils = (items: Versioned<Pupil>[]) =>
    [...items].sort((a, b) => a.value.group - b.value.group || a.value.firstName.localeCompare(b.value.firstName));

  async function load(view: TalkView, also: TalkLoadOptions = {}): Promise<TalksSnapshot> {
    const errors = viewErrors(view);
    if (errors.length) refuse(errors, 'view');
    const upn = view.kind === 'organiser' && view.upn === undefined ? await me() : null;
    const withAgreements = also.agreements ? await agreementsQuery(also.agreements) : null;
    const [talksUrl, pupilsUrl, agreementsUrl] = await Promise.all([
      talks.queryUrl(viewQuery(view, upn)),
      pupilsRepo.queryUrl(),
      withAgreements ? agreementsRepo.queryUrl(withAgreements.query) : null,
    ]);
    const answers = await batchGet(http, [
      { id: 'talks', url: talksUrl },
      { id: 'pupils', url: pupilsUrl },
      ...(agreementsUrl ? [{ id: 'agreements', url: agreementsUrl }] : []),
    ]);
    const [found, pupils, agreementItems] = await Promise.all([
      talks.fromAnswer(answers.get('talks')),
      pupilsRepo.fromAnswer(answers.get('pupils')),
      withAgreements ? agreementsRepo.fromAnswer(answers.get('agreements')) : null,
    ]);
    return {
      talks: [...found].sort(byStart),
      pupils: sortPupils(pupils),
      ...(withAgreements && agreementItems ? { agreements: withAgreements.order(agreementItems) } : {}),
    };
  }


  async function get(talkId: string): Promise<Versioned<ScheduledTalk> | null> {
    const errors = idErrors(talkId, 'talkId');
    if (errors.length) refuse(errors);
    return talks.findByKey(talkId);
  }

  async function record(talkId: string): Promise<TalkRecordSnapshot> {
    const errors = idErrors(talkId, 'talkId');
    if (errors.length) refuse(errors);
    const [talkUrl, agreementsUrl] = await Promise.all([
      talks.queryUrl({ filter: where.eq('ClientKey', talkId), top: 2 }),
      agreementsRepo.queryUrl({ filter: where.eq('TalkKey', talkId), orderBy: [{ column: 'DueDate' }] }),
    ]);
    const answers = await batchGet(http, [
      { id: 'talk', url: talkUrl },
      { id: 'agreements', url: agreementsUrl },
    ]);
    const [found, agreements] = await Promise.all([
      talks.fromAnswer(answers.get('talk')),
      agreementsRepo.fromAnswer(answers.get('agreements')),
    ]);
    const talk = found[0];
    if (!talk) throw new NotFoundError(`talk ${talkId} does not exist`, { status: 404, code: 'itemNotFound' });
    const sorted = [...agreements].sort(byDueDate);
    return { talk, agreements: sorted, record: recordOf(talk.value, sorted.map((a) => a.value)) };
  }

  // ----- planning -----

  /**
   * Links a newly planned follow-up on the record of the talk it follows up: the record's
   * followUp, and the follow-up date on every open agreement (domain withFollowUp).
   */
  async function linkFollowUp(originalId: string, followUp: Talk): Promise<void> {
    const snapshot = await record(originalId).catch((error: unknown) => {
      if (error instanceof NotFoundError) return null;
      throw error;
    });
    if (!snapshot) return;
    const linked = withFollowUp(snapshot.record, followUp);
    for (let attempt = 0; ; attempt += 1) {
      try {
        const current = attempt === 0 ? snapshot.talk : await talks.getByItemId(snapshot.talk.itemId);
        await talks.update(current, { ...current.value, followUp: linked.followUp! });
        break;
      } catch (error) {
        if (!(error instanceof ConflictError) || attempt >= 2) throw error;
      }
    }
    const next = new Map(linked.agreements.map((a) => [a.id, a]));
    for (const stored of snapshot.agreements) {
      const updated = next.get(stored.value.id);
      if (updated && updated.followUpDate !== stored.value.followUpDate) {
        await agreementsRepo.update(stored, { ...stored.value, followUpDate: updated.followUpDate });
      }
    }
  }

  async function plan(given: Talk, options: PlanOptions): Promise<PlanOutcome> {
    const talk: Talk = { ...checkedTalk(given), status: 'planned' };
    const draft = draftOf(talk);
    const organizer = await me();
    const slot = busySlot(draft);

    // One round trip: the organiser's calendar around the talk, the talk itself (a retry finds
    // it stored) and the pupil's entry.
    const [talkUrl, pupilUrl] = await Promise.all([
      talks.queryUrl({ filter: where.eq('ClientKey', talk.id), top: 2 }),
      pupilsRepo.queryUrl({ filter: where.eq('ClientKey', talk.pupil.id), top: 2 }),
    ]);
    const answers = await batchGet(
      http,
      [
        { id: 'calendar', url: calendarViewUrl(slot.start, slot.end), headers: UTC_PREFER },
        { id: 'talk', url: talkUrl },
        { id: 'pupil', url: pupilUrl },
      ],
      { request: CALENDAR_AND_LISTS },
    );
    const stored = (await talks.fromAnswer(answers.get('talk')))[0];
    if (stored?.value.eventId) return { planned: stored, clashes: [] };
    const found = await clashesFor(draft, answerBody<Collection<GraphEvent>>(answers.get('calendar')), ownEvent(talk.id));
    if (found.length && options.stopOnClash) return { planned: null, clashes: found };

    if (!(await pupilsRepo.fromAnswer(answers.get('pupil')))[0]) {
      const { id, firstName, group } = talk.pupil;
      await pupilsRepo.create({ id, firstName, group });
    }

    const preTalkBody = preTalkEventBody(talk, options.messages, organizer);
    const preTalk = preTalkBody ? await createEvent(preTalkBody, transactionIdOf(talk.id, 'preTalk')) : null;
    const event = await createEvent(talkEventBody(talk, options.messages, organizer), transactionIdOf(talk.id, 'talk'));

    // The pupil's date of leaving lives on the pupil's entry only.
    const { leftOn: _leftOn, ...pupil } = talk.pupil;
    const value: ScheduledTalk = {
      talk: { ...talk, pupil },
      organizerUpn: organizer,
      eventId: event.id,
      ...(preTalk ? { preTalkEventId: preTalk.id } : {}),
      ...(event.onlineMeeting?.joinUrl ? { joinUrl: event.onlineMeeting.joinUrl } : {}),
      ...(event.webLink ? { webLink: event.webLink } : {}),
      notes: stored?.value.notes ?? [],
    };
    const planned = stored ? await talks.update(stored, { ...stored.value, ...value }) : await talks.create(value);
    if (talk.followUpOf) await linkFollowUp(talk.followUpOf, planned.value.talk);
    return { planned, clashes: found };
  }

  async function reschedule(
    current: Versioned<ScheduledTalk>,
    next: Pick<Talk, 'start' | 'durationMinutes'> & Partial<Pick<Talk, 'location' | 'mode'>>,
    options: PlanOptions,
  ): Promise<PlanOutcome> {
    const before = current.value.talk;
    const errors: FieldError[] = [];
    if (before.status === 'cancelled' || before.status === 'held') errors.push({ field: 'status', code: 'invalidChoice' });
    const merged: Talk = {
      ...before,
      start: next.start,
      durationMinutes: next.durationMinutes,
      ...(next.mode !== undefined ? { mode: next.mode } : {}),
      ...('location' in next ? { location: next.location } : {}),
    };
    if (merged.location === undefined) delete merged.location;
    const verdict = validateTalk(draftOf(merged));
    if (!verdict.ok) errors.push(...verdict.errors);
    if (errors.length || !verdict.ok) refuse(errors);
    const talk: Talk = { ...verdict.value, id: before.id };
    const draft = draftOf(talk);
    const slot = busySlot(draft);

    const first = await http.get<Collection<GraphEvent>>(calendarViewUrl(slot.start, slot.end), CALENDAR);
    const found = await clashesFor(draft, first, ownEvent(talk.id, current.value));
    if (found.length && options.stopOnClash) return { planned: null, clashes: found };

    // The talk first: a ConflictError here leaves the calendar as it was.
    let saved = await talks.update(current, { ...current.value, talk });
    const organizer = saved.value.organizerUpn;
    const eventBody = talkEventBody(talk, options.messages, organizer);
    const { start, end } = eventBody as { start: GraphDateTime; end: GraphDateTime };
    const invite = renderInviteHtml(draft, options.messages);
    const patch = {
      subject: eventBody.subject,
      start,
      end,
      location: talk.mode === 'inPerson' && talk.location ? { displayName: talk.location } : { displayName: '' },
    };
    const moved = saved.value.eventId ? await moveEvent(saved.value.eventId, patch, invite) : null;
    let value = saved.value;
    if (!moved) {
      // Deleted in Outlook meanwhile: the talk gets a new meeting (and a new join link).
      const created = await createEvent(eventBody, `${transactionIdOf(talk.id, 'talk')}:${Date.parse(talk.start)}`);
      value = {
        ...value,
        eventId: created.id,
        ...(created.onlineMeeting?.joinUrl ? { joinUrl: created.onlineMeeting.joinUrl } : {}),
        ...(created.webLink ? { webLink: created.webLink } : {}),
      };
    }
    const preTalkBody = preTalkEventBody(talk, options.messages, organizer);
    if (preTalkBody) {
      const prePatch = { start: preTalkBody.start, end: preTalkBody.end };
      const movedPre = value.preTalkEventId ? await moveEvent(value.preTalkEventId, prePatch, renderPreTalkHtml(draft, options.messages)) : null;
      if (!movedPre) {
        const created = await createEvent(preTalkBody, `${transactionIdOf(talk.id, 'preTalk')}:${Date.parse(talk.start)}`);
        value = { ...value, preTalkEventId: created.id };
      }
    }
    if (value !== saved.value) saved = await talks.update(saved, value);
    return { planned: saved, clashes: found };
  }

  async function setStatus(current: Versioned<ScheduledTalk>, status: Talk['status']): Promise<Versioned<ScheduledTalk>> {
    if (current.value.talk.status === status) return current;
    return talks.update(current, { ...current.value, talk: { ...current.value.talk, status } });
  }

  async function cancel(current: Versioned<ScheduledTalk>): Promise<Versioned<ScheduledTalk>> {
    if (current.value.talk.status === 'held') refuse([{ field: 'status', code: 'invalidChoice' }]);
    const cancelled = await setStatus(current, 'cancelled');
    // The organiser deleting a meeting sends its attendees Outlook's cancellation.
    await deleteEvent(cancelled.value.preTalkEventId);
    await deleteEvent(cancelled.value.eventId);
    return cancelled;
  }

  async function markHeld(current: Versioned<ScheduledTalk>): Promise<Versioned<ScheduledTalk>> {
    if (current.value.talk.status === 'cancelled') refuse([{ field: 'status', code: 'invalidChoice' }]);
    return setStatus(current, 'held');
  }

  async function planFollowUp(
    current: Versioned<ScheduledTalk>,
    followUp: { id: string; weeks: number; start?: string },
    options: PlanOptions,
  ): Promise<PlanOutcome> {
    const errors = idErrors(followUp.id);
    let draft: TalkDraft | null = null;
    try {
      draft = followUpDraft(current.value.talk, followUp.weeks);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      errors.push({ field: 'weeks', code: 'outOfRange', params: { min: 1, max: 52 } });
    }
    if (errors.length || !draft) refuse(errors);
    return plan({ ...draft, ...(followUp.start !== undefined ? { start: followUp.start } : {}), id: followUp.id }, options);
  }

  // ----- the record -----

  async function saveNotes(current: Versioned<ScheduledTalk>, notes: readonly Note[]): Promise<Versioned<ScheduledTalk>> {
    const clean = checkedNotes(notes);
    return talks.update(current, { ...current.value, notes: clean });
  }

  async function createAgreement(agreement: Agreement): Promise<Versioned<Agreement>> {
    const value = checkedAgreement(agreement);
    // The talk's organiser goes with the agreement, so their "mine" view finds it on an index.
    const [upn, talk] = await Promise.all([me(), talks.findByKey(value.talkId)]);
    if (!talk) throw new NotFoundError(`talk ${value.talkId} does not exist`, { status: 404, code: 'itemNotFound' });
    return agreementsRepo.create({ ...value, responsibleUpn: upn, organizerUpn: talk.value.organizerUpn });
  }

  async function updateAgreement(current: Versioned<Agreement>, next: Agreement): Promise<Versioned<Agreement>> {
    const value = checkedAgreement(next);
    const errors: FieldError[] = [];
    if (value.id !== current.value.id) errors.push({ field: 'id', code: 'invalidChoice' });
    if (value.talkId !== current.value.talkId) errors.push({ field: 'talkId', code: 'invalidChoice' });
    if (errors.length) refuse(errors, 'agreement');
    const stored = current as Versioned<StoredAgreement>;
    return agreementsRepo.update(stored, { ...value, ...peopleOf(stored.value), ...peopleOf(next as StoredAgreement) });
  }

  async function renegotiateAgreement(
    current: Versioned<Agreement>,
    report: Report,
    next: { id: string; text: string; dueDate: string; owner?: Agreement['owner'] },
    today: string,
  ): Promise<{ previous: Versioned<Agreement>; next: Versioned<Agreement> }> {
    const errors = idErrors(next.id);
    if (next.id === current.value.id) errors.push({ field: 'id', code: 'invalidChoice' });
    const stored = current as Versioned<StoredAgreement>;
    const verdict = renegotiate(stored.value, report, next, today);
    if (!verdict.ok) errors.push(...verdict.errors);
    if (errors.length || !verdict.ok) refuse(errors, 'agreement');
    const successor = checkedAgreement(plainAgreement(verdict.value.next));
    const upn = await me();
    // The successor first, then the old one is closed: a retry finds the successor by its key.
    const { item: created } = await agreementsRepo.ensure({ ...successor, responsibleUpn: upn, ...peopleOf(stored.value) });
    const previous = await agreementsRepo.update(stored, verdict.value.previous);
    return { previous, next: created };
  }

  /** An agreement view's query, and how its answer is put in order. */
  async function agreementsQuery(
    view: AgreementView,
  ): Promise<{ query: ItemsQuery; order(found: Versioned<StoredAgreement>[]): Versioned<Agreement>[] }> {
    const open = where.eq('Status', 'open');
    const orderBy = [{ column: 'DueDate' }];
    const byDue = (found: Versioned<StoredAgreement>[]) => [...found].sort(byDueDate);
    switch (view.kind) {
      case 'overdue': {
        if (!isIsoDate(view.today)) refuse([{ field: 'today', code: 'invalidDate' }], 'view');
        return {
          query: { filter: where.and(open, where.lt('DueDate', writeDateOnly(view.today)!)), orderBy },
          order: (found) => {
            const late = new Map(overdue(found.map((a) => a.value), view.today).map((a, i) => [a, i]));
            return found.filter((a) => late.has(a.value)).sort((a, b) => late.get(a.value)! - late.get(b.value)!);
          },
        };
      }
      case 'mine': {
        // Whatever the owner: the parents' and the child's agreements are followed up too.
        const upn = await me();
        const mineFilter = where.or(where.eq('ResponsibleUpn', upn), where.eq('OrganizerUpn', upn));
        return { query: { filter: where.and(mineFilter, open), orderBy }, order: byDue };
      }
      case 'talk': {
        const errors = idErrors(view.talkId, 'talkId');
        if (errors.length) refuse(errors, 'view');
        return { query: { filter: where.eq('TalkKey', view.talkId), orderBy }, order: byDue };
      }
      case 'pupil': {
        const errors = idErrors(view.pupilId, 'pupilId');
        if (errors.length) refuse(errors, 'view');
        return { query: { filter: where.eq('PupilKey', view.pupilId), orderBy }, order: byDue };
      }
      default:
        return refuse([{ field: 'view', code: 'invalidChoice' }], 'view');
    }
  }

  async function agreements(view: AgreementView): Promise<Versioned<Agreement>[]> {
    const { query, order } = await agreementsQuery(view);
    return order(await agreementsRepo.query(query));
  }


  // ----- the summary -----

  /**
   * The summary mail in Sent Items sent since `since` with this subject to exactly these
   * recipients, if there is one. Graph filters messages on subject and sentDateTime; the
   * recipients are compared here. A minute's margin covers the clocks of client and Exchange.
   */
  async function sentSummaryMail(sending: NonNullable<ScheduledTalk['summarySending']>): Promise<{ sentDateTime: string } | null> {
    const since = new Date(Date.parse(sending.startedAt) - 60_000).toISOString();
    const filter = `sentDateTime ge ${since} and subject eq ${odataString(sending.subject)}`;
    const first = await http.get<Collection<SentMessage>>(
      `/me/mailFolders/sentitems/messages?$filter=${encodeURIComponent(filter)}&$select=subject,toRecipients,sentDateTime&$top=25`,
      READ_SENT_MAIL,
    );
    const wanted = unique(sending.recipients).sort().join('\n');
    const found = (await http.rest(first, READ_SENT_MAIL)).find(
      (m) => unique((m.toRecipients ?? []).map((r) => r.emailAddress?.address ?? '')).sort().join('\n') === wanted,
    );
    return found?.sentDateTime ? { sentDateTime: found.sentDateTime } : null;
  }

  async function sendSummary(
    current: Versioned<ScheduledTalk>,
    options: { messages: TalkMessages; senderName: string; now?: Date; resend?: boolean },
  ): Promise<Versioned<ScheduledTalk>> {
    const errors: FieldError[] = [];
    const recipients = unique(current.value.talk.parents.map((p) => p.email));
    if (!recipients.length) errors.push({ field: 'parents', code: 'required' });
    if (!options.senderName?.trim()) errors.push({ field: 'senderName', code: 'required' });
    if (current.value.talk.status === 'cancelled') errors.push({ field: 'status', code: 'invalidChoice' });
    if (errors.length) refuse(errors, 'summary');
    const now = options.now ?? new Date();

    // What was reviewed must be what is sent: read the record again, and if it changed since
    // the summary was shown, the teacher looks at it once more. A change that is only our own
    // 'sending' mark (a retry after a lost answer) is not a change of what was reviewed.
    const snapshot = await record(current.value.talk.id);
    const pending = snapshot.talk.value.summarySending;
    const { summarySending: _mark, ...reviewedNow } = snapshot.talk.value;
    const { summarySending: _seen, ...reviewed } = current.value;
    const onlyMarked = pending !== undefined && JSON.stringify(reviewedNow) === JSON.stringify(reviewed);
    if (snapshot.talk.etag !== current.etag && !onlyMarked) {
      throw new ConflictError<Versioned<ScheduledTalk>>('the talk changed since the summary was shown', {
        status: 412,
        code: 'resourceModified',
        current: snapshot.talk,
      });
    }
    if (snapshot.talk.value.summary && !options.resend && !pending) {
      throw new ConflictError<Versioned<ScheduledTalk>>('the summary was sent already', {
        status: 409,
        code: 'summaryAlreadySent',
        current: snapshot.talk,
      });
    }
    const talk = snapshot.talk.value.talk;
    const html = renderSummaryHtml(talk, snapshot.record, options.messages, options.senderName.trim());
    const text = renderSummaryText(talk, snapshot.record, options.messages, options.senderName.trim());

    /** Stores the mail as sent and clears the mark, even if someone saved the talk meanwhile. */
    const recordSent = async (base: Versioned<ScheduledTalk>, sentAt: string, to: string[]) => {
      const summary = { sentAt, recipients: to, text };
      for (let attempt = 0; ; attempt += 1) {
        const latest = attempt === 0 ? base : await talks.getByItemId(base.itemId);
        const { summarySending: _done, ...rest } = latest.value;
        try {
          return await talks.update(latest, { ...rest, summary });
        } catch (error) {
          if (!(error instanceof ConflictError) || attempt >= 2) throw error;
        }
      }
    };

    if (pending) {
      // An earlier attempt handed the mail to Graph and lost the answer, or never got that far.
      const found = await sentSummaryMail(pending);
      if (found) return recordSent(snapshot.talk, new Date(found.sentDateTime).toISOString(), pending.recipients);
      if (now.getTime() - Date.parse(pending.startedAt) < SENDING_PATIENCE_MS) {
        throw new ConflictError<Versioned<ScheduledTalk>>('the summary may still be on its way', {
          status: 409,
          code: 'summarySending',
          current: snapshot.talk,
        });
      }
    }

    // The mark first, with If-Match: two people (or tabs) sending at once cannot both get here.
    const subject = summarySubject(talk, options.messages);
    const marked = await talks.update(snapshot.talk, {
      ...snapshot.talk.value,
      summarySending: { startedAt: now.toISOString(), subject, recipients, attempt: globalThis.crypto.randomUUID() },
    });
    const byAddress = new Map(talk.parents.map((p) => [p.email.trim().toLowerCase(), p.name]));
    await http.post('/me/sendMail', {
      message: {
        subject,
        body: { contentType: 'HTML', content: html },
        toRecipients: recipients.map((address) => ({ emailAddress: { address, name: byAddress.get(address) ?? address } })),
      },
      saveToSentItems: true,
    }, SEND_MAIL);
    return recordSent(marked, now.toISOString(), recipients);
  }

  // ----- pupils, export and retention -----

  async function pupils(): Promise<Versioned<Pupil>[]> {
    return sortPupils(await pupilsRepo.query());
  }

  function checkedPupil(pupil: Pupil): Pupil {
    const probe = validateTalk({
      type: 'voortgang',
      pupil,
      parents: [{ name: 'x', email: 'x@example.org', household: 1 }],
      staff: [{ name: 'x', email: 'x@example.org', role: 'leerkracht' }],
      childJoins: false,
      mode: 'online',
      start: '2026-01-01T00:00:00Z',
      durationMinutes: 1,
      withPreTalk: false,
      agenda: [],
      preparationQuestions: [],
      status: 'draft',
    });
    const errors = [...idErrors(pupil.id), ...(probe.ok ? [] : probe.errors)];
    if (pupil.leftOn !== undefined && !isIsoDate(pupil.leftOn)) errors.push({ field: 'pupil.leftOn', code: 'invalidDate' });
    if (errors.length || !probe.ok) refuse(errors, 'pupil');
    return { ...pupil, firstName: probe.value.pupil.firstName };
  }

  async function savePupil(pupil: Pupil): Promise<Versioned<Pupil>> {
    return (await pupilsRepo.ensure(checkedPupil(pupil))).item;
  }

  async function markLeft(current: Versioned<Pupil>, leftOn: string): Promise<Versioned<Pupil>> {
    if (!isIsoDate(leftOn)) refuse([{ field: 'leftOn', code: 'invalidDate' }], 'pupil');
    return pupilsRepo.update(current, { ...current.value, leftOn });
  }

  /** The talks and agreements of some pupils, in one batched round trip. */
  async function dataOf(pupilIds: readonly string[]): Promise<{ talks: Versioned<ScheduledTalk>[]; agreements: Versioned<StoredAgreement>[] }> {
    const requests = (
      await Promise.all(
        pupilIds.map(async (id, i) => [
          { id: `t${i}`, url: await talks.queryUrl({ filter: where.eq('PupilKey', id) }) },
          { id: `a${i}`, url: await agreementsRepo.queryUrl({ filter: where.eq('PupilKey', id) }) },
        ]),
      )
    ).flat();
    const answers: Map<string, BatchAnswer> = requests.length ? await batchGet(http, requests) : new Map();
    const found = await Promise.all(
      pupilIds.map(async (_id, i) => ({
        talks: await talks.fromAnswer(answers.get(`t${i}`)),
        agreements: await agreementsRepo.fromAnswer(answers.get(`a${i}`)),
      })),
    );
    return { talks: found.flatMap((f) => f.talks), agreements: found.flatMap((f) => f.agreements) };
  }

  async function exportPupil(pupilId: string, now: Date = new Date()): Promise<PupilExport> {
    const errors = idErrors(pupilId, 'pupilId');
    if (errors.length) refuse(errors, 'export');
    const [pupilUrl, talksUrl, agreementsUrl] = await Promise.all([
      pupilsRepo.queryUrl({ filter: where.eq('ClientKey', pupilId), top: 2 }),
      talks.queryUrl({ filter: where.eq('PupilKey', pupilId) }),
      agreementsRepo.queryUrl({ filter: where.eq('PupilKey', pupilId) }),
    ]);
    const answers = await batchGet(http, [
      { id: 'pupil', url: pupilUrl },
      { id: 'talks', url: talksUrl },
      { id: 'agreements', url: agreementsUrl },
    ]);
    const [pupilItems, talkItems, agreementItems] = await Promise.all([
      pupilsRepo.fromAnswer(answers.get('pupil')),
      talks.fromAnswer(answers.get('talks')),
      agreementsRepo.fromAnswer(answers.get('agreements')),
    ]);
    const pupil = pupilItems[0]?.value;
    if (!pupil) throw new NotFoundError(`pupil ${pupilId} does not exist`, { status: 404, code: 'itemNotFound' });
    const stored = agreementItems.map((a) => a.value);
    return buildExport(
      pupil,
      {
        talks: talkItems.map((t) => t.value.talk),
        records: talkItems.map((t) => recordOf(t.value, stored.filter((a) => a.talkId === t.value.talk.id))),
        agreements: stored.map(plainAgreement),
      },
      now,
    );
  }

  interface RetentionPlan {
    pupils: Versioned<Pupil>[];
    talks: Array<{ item: Versioned<ScheduledTalk>; events: 'cancel' | 'keep' }>;
    agreements: Versioned<StoredAgreement>[];
  }

  /** What the retention job removes at `now` (domain recordsToPurge), read in two round trips. */
  async function retentionPlan(now: Date): Promise<RetentionPlan> {
    if (!(now instanceof Date) || Number.isNaN(now.getTime())) refuse([{ field: 'now', code: 'invalidDate' }], 'retention');
    const today = schoolDate(now.getTime());
    // The index narrows to pupils who left long enough ago (a day's margin for the zone); the
    // domain's rule decides, so the query and the rule never disagree.
    const cutoff = yearsBefore(today, RETENTION_YEARS);
    const candidates = await pupilsRepo.query({ filter: where.le('LeftOn', writeDateOnly(cutoff)!) });
    const pupilsDue = candidates.map((p) => p.value);
    const due = new Set(recordsToPurge(pupilsDue, [], now).pupilIds);
    if (!due.size) return { pupils: [], talks: [], agreements: [] };

    const [data, upn] = await Promise.all([dataOf([...due]), me()]);
    const purgeTalks = recordsToPurge(
      pupilsDue,
      data.talks.map((t) => ({ pupilId: t.value.talk.pupil.id, item: t })),
      now,
    ).records.map((r) => r.item);
    const purgeAgreements = recordsToPurge(
      pupilsDue,
      data.agreements.map((a) => ({ pupilId: a.value.pupilId, item: a })),
      now,
    ).records.map((r) => r.item);
    return {
      pupils: candidates.filter((p) => due.has(p.value.id)),
      talks: purgeTalks.map((item) => ({
        item,
        events: retentionEventAction(item.value.talk, normaliseUpn(item.value.organizerUpn) === upn, now),
      })),
      agreements: purgeAgreements,
    };
  }

  const eventCount = (talk: ScheduledTalk) => [talk.eventId, talk.preTalkEventId].filter(Boolean).length;

  async function previewRetention(now: Date): Promise<RetentionReport> {
    const plan = await retentionPlan(now);
    return {
      pupilIds: plan.pupils.map((p) => p.value.id),
      talksRemoved: plan.talks.length,
      agreementsRemoved: plan.agreements.length,
      eventsRemoved: plan.talks.filter((t) => t.events === 'cancel').reduce((n, t) => n + eventCount(t.item.value), 0),
      eventsKept: plan.talks.filter((t) => t.events === 'keep').reduce((n, t) => n + eventCount(t.item.value), 0),
    };
  }

  async function runRetention(now: Date): Promise<RetentionReport> {
    const plan = await retentionPlan(now);
    const report: RetentionReport = {
      pupilIds: plan.pupils.map((p) => p.value.id),
      talksRemoved: 0,
      agreementsRemoved: 0,
      eventsRemoved: 0,
      eventsKept: 0,
    };
    // Agreements and talks go first, the pupil's entry last: the entry is what makes the job
    // find the pupil again, so a run that fails halfway is completed by the next one.
    for (const agreement of plan.agreements) {
      await agreementsRepo.remove(agreement);
      report.agreementsRemoved += 1;
    }
    for (const { item, events } of plan.talks) {
      // Past events stay (domain retentionEventAction: deleting them mails the parents a
      // cancellation); a talk still to come is cancelled like any other.
      if (events === 'cancel') {
        if (await deleteEvent(item.value.preTalkEventId)) report.eventsRemoved += 1;
        if (await deleteEvent(item.value.eventId)) report.eventsRemoved += 1;
      } else {
        report.eventsKept += eventCount(item.value);
      }
      await talks.remove(item);
      report.talksRemoved += 1;
    }
    for (const pupil of plan.pupils) await pupilsRepo.remove(pupil);
    return report;
  }

  return {
    load,
    get,
    record,
    clashes,
    plan,
    reschedule,
    cancel,
    markHeld,
    saveNotes,
    createAgreement,
    updateAgreement,
    renegotiateAgreement,
    agreements,
    planFollowUp,
    sendSummary,
    pupils,
    savePupil,
    markLeft,
    exportPupil,
    previewRetention,
    runRetention,
  };
}
