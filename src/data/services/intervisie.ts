/**
 * Intervisie (capability 5) over Graph.
 *
 * Where things are, and why:
 * - The GROUP record (name, members, where its space is, session dates, the series) is in the
 *   team site's list DriehoekIntervisieGroups: staff see which groups exist, the MT's dashboard
 *   counts how often each met. It holds no content.
 * - The SESSION records (case summary, advice, learning points, roles) are in the group's own
 *   private space (../privateSpaces.ts): a private channel of the team whose SharePoint site
 *   only the group's members can open. Anyone else — a colleague, the IB, the MT, a guest —
 *   gets 403 from that site, which reaches the UI as AccessDeniedError. The rule "records are
 *   visible to the group only" is kept by where the data is, not by the app.
 * - Personal promises go to the promise tracker (services/commitments) as the member's own
 *   commitment in the active cycle: the promise only, nothing of the case.
 *
 * Creating a group is idempotent on its id: the record first (so a half-made group is visible
 * and can be completed), then the channel (found again by name on a retry), then the sessions
 * list in its site, then the record gets the space's ref.
 */
import type {
  IntervisieApi,
  IntervisieGroupDraft,
  IntervisieGroupRecord,
  IntervisieOverview,
  SeriesOutcome,
  Versioned,
} from '../api';
import type { Commitment } from '../../domain/commitments';
import { validateGroup } from '../../domain/intervisie/groups';
import { type IntervisieSession, nextRoles, validateSession } from '../../domain/intervisie/session';
import { recurrenceOf, seriesDates, seriesInviteHtml, type SeriesDraft, validateSeries } from '../../domain/intervisie/series';
import { bouwOfGroup, type StaffMember } from '../../domain/people';
import { schoolDate } from '../../domain/talks/time';
import type { FieldError } from '../../domain/validation';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { batchGet } from '../graph/batch';
import { where } from '../graph/odata';
import { withScopes } from '../graph/scopes';
import { intervisieGroupMapper } from '../lists/intervisieGroups';
import { INTERVISIE_SESSIONS_LIST, intervisieSessionMapper } from '../lists/intervisieSessions';
import { normaliseUpn } from '../lists/staff';
import { channelName, type PrivateSpaces } from '../privateSpaces';
import { ListRepository } from '../repositories/listRepository';
import { createCommitmentsApi } from './commitments';
import { byStaffName, listStaff } from './staff';
import type { ServiceContext } from './context';

/** The Windows zone name Exchange uses for the Netherlands; the series keeps its wall-clock time across DST. */
export const SERIES_TIME_ZONE = 'W. Europe Standard Time';

/** The lists of a group's private space. */
export const INTERVISIE_SPACE_LISTS = [INTERVISIE_SESSIONS_LIST] as const;

/** The private channel of a group: recognisable in Teams, and within Teams' name rules. */
export const groupChannelName = (name: string): string => channelName(`Intervisie ${name}`);

function refuse(errors: readonly FieldError[], what = 'intervisie group'): never {
  throw ValidationError.fromFieldErrors(errors, what);
}

interface GraphEvent {
  id?: string;
  webLink?: string;
  onlineMeeting?: { joinUrl?: string } | null;
}

/** "YYYY-MM-DDTHH:mm:00" `minutes` after a wall-clock date and time (the day may roll over). */
function wallClockPlus(date: string, time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const ms = Date.parse(`${date}T00:00:00Z`) + (h * 60 + m + minutes) * 60_000;
  return new Date(ms).toISOString().slice(0, 19);
}

