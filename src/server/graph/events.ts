/**
 * Calendar events in the signed-in user's default calendar, the part of Graph Driehoek uses to
 * plan parent talks as Teams meetings:
 *
 *   POST   /me/events                   create (201); transactionId makes a retried create idempotent
 *   GET    /me/events                   $filter, $orderby, $top, $skip, $select; 10 per page
 *   GET    /me/events/{id}              one event
 *   PATCH  /me/events/{id}              update (200); If-Match with the changeKey / @odata.etag
 *   DELETE /me/events/{id}              204; the organiser's delete cancels the meeting
 *   POST   /me/events/{id}/cancel       202; sends the cancellation and removes the event
 *   GET    /me/calendarView?startDateTime=…&endDateTime=…   events overlapping the window, series expanded
 *   GET    /me/events/{id}/instances?startDateTime=…&endDateTime=…   a series' occurrences in the window
 *   (also under /me/calendar/…)
 *
 * An event with `recurrence` (pattern + range, ./recurrence.ts) is a series master
 * (`type: "seriesMaster"`): /me/events lists the master, calendarView and /instances its
 * occurrences (`type: "occurrence"`, `seriesMasterId`), each at the master's wall-clock time in
 * the master's zone, so a weekly 15:30 stays 15:30 across daylight saving.
 *
 * `isOnlineMeeting: true` with `onlineMeetingProvider: 'teamsForBusiness'` (the default provider
 * in a Teams tenant) gives the event `onlineMeeting.joinUrl`. Bodies are stored as given; Graph
 * does not escape them, so escaping user text is the client's job. Times are answered in UTC,
 * or in the zone of `Prefer: outlook.timezone="…"`. A user without a mailbox (the guest) gets
 * 404 MailboxNotEnabledForRESTAPI. Invitations are not delivered: each event lives in its
 * organiser's calendar only.
 */
import { randomBytes } from 'node:crypto';
import { DEMO_SCHOOL } from '../../demo/people';
import { type DirectoryUser, stableGuid } from '../directory';
import { GraphError, badRequest } from '../errors';
import type { FilterNode } from '../odata/filter';
import { evaluateFilter, type Scalar } from '../odata/evaluate';
import { option, parseFilterOption, parseOrderBy } from '../odata/query';
import type { EventData, EventRecord } from '../store/mailbox';
import { type RouteContext, type RouteModule, route } from './context';
import { ianaZone, outlookTimestamp, preferredZone, timeZoneNotSupported, toInstant, wallClock } from './eventTime';
import {
  bodyPreview,
  changeKey,
  changeKeyMismatch,
  checkProperties,
  ifMatchAllows,
  invalidValue,
  outlookId,
  outlookItemNotFound,
  outlookPage,
  propertyValidationFailure,
  readEmailAddress,
  readItemBody,
  requireMailbox,
  requireObject,
  selectProperties,
  weakEtag,
} from './outlook';
import { type Occurrence, occurrencesIn, readRecurrence, recurrenceJson } from './recurrence';
import { metadataUrl } from './representations';

const WRITABLE = [
  'subject',
  'body',
  'start',
  'end',
  'location',
  'attendees',
  'isOnlineMeeting',
  'onlineMeetingProvider',
  'showAs',
  'importance',
  'sensitivity',
  'isAllDay',
  'isReminderOn',
  'reminderMinutesBeforeStart',
  'allowNewTimeProposals',
  'responseRequested',
  'hideAttendees',
  'categories',
  'transactionId',
  'recurrence',
] as const;

/** Read-only properties a client may send back unchanged (e.g. an event it read); they are ignored. */
const READ_ONLY = [
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'changeKey',
  'bodyPreview',
  'isCancelled',
  'isOrganizer',
  'isDraft',
  'organizer',
  'onlineMeeting',
  'onlineMeetingUrl',
  'webLink',
  'iCalUId',
  'uid',
  'type',
  'seriesMasterId',
  'occurrenceId',
  'originalStartTimeZone',
  'originalEndTimeZone',
  'responseStatus',
  'hasAttachments',
  'locations',
];

const EVENT_PROPERTIES: ReadonlySet<string> = new Set<string>([...WRITABLE, ...READ_ONLY]);

const SHOW_AS = ['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown'] as const;
const IMPORTANCE = ['low', 'normal', 'high'] as const;
const SENSITIVITY = ['normal', 'personal', 'private', 'confidential'] as const;
const PROVIDERS = ['teamsForBusiness', 'skypeForBusiness', 'skypeForConsumer', 'unknown'] as const;
const ATTENDEE_TYPES = ['required', 'optional', 'resource'] as const;

/** Exchange's iCalendar UID prefix for items it creates. */
const ICAL_PREFIX = '040000008200E00074C5B7101A82E00800000000';

const TENANT_ID = stableGuid(`tenant:${DEMO_SCHOOL.tenantDomain}`);

function choice<T extends string>(value: unknown, allowed: readonly T[], property: string): T {
  if (typeof value === 'string') {
    const found = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
    if (found) return found;
  }
  throw new GraphError(400, 'RequestBodyRead', `The value '${String(value)}' is not valid for the property '${property}'.`);
}

function bool(value: unknown, property: string): boolean {
  if (typeof value !== 'boolean') throw invalidValue(property, 'Edm.Boolean');
  return value;
}

function text(value: unknown, property: string): string {
  if (value === null) return '';
  if (typeof value !== 'string') throw invalidValue(property, 'Edm.String');
  return value;
}

interface When {
  value: { dateTime: string; timeZone: string };
  instant: number;
}

function readWhen(value: unknown, property: 'start' | 'end'): When {
  if (value === null || value === undefined) throw propertyValidationFailure();
  if (typeof value !== 'object' || Array.isArray(value)) throw invalidValue(property, 'microsoft.graph.dateTimeTimeZone');
  const input = value as Record<string, unknown>;
  checkProperties(input, new Set(['dateTime', 'timeZone']), 'dateTimeTimeZone');
  const zoneName = typeof input.timeZone === 'string' ? input.timeZone : '';
  const zone = ianaZone(zoneName);
  if (!zone) throw timeZoneNotSupported(zoneName);
  if (typeof input.dateTime !== 'string') throw propertyValidationFailure();
  const instant = toInstant(input.dateTime, zone);
  if (instant === null) throw propertyValidationFailure();
  return { value: { dateTime: input.dateTime, timeZone: zoneName }, instant };
}

function readAttendees(value: unknown): EventData['attendees'] {
  if (value === null) return [];
  if (!Array.isArray(value)) throw invalidValue('attendees', 'Collection(microsoft.graph.attendee)');
  return value.map((raw, i) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw invalidValue(`attendees[${i}]`, 'microsoft.graph.attendee');
    const input = raw as Record<string, unknown>;
    checkProperties(input, new Set(['type', 'emailAddress', 'status', 'proposedNewTime']), 'attendee');
    const type = input.type === undefined || input.type === null ? 'required' : choice(input.type, ATTENDEE_TYPES, 'type');
    return { type, emailAddress: readEmailAddress(input.emailAddress, `attendees[${i}].emailAddress`) };
  });
}

function readLocation(value: unknown): EventData['location'] {
  if (value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) throw invalidValue('location', 'microsoft.graph.location');
  const input = value as Record<string, unknown>;
  const displayName = input.displayName === undefined ? '' : text(input.displayName, 'location.displayName');
  return displayName ? { displayName } : null;
}

function newJoinUrl(user: DirectoryUser): string {
  const thread = randomBytes(36).toString('base64').replace(/[+/=]/g, '').slice(0, 48);
  const context = encodeURIComponent(JSON.stringify({ Tid: TENANT_ID, Oid: user.id })).toLowerCase();
  return `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${thread}%40thread.v2/0?context=${context}`;
}