export function createIntervisieApi(
  ctx: Pick<ServiceContext, 'http' | 'site' | 'repositories' | 'signedInUpn'> & { spaces: PrivateSpaces; today?: () => string },
): IntervisieApi {
  const { http, site, repositories, spaces, signedInUpn } = ctx;
  const groups = new ListRepository({ http, sitePath: () => site.sitePath() }, intervisieGroupMapper);
  const commitments = createCommitmentsApi(ctx);
  const today = ctx.today ?? (() => schoolDate(Date.now()));

  const sessionsOf = (group: IntervisieGroupRecord): ListRepository<IntervisieSession> => {
    if (!group.space) {
      throw new NotFoundError(`intervisie group ${group.id} has no private space yet`, { status: 404, code: 'spaceNotReady' });
    }
    return new ListRepository(spaces.open(group.space).context, intervisieSessionMapper);
  };

  async function me(): Promise<string> {
    const upn = await signedInUpn();
    if (!upn) throw new NotFoundError('no signed-in user', { status: 404, code: 'noUser' });
    return upn;
  }

  const staff = () => listStaff(ctx);

  /** The domain's group rules, plus: the creator is in it, everyone is on the staff list. */
  async function checkedMembers(name: string, memberUpns: readonly string[], id: string): Promise<string[]> {
    const verdict = validateGroup({ name, memberUpns: [...memberUpns] });
    if (!verdict.ok) refuse(verdict.errors);
    const upns = verdict.value.memberUpns.map(normaliseUpn);
    const [upn, people] = await Promise.all([me(), staff()]);
    const known = new Set(people.filter((p) => p.role !== 'guest').map((p) => normaliseUpn(p.upn)));
    if (upns.some((u) => !known.has(u))) refuse([{ field: 'memberUpns', code: 'invalidChoice', params: { reason: 'notStaff' } }]);
    // Only members can read the group's records, so whoever sets it up must be in it.
    if (!upns.includes(normaliseUpn(upn))) refuse([{ field: 'memberUpns', code: 'invalidChoice', params: { reason: 'withoutYou' } }]);
    if (!id.trim()) refuse([{ field: 'id', code: 'required' }]);
    return upns;
  }

  const byGroupName = (all: Versioned<IntervisieGroupRecord>[]) => all.sort((a, b) => a.value.name.localeCompare(b.value.name, 'nl'));

  async function listGroups(): Promise<Versioned<IntervisieGroupRecord>[]> {
    return byGroupName(await groups.query({}));
  }

  /** The groups and everyone on the staff list in one round trip: what the view opens with. */
  async function load(): Promise<IntervisieOverview> {
    const [groupsUrl, staffUrl] = await Promise.all([groups.queryUrl({}), repositories.staff.queryUrl({})]);
    const answers = await batchGet(http, [
      { id: 'groups', url: groupsUrl },
      { id: 'staff', url: staffUrl },
    ]);
    const [all, people] = await Promise.all([groups.fromAnswer(answers.get('groups')), repositories.staff.fromAnswer(answers.get('staff'))]);
    return { groups: byGroupName(all), staff: byStaffName(people.map((p) => p.value)) };
  }

  async function createGroup(draft: IntervisieGroupDraft): Promise<Versioned<IntervisieGroupRecord>> {
    const memberUpns = await checkedMembers(draft.name, draft.memberUpns, draft.id);
    const name = draft.name.trim();
    let record = await groups.findByKey(draft.id);
    if (!record) {
      const taken = (await listGroups()).some((g) => groupChannelName(g.value.name).toLowerCase() === groupChannelName(name).toLowerCase());
      if (taken) refuse([{ field: 'name', code: 'invalidChoice', params: { reason: 'taken' } }]);
      record = await groups.create({
        id: draft.id,
        name,
        memberUpns,
        createdByUpn: await me(),
        method: draft.method ?? 'incident',
        sessionDates: [],
      });
    }
    if (record.value.space) return record;
    const space = await spaces.ensure({
      name: groupChannelName(record.value.name),
      description: 'Driehoek intervisie',
      memberUpns: record.value.memberUpns,
      lists: INTERVISIE_SPACE_LISTS,
    });
    return groups.update(record, { ...record.value, space: space.ref });
  }

  async function updateMembers(
    current: Versioned<IntervisieGroupRecord>,
    memberUpns: string[],
  ): Promise<Versioned<IntervisieGroupRecord>> {
    const upns = await checkedMembers(current.value.name, memberUpns, current.value.id);
    // Access first: whoever left must lose it even if saving the record fails afterwards.
    if (current.value.space) await spaces.setMembers(current.value.space, upns);
    return groups.update(current, { ...current.value, memberUpns: upns });
  }

  async function planSeries(
    current: Versioned<IntervisieGroupRecord>,
    series: SeriesDraft,
    invite: Parameters<IntervisieApi['planSeries']>[2],
  ): Promise<SeriesOutcome> {
    const verdict = validateSeries(series, today());
    if (!verdict.ok) refuse(verdict.errors, 'intervisie series');
    const group = current.value;
    const [organizer, people] = await Promise.all([me(), staff()]);
    const byUpn = new Map(people.map((p) => [normaliseUpn(p.upn), p]));
    const body = {
      subject: invite.subject,
      body: {
        contentType: 'html',
        content: seriesInviteHtml({
          groupName: group.name,
          memberNames: group.memberUpns.map((u) => byUpn.get(u)?.displayName ?? u),
          methodName: invite.methodName,
          texts: invite,
        }),
      },
      start: { dateTime: `${series.firstDate}T${series.startTime}:00`, timeZone: SERIES_TIME_ZONE },
      end: { dateTime: wallClockPlus(series.firstDate, series.startTime, series.minutes), timeZone: SERIES_TIME_ZONE },
      recurrence: recurrenceOf(series, SERIES_TIME_ZONE),
      attendees: group.memberUpns
        .filter((u) => u !== normaliseUpn(organizer))
        .map((u) => ({ type: 'required', emailAddress: { address: u, name: byUpn.get(u)?.displayName ?? u } })),
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      showAs: 'busy',
    };
    const existing = group.series?.organizerUpn === normaliseUpn(organizer) ? group.series.eventId : undefined;
    const calendar = withScopes('calendar');
    const create = () => http.post<GraphEvent>('/me/events', { ...body, transactionId: `intervisie:${group.id}:${series.firstDate}` }, calendar);
    let event: GraphEvent;
    try {
      event = existing ? await http.patch<GraphEvent>(`/me/events/${encodeURIComponent(existing)}`, body, calendar) : await create();
    } catch (error) {
      // The series was removed from the calendar meanwhile: plan it anew.
      if (!(existing && error instanceof NotFoundError)) throw error;
      event = await create();
    }
    if (!event.id) throw new TypeError('the event answer carries no id');
    const saved = await groups.update(current, {
      ...group,
      series: {
        eventId: event.id,
        organizerUpn: normaliseUpn(organizer),
        dates: seriesDates(series),
        startTime: series.startTime,
        minutes: series.minutes,
      },
    });
    return {
      group: saved,
      ...(event.onlineMeeting?.joinUrl ? { joinUrl: event.onlineMeeting.joinUrl } : {}),
      ...(event.webLink ? { webLink: event.webLink } : {}),
    };
  }

  async function sessions(group: IntervisieGroupRecord): Promise<Versioned<IntervisieSession>[]> {
    const found = await sessionsOf(group).query({
      filter: where.eq('GroupKey', group.id),
      orderBy: [{ column: 'SessionDate', direction: 'desc' }],
    });
    return found;
  }

  /** Adds the date to the group's sessionDates, once more on a concurrent change. */
  async function withDate(group: Versioned<IntervisieGroupRecord>, date: string): Promise<Versioned<IntervisieGroupRecord>> {
    if (group.value.sessionDates.includes(date)) return group;
    const next = (g: IntervisieGroupRecord) => ({ ...g, sessionDates: [...g.sessionDates, date].sort() });
    try {
      return await groups.update(group, next(group.value));
    } catch (error) {
      if (!(error instanceof ConflictError) || !error.current) throw error;
      const now = error.current as Versioned<IntervisieGroupRecord>;
      return now.value.sessionDates.includes(date) ? now : groups.update(now, next(now.value));
    }
  }

  async function saveSession(
    group: Versioned<IntervisieGroupRecord>,
    session: IntervisieSession,
    current?: Versioned<IntervisieSession>,
  ): Promise<{ session: Versioned<IntervisieSession>; group: Versioned<IntervisieGroupRecord> }> {
    const { id, ...draft } = session;
    const verdict = validateSession(draft, group.value);
    if (!verdict.ok) refuse(verdict.errors, 'intervisie session');
    const value: IntervisieSession = { id, ...verdict.value };
    const repo = sessionsOf(group.value);
    const saved = current ? await repo.update(current, value) : await repo.create(value);
    return { session: saved, group: await withDate(group, value.date) };
  }

  async function addPromise(promise: Parameters<IntervisieApi['addPromise']>[0]): Promise<Versioned<Commitment>> {
    const upn = await me();
    const [mine, active] = await Promise.all([
      repositories.staff.byUpn(upn),
      repositories.cycles.query({ filter: where.eq('Status', 'active'), top: 1 }),
    ]);
    const cycle = active[0]?.value;
    if (!cycle) refuse([{ field: 'cycleId', code: 'required', params: { reason: 'noActiveCycle' } }], 'promise');
    const person = mine?.value;
    const bouw = person?.bouw ?? (person?.group ? bouwOfGroup(person.group) : undefined) ?? promise.bouw;
    if (!bouw) refuse([{ field: 'bouw', code: 'required' }], 'promise');
    return commitments.create({
      id: promise.id,
      cycleId: cycle.id,
      ownerUpn: upn,
      ownerName: person?.displayName ?? upn,
      bouw,
      ...(person?.group && person.bouw === bouw ? { group: person.group } : {}),
      madeOn: promise.madeOn,
      dueDate: promise.dueDate,
      text: promise.text,
      status: 'open',
      whatWorked: '',
      whatWasHard: '',
      supportWanted: false,
    });
  }

  return {
    load,
    groups: listGroups,
    createGroup,
    updateMembers,
    planSeries,
    sessions,
    saveSession,
    proposeRoles: async (group, history) => nextRoles(group, history),
    addPromise,
  };
}