const DEFAULT_DATA = (): EventData => ({
  subject: '',
  body: { contentType: 'text', content: '' },
  start: { dateTime: '', timeZone: 'UTC' },
  end: { dateTime: '', timeZone: 'UTC' },
  location: null,
  attendees: [],
  isOnlineMeeting: false,
  onlineMeetingProvider: 'unknown',
  joinUrl: null,
  showAs: 'busy',
  importance: 'normal',
  sensitivity: 'normal',
  isAllDay: false,
  isReminderOn: true,
  reminderMinutesBeforeStart: 15,
  allowNewTimeProposals: true,
  responseRequested: true,
  hideAttendees: false,
  categories: [],
  iCalUId: `${ICAL_PREFIX}${randomBytes(28).toString('hex').toUpperCase()}`,
});

/**
 * Applies the writable properties of `input` to `data`; returns the new start and end instants.
 * Used for create (over the defaults) and update (over the stored event).
 */
function applyInput(
  data: EventData,
  input: Record<string, unknown>,
  user: DirectoryUser,
  current: { start: number; end: number } | null,
): { start: number; end: number } {
  checkProperties(input, EVENT_PROPERTIES, 'event');
  let start = current?.start;
  let end = current?.end;
  if ('subject' in input) data.subject = text(input.subject, 'subject');
  if ('body' in input) data.body = input.body === null ? { contentType: 'text', content: '' } : readItemBody(input.body, 'event');
  if ('start' in input) {
    const when = readWhen(input.start, 'start');
    data.start = when.value;
    start = when.instant;
  }
  if ('end' in input) {
    const when = readWhen(input.end, 'end');
    data.end = when.value;
    end = when.instant;
  }
  if ('location' in input) data.location = readLocation(input.location);
  if ('recurrence' in input) data.recurrence = readRecurrence(input.recurrence);
  if ('attendees' in input) data.attendees = readAttendees(input.attendees);
  if ('showAs' in input) data.showAs = choice(input.showAs, SHOW_AS, 'showAs');
  if ('importance' in input) data.importance = choice(input.importance, IMPORTANCE, 'importance');
  if ('sensitivity' in input) data.sensitivity = choice(input.sensitivity, SENSITIVITY, 'sensitivity');
  if ('isAllDay' in input) data.isAllDay = bool(input.isAllDay, 'isAllDay');
  if ('isReminderOn' in input) data.isReminderOn = bool(input.isReminderOn, 'isReminderOn');
  if ('allowNewTimeProposals' in input) data.allowNewTimeProposals = bool(input.allowNewTimeProposals, 'allowNewTimeProposals');
  if ('responseRequested' in input) data.responseRequested = bool(input.responseRequested, 'responseRequested');
  if ('hideAttendees' in input) data.hideAttendees = bool(input.hideAttendees, 'hideAttendees');
  if ('reminderMinutesBeforeStart' in input) {
    const minutes = input.reminderMinutesBeforeStart;
    if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 0) throw invalidValue('reminderMinutesBeforeStart', 'Edm.Int32');
    data.reminderMinutesBeforeStart = minutes;
  }
  if ('categories' in input) {
    const categories = input.categories;
    if (!Array.isArray(categories) || !categories.every((c) => typeof c === 'string')) throw invalidValue('categories', 'Collection(Edm.String)');
    data.categories = categories as string[];
  }
  // An online meeting is asked for with isOnlineMeeting; the provider defaults to the tenant's
  // (Teams). Once a meeting exists its join link stays the same.
  if ('onlineMeetingProvider' in input) {
    data.onlineMeetingProvider = choice(input.onlineMeetingProvider, PROVIDERS, 'onlineMeetingProvider');
  }
  if ('isOnlineMeeting' in input) data.isOnlineMeeting = bool(input.isOnlineMeeting, 'isOnlineMeeting');
  if (data.isOnlineMeeting) {
    if (data.onlineMeetingProvider === 'unknown') data.onlineMeetingProvider = 'teamsForBusiness';
    if (data.onlineMeetingProvider === 'teamsForBusiness' && !data.joinUrl) data.joinUrl = newJoinUrl(user);
  }
  if (start === undefined || end === undefined) throw propertyValidationFailure();
  if (end < start) throw propertyValidationFailure();
  return { start, end };
}

const iso = (ms: number): string => new Date(ms).toISOString();

/** Graph's event, times in `zone` (UTC unless the request preferred another). */
export function eventJson(
  event: EventRecord,
  organizer: DirectoryUser | undefined,
  zone: { name: string; zone: string },
): Record<string, unknown> {
  const d = event.data;
  const location = d.location
    ? { displayName: d.location.displayName, locationType: 'default', uniqueId: d.location.displayName, uniqueIdType: 'private' }
    : { displayName: '', locationType: 'default', uniqueIdType: 'unknown', address: {}, coordinates: {} };
  return {
    '@odata.etag': weakEtag(event.changeKey),
    id: event.id,
    createdDateTime: event.created,
    lastModifiedDateTime: event.modified,
    changeKey: event.changeKey,
    categories: d.categories,
    ...(event.transactionId ? { transactionId: event.transactionId } : {}),
    originalStartTimeZone: d.start.timeZone,
    originalEndTimeZone: d.end.timeZone,
    iCalUId: d.iCalUId,
    uid: d.iCalUId,
    reminderMinutesBeforeStart: d.reminderMinutesBeforeStart,
    isReminderOn: d.isReminderOn,
    hasAttachments: false,
    subject: d.subject,
    bodyPreview: bodyPreview(d.body),
    importance: d.importance,
    sensitivity: d.sensitivity,
    isAllDay: d.isAllDay,
    isCancelled: false,
    isOrganizer: true,
    responseRequested: d.responseRequested,
    seriesMasterId: null,
    showAs: d.showAs,
    type: d.recurrence ? 'seriesMaster' : 'singleInstance',
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(event.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: d.isOnlineMeeting,
    onlineMeetingProvider: d.isOnlineMeeting ? d.onlineMeetingProvider : 'unknown',
    allowNewTimeProposals: d.allowNewTimeProposals,
    occurrenceId: null,
    isDraft: false,
    hideAttendees: d.hideAttendees,
    responseStatus: { response: 'organizer', time: '0001-01-01T00:00:00Z' },
    body: d.body,
    start: { dateTime: wallClock(Date.parse(event.startUtc), zone.zone), timeZone: zone.name },
    end: { dateTime: wallClock(Date.parse(event.endUtc), zone.zone), timeZone: zone.name },
    location,
    locations: d.location ? [location] : [],
    recurrence: d.recurrence ? recurrenceJson(d.recurrence, d.start.timeZone) : null,
    attendees: d.attendees.map((a) => ({
      type: a.type,
      status: { response: 'none', time: '0001-01-01T00:00:00Z' },
      emailAddress: a.emailAddress,
    })),
    organizer: {
      emailAddress: { name: organizer?.displayName ?? event.ownerUpn, address: organizer?.upn ?? event.ownerUpn },
    },
    onlineMeeting: d.isOnlineMeeting && d.joinUrl ? { joinUrl: d.joinUrl } : null,
  };
}

/** One occurrence of a series, as calendarView and /instances give it. */
function occurrenceJson(
  master: EventRecord,
  occurrence: Occurrence,
  organizer: DirectoryUser | undefined,
  zone: { name: string; zone: string },
): Record<string, unknown> {
  const json = eventJson(master, organizer, zone);
  const compact = occurrence.date.replace(/-/g, '');
  return {
    ...json,
    id: `${master.id}_${compact}`,
    type: 'occurrence',
    seriesMasterId: master.id,
    occurrenceId: `OID.${master.id}.${occurrence.date}`,
    recurrence: null,
    start: { dateTime: wallClock(occurrence.startMs, zone.zone), timeZone: zone.name },
    end: { dateTime: wallClock(occurrence.endMs, zone.zone), timeZone: zone.name },
  };
}

/** A calendar's view of [from, to): single events overlapping it and the series' occurrences in it, by start. */
function viewItems(events: readonly EventRecord[], from: number, to: number): Array<{ event: EventRecord; occurrence?: Occurrence; start: number }> {
  const items: Array<{ event: EventRecord; occurrence?: Occurrence; start: number }> = [];
  for (const event of events) {
    const startMs = Date.parse(event.startUtc);
    const endMs = Date.parse(event.endUtc);
    if (event.data.recurrence) {
      for (const occurrence of occurrencesIn(event.data.recurrence, { start: event.data.start, startMs, endMs }, from, to)) {
        items.push({ event, occurrence, start: occurrence.startMs });
      }
    } else if (startMs < to && endMs > from) {
      items.push({ event, start: startMs });
    }
  }
  return items.sort((a, b) => a.start - b.start);
}

const UTC_ZONE = { name: 'UTC', zone: 'UTC' };

function responseZone(ctx: RouteContext): { zone: { name: string; zone: string }; headers: Record<string, string> } {
  const preferred = preferredZone(ctx.request.headers);
  if (!preferred) return { zone: UTC_ZONE, headers: {} };
  return { zone: preferred, headers: { 'Preference-Applied': `outlook.timezone="${preferred.name}"` } };
}

function single(ctx: RouteContext, event: EventRecord, status: number): { status: number; body: unknown; headers: Record<string, string> } {
  const { zone, headers } = responseZone(ctx);
  return {
    status,
    headers: { ...headers, ETag: weakEtag(event.changeKey) },
    body: {
      '@odata.context': metadataUrl(ctx.origin, `users('${ctx.user.id}')/events/$entity`),
      ...selectProperties(ctx, eventJson(event, ctx.user, zone)),
    },
  };
}

function findEvent(ctx: RouteContext): EventRecord {
  const event = ctx.services.store.mailbox.event(ctx.user.upn, ctx.params.event ?? '');
  if (!event) throw outlookItemNotFound();
  return event;
}

// ----- $filter and $orderby over events -----

/** Properties that hold instants: compared as instants whatever the literal's format. */
const INSTANT_PROPERTIES = new Set(['start/datetime', 'end/datetime', 'createddatetime', 'lastmodifieddatetime']);

function eventProperty(event: EventRecord, path: string): Scalar | undefined {
  const d = event.data;
  switch (path.toLowerCase()) {
    case 'id':
      return event.id;
    case 'subject':
      return d.subject;
    case 'start/datetime':
      return event.startUtc;
    case 'end/datetime':
      return event.endUtc;
    case 'createddatetime':
      return iso(Date.parse(event.created));
    case 'lastmodifieddatetime':
      return iso(Date.parse(event.modified));
    case 'iscancelled':
      return false;
    case 'isorganizer':
      return true;
    case 'isonlinemeeting':
      return d.isOnlineMeeting;
    case 'isallday':
      return d.isAllDay;
    case 'showas':
      return d.showAs;
    case 'importance':
      return d.importance;
    case 'sensitivity':
      return d.sensitivity;
    case 'type':
      return d.recurrence ? 'seriesMaster' : 'singleInstance';
    case 'transactionid':
      return event.transactionId;
    case 'icaluid':
      return d.iCalUId;
    case 'organizer/emailaddress/address':
      return event.ownerUpn;
    case 'location/displayname':
      return d.location?.displayName ?? '';
    default:
      return undefined;
  }
}

/** An instant literal as the stored form ("…sss.mmmZ"); a date-time without offset is UTC, as Outlook reads it. */
function instantLiteral(value: string): string {
  const ms = toInstant(value, 'UTC') ?? (/^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN);
  if (Number.isNaN(ms)) throw badRequest(`Invalid filter clause: '${value}' is not a date-time.`);
  return iso(ms);
}

function normaliseInstants(node: FilterNode): FilterNode {
  switch (node.kind) {
    case 'and':
    case 'or':
      return { ...node, left: normaliseInstants(node.left), right: normaliseInstants(node.right) };
    case 'not':
      return { ...node, operand: normaliseInstants(node.operand) };
    case 'startswith':
      return node;
    case 'compare':
      if (!INSTANT_PROPERTIES.has(node.property.toLowerCase())) return node;
      if (node.value.kind !== 'string' && node.value.kind !== 'datetime') return node;
      return { ...node, value: { kind: 'string', value: instantLiteral(node.value.value) } };
  }
}

function filterAndOrder(ctx: RouteContext, events: EventRecord[]): EventRecord[] {
  const filter = parseFilterOption(ctx.request.query);
  let result = events;
  if (filter) {
    const node = normaliseInstants(filter);
    result = result.filter((e) =>
      evaluateFilter(node, (path) => {
        const value = eventProperty(e, path);
        if (value === undefined) throw badRequest(`Invalid filter clause: the property '${path}' cannot be used in a filter on events.`);
        return value;
      }),
    );
  }
  const orderBy = option(ctx.request.query, 'orderby');
  if (orderBy) {
    const terms = parseOrderBy(orderBy);
    for (const term of terms) {
      if (eventProperty(events[0] ?? placeholderEvent, term.property) === undefined) {
        throw badRequest(`Invalid $orderby clause: the property '${term.property}' cannot be ordered on.`);
      }
    }
    result = [...result].sort((a, b) => {
      for (const term of terms) {
        const x = eventProperty(a, term.property) ?? '';
        const y = eventProperty(b, term.property) ?? '';
        const order = String(x).toLowerCase() < String(y).toLowerCase() ? -1 : String(x).toLowerCase() > String(y).toLowerCase() ? 1 : 0;
        if (order !== 0) return term.descending ? -order : order;
      }
      return 0;
    });
  }
  return result;
}

const placeholderEvent: EventRecord = {
  id: '',
  ownerUpn: '',
  transactionId: null,
  startUtc: '',
  endUtc: '',
  created: '',
  modified: '',
  changeKey: '',
  data: DEFAULT_DATA(),
};

function collection(ctx: RouteContext, events: EventRecord[], context: string) {
  const { zone, headers } = responseZone(ctx);
  const page = outlookPage(ctx, filterAndOrder(ctx, events));
  return {
    status: 200,
    headers,
    body: {
      '@odata.context': metadataUrl(ctx.origin, `users('${ctx.user.id}')/${context}`),
      value: page.items.map((e) => selectProperties(ctx, eventJson(e, ctx.user, zone))),
      ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
    },
  };
}

/** A calendarView bound: ISO 8601; without an offset it is read as UTC. */
function viewBound(ctx: RouteContext, name: 'startDateTime' | 'endDateTime'): number {
  let value: string | undefined;
  for (const [key, v] of ctx.request.query) if (key.toLowerCase() === name.toLowerCase()) value = v;
  if (value === undefined || value.trim() === '') {
    throw new GraphError(
      400,
      'ErrorInvalidParameter',
      'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
    );
  }
  const ms = toInstant(value.trim().replace(' ', '+'), 'UTC');
  if (ms === null) throw new GraphError(400, 'ErrorInvalidParameter', `The value '${value}' of parameter '${name[0]!.toUpperCase()}${name.slice(1)}' is invalid.`);
  return ms;
}

export const eventRoutes: RouteModule = (router) => {
  const create = route((ctx) => {
    const user = requireMailbox(ctx);
    const input = requireObject(ctx.request.body, 'event');
    const store = ctx.services.store.mailbox;
    let transactionId: string | null = null;
    if (input.transactionId !== undefined && input.transactionId !== null) {
      transactionId = text(input.transactionId, 'transactionId');
      // A retried create with the same transactionId gets the event made the first time.
      const existing = transactionId ? store.eventByTransaction(user.upn, transactionId) : undefined;
      if (existing) return single(ctx, existing, 201);
    }
    const data = DEFAULT_DATA();
    const { start, end } = applyInput(data, input, user, null);
    const now = outlookTimestamp(ctx.now);
    const event: EventRecord = {
      id: outlookId(),
      ownerUpn: user.upn,
      transactionId: transactionId || null,
      startUtc: iso(start),
      endUtc: iso(end),
      created: now,
      modified: now,
      changeKey: changeKey(),
      data,
    };
    store.insertEvent(event);
    return single(ctx, event, 201);
  });

  const list = route((ctx) => {
    const user = requireMailbox(ctx);
    return collection(ctx, ctx.services.store.mailbox.events(user.upn), 'events');
  });

  const get = route((ctx) => {
    requireMailbox(ctx);
    return single(ctx, findEvent(ctx), 200);
  });

  const update = route((ctx) => {
    const user = requireMailbox(ctx);
    const current = findEvent(ctx);
    if (!ifMatchAllows(ctx.request.headers['if-match'], current.changeKey)) throw changeKeyMismatch();
    const input = requireObject(ctx.request.body, 'event');
    if ('transactionId' in input && (input.transactionId ?? null) !== current.transactionId) {
      throw new GraphError(400, 'ErrorInvalidRequest', 'The transactionId of an event cannot be changed after it was created.');
    }
    const data: EventData = structuredClone(current.data);
    const { start, end } = applyInput(data, input, user, { start: Date.parse(current.startUtc), end: Date.parse(current.endUtc) });
    const next: EventRecord = {
      ...current,
      startUtc: iso(start),
      endUtc: iso(end),
      modified: outlookTimestamp(ctx.now),
      changeKey: changeKey(),
      data,
    };
    ctx.services.store.mailbox.updateEvent(next);
    return single(ctx, next, 200);
  });

  const remove = route((ctx) => {
    const user = requireMailbox(ctx);
    const current = findEvent(ctx);
    if (!ifMatchAllows(ctx.request.headers['if-match'], current.changeKey)) throw changeKeyMismatch();
    ctx.services.store.mailbox.deleteEvent(user.upn, current.id);
    return { status: 204 };
  });

  const cancel = route((ctx) => {
    const user = requireMailbox(ctx);
    const current = findEvent(ctx);
    const body = ctx.request.body;
    if (body !== undefined && body !== null) {
      const input = requireObject(body, 'cancel');
      checkProperties(input, new Set(['Comment', 'comment']), 'event.cancel');
    }
    // The cancellation goes to the attendees and the event leaves the organiser's calendar.
    ctx.services.store.mailbox.deleteEvent(user.upn, current.id);
    return { status: 202 };
  });

  /** calendarView and a series' /instances: occurrences expanded, $filter on the event's own properties, $top/$skip paging. */
  function view(ctx: RouteContext, events: EventRecord[], context: string) {
    const from = viewBound(ctx, 'startDateTime');
    const to = viewBound(ctx, 'endDateTime');
    const { zone, headers } = responseZone(ctx);
    const ordered = option(ctx.request.query, 'orderby') !== undefined;
    const candidates = to > from ? filterAndOrder(ctx, events) : [];
    let items = viewItems(candidates, from, to);
    // With $orderby the events keep that order (a series' occurrences together); else by start.
    if (ordered) items = candidates.flatMap((e) => items.filter((i) => i.event === e));
    const page = outlookPage(ctx, items);
    return {
      status: 200,
      headers,
      body: {
        '@odata.context': metadataUrl(ctx.origin, `users('${ctx.user.id}')/${context}`),
        value: page.items.map((i) =>
          selectProperties(ctx, i.occurrence ? occurrenceJson(i.event, i.occurrence, ctx.user, zone) : eventJson(i.event, ctx.user, zone)),
        ),
        ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
      },
    };
  }

  const calendarView = route((ctx) => {
    const user = requireMailbox(ctx);
    return view(ctx, ctx.services.store.mailbox.events(user.upn), 'calendarView');
  });

  const instances = route((ctx) => {
    requireMailbox(ctx);
    const master = findEvent(ctx);
    return view(ctx, master.data.recurrence ? [master] : [], `events('${master.id}')/instances`);
  });

  for (const base of ['/me', '/me/calendar']) {
    router.add('POST', `${base}/events`, create);
    router.add('GET', `${base}/events`, list);
    router.add('GET', `${base}/events/{event}`, get);
    router.add('PATCH', `${base}/events/{event}`, update);
    router.add('DELETE', `${base}/events/{event}`, remove);
    router.add('POST', `${base}/events/{event}/cancel`, cancel);
    router.add('GET', `${base}/calendarView`, calendarView);
    router.add('GET', `${base}/events/{event}/instances`, instances);
  }
};
