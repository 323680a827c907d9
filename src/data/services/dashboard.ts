/**
 * The MT dashboard (capability 6): every figure of one change cycle in one period, and the
 * items behind each figure.
 *
 * Reading is built for a school board's volume (10,000 promises, 2,000 meetings, years of
 * talks): one $batch carries every request of the dashboard, each filtering on indexed
 * columns only (so SharePoint's 5,000-item threshold never refuses it) and selecting only the
 * fields the aggregation reads, with pages of 5,000. The promises are asked for per bouw, so a
 * cycle's promises come back in three answers instead of one long one. Further pages of all
 * answers are fetched together, one $batch per page round. The period narrows what an index
 * can narrow; the domain's aggregation (src/domain/dashboard) then applies the exact rules, so
 * an index only ever has to find a superset.
 *
 * A figure's items (drill-down) are read the same way with the figure's narrowest indexed
 * query, and picked out by the same aggregation that counted them.
 */
import type { DashboardApi, DashboardItems, DashboardSelection, DashboardSnapshot, DashboardTalk, TeamScanOverview } from '../api';
import { cycleToOpen } from '../../domain/cycles';
import { aggregateDashboard, type DashboardAggregates, type DashboardInput } from '../../domain/dashboard/aggregate';
import { figureOf, type FigureRef, isTrackStatus } from '../../domain/dashboard/figureRef';
import { intervisieFactsOf } from '../../domain/dashboard/intervisie';
import { type DateRange, rangeOf } from '../../domain/dashboard/periods';
import type { MeetingFacts } from '../../domain/dashboard/progress';
import type { PromiseFacts } from '../../domain/dashboard/promises';
import type { AgreementFacts, TalkFacts } from '../../domain/dashboard/talks';
import { COMMITMENT_STATUSES } from '../../domain/commitments';
import { MEETING_STATUSES } from '../../domain/meetings';
import { BOUWEN, type Bouw } from '../../domain/people';
import { TALK_STATUSES, TALK_TYPES } from '../../domain/talks/types';
import { TRACK_STATUSES } from '../../domain/tracking';
import { type FieldError, isIsoDate } from '../../domain/validation';
import { answerBody, type BatchAnswer, batchGet } from '../graph/batch';
import type { Collection, GraphHttp } from '../graph/http';
import { type Filter, type ItemsQuery, itemsQueryString, where } from '../graph/odata';
import { ValidationError } from '../errors';
import { agreementMapper } from '../lists/agreements';
import { COMMITMENTS_LIST, commitmentMapper } from '../lists/commitments';
import { CYCLE_KEY } from '../lists/cycleLink';
import {
  readBoolean,
  readDateOnly,
  readNumber,
  readOptionalText,
  readRequiredChoice,
  readText,
  type ReadonlyFields,
  writeDateOnly,
} from '../lists/fields';
import type { ListMapper } from '../lists/mapper';
import { MEETINGS_LIST, meetingMapper } from '../lists/meetings';
import { AGREEMENTS_LIST } from '../lists/agreements';
import { CLIENT_KEY, fieldName, isQueryable, type ListSchema } from '../lists/schema';
import { TALKS_LIST } from '../lists/talks';
import { intervisieGroupMapper } from '../lists/intervisieGroups';
import { ACTIVE_CYCLE, type CycleScope, scopeFilter } from '../repositories/cycleLinked';
import { ListRepository, listItemsPath, type RawListItem } from '../repositories/listRepository';
import type { ServiceContext } from './context';
import { idErrors } from './planner';
import { teamOverviewReads } from './teamScan';

/** SharePoint's largest page of list items. */
export const DASHBOARD_PAGE_SIZE = 5000;

interface Request {
  id: string;
  url: string;
}

/**
 * Reads every page of every request: the first pages in one $batch, then the next pages of all
 * requests that have more in one $batch per round.
 */
export async function readAllPages(http: GraphHttp, requests: readonly Request[]): Promise<Map<string, RawListItem[]>> {
  return readNextPages(http, requests, await batchGet(http, requests));
}

/** Like readAllPages, for requests whose first pages are in `first` (a $batch sent with others). */
async function readNextPages(
  http: GraphHttp,
  requests: readonly Request[],
  first: Map<string, BatchAnswer>,
): Promise<Map<string, RawListItem[]>> {
  const items = new Map<string, RawListItem[]>(requests.map((r) => [r.id, []]));
  let pending = [...requests];
  let answers: Map<string, BatchAnswer> | null = first;
  while (pending.length) {
    answers ??= await batchGet(http, pending);
    const next: Request[] = [];
    for (const request of pending) {
      const page = answerBody<Collection<RawListItem>>(answers.get(request.id));
      items.get(request.id)!.push(...page.value);
      const link = page['@odata.nextLink'];
      if (link) next.push({ id: request.id, url: http.relativePath(link) });
    }
    pending = next;
    answers = null;
  }
  return items;
}

function queryUrl(sitePath: string, list: ListSchema, select: readonly string[], query: ItemsQuery): string {
  return `${listItemsPath(sitePath, list)}?${itemsQueryString(
    { top: DASHBOARD_PAGE_SIZE, ...query },
    select,
    (column) => isQueryable(list, column),
  )}`;
}

const fieldsOf = (raw: RawListItem): ReadonlyFields => raw.fields ?? {};

// What the aggregation reads of each list, and how it is read.
const MEETING_FACTS = [CLIENT_KEY, CYCLE_KEY, 'MeetingDate', 'Status', 'Score'];
const PROMISE_FACTS = [CLIENT_KEY, CYCLE_KEY, 'Bouw', 'Status', 'MadeOn', 'DueDate', 'SupportWanted', 'SupportGivenOn'];
const TALK_FACTS = [CLIENT_KEY, 'StartsAt', 'Status', 'FollowUpOfKey'];
const AGREEMENT_FACTS = [CLIENT_KEY, 'Status', 'DueDate', 'MadeOn'];
/** A talk in a drill-down: the facts plus type, first name and group; never the parents. */
const TALK_ROW = [...TALK_FACTS, 'Title', 'Jaargroep', 'TalkType'];

function meetingFacts(raw: RawListItem): MeetingFacts {
  const f = fieldsOf(raw);
  const score = readNumber(f, 'Score');
  return {
    id: readText(f, CLIENT_KEY),
    cycleId: readText(f, CYCLE_KEY),
    date: readDateOnly(f, 'MeetingDate') ?? '',
    status: readRequiredChoice(f, 'Status', MEETING_STATUSES, 'planned'),
    ...(score === undefined ? {} : { score }),
  };
}

function promiseFacts(raw: RawListItem): PromiseFacts {
  const f = fieldsOf(raw);
  const madeOn = readDateOnly(f, 'MadeOn');
  const supportGivenOn = readDateOnly(f, 'SupportGivenOn');
  return {
    id: readText(f, CLIENT_KEY),
    cycleId: readText(f, CYCLE_KEY),
    bouw: readRequiredChoice(f, 'Bouw', BOUWEN, 'onderbouw'),
    status: readRequiredChoice(f, 'Status', COMMITMENT_STATUSES, 'open'),
    ...(madeOn ? { madeOn } : {}),
    dueDate: readDateOnly(f, 'DueDate') ?? '',
    supportWanted: readBoolean(f, 'SupportWanted'),
    ...(supportGivenOn ? { supportGivenOn } : {}),
  };
}

function talkFacts(raw: RawListItem): TalkFacts {
  const f = fieldsOf(raw);
  const followUpOf = readOptionalText(f, 'FollowUpOfKey');
  return {
    id: readText(f, CLIENT_KEY),
    start: readText(f, 'StartsAt'),
    status: readRequiredChoice(f, 'Status', TALK_STATUSES, 'planned'),
    ...(followUpOf ? { followUpOf } : {}),
  };
}

function talkRow(raw: RawListItem): DashboardTalk {
  const f = fieldsOf(raw);
  return {
    ...talkFacts(raw),
    type: readRequiredChoice(f, 'TalkType', TALK_TYPES, 'voortgang'),
    pupilFirstName: readText(f, 'Title'),
    group: readNumber(f, 'Jaargroep') ?? 0,
  };
}

function agreementFacts(raw: RawListItem): AgreementFacts {
  const f = fieldsOf(raw);
  const madeOn = readDateOnly(f, 'MadeOn');
  return {
    id: readText(f, CLIENT_KEY),
    status: readRequiredChoice(f, 'Status', TRACK_STATUSES, 'open'),
    dueDate: readDateOnly(f, 'DueDate') ?? '',
    ...(madeOn ? { madeOn } : {}),
  };
}

const fullFields = <T>(mapper: ListMapper<T>): string[] => ['Title', ...mapper.list.columns.map(fieldName)];
const fromMapper =
  <T>(mapper: ListMapper<T>) =>
  (raw: RawListItem): T =>
    mapper.fromFields(fieldsOf(raw));

// The indexed filters. Each finds a superset of what the period holds; the domain decides.

const dateOnly = (iso: string): string => writeDateOnly(iso)!;

function meetingsFilter(scope: CycleScope, range: DateRange | null): Filter {
  const ofCycle = scopeFilter(scope);
  if (!range) return ofCycle;
  return where.and(ofCycle, where.ge('MeetingDate', dateOnly(range.from)), where.le('MeetingDate', dateOnly(range.to)));
}

/**
 * A promise counts in the period it was made in; older items without that day by their due
 * date. Both dates are indexed.
 */
function promisesFilter(scope: CycleScope, bouw: Bouw, range: DateRange | null, extra: Filter[] = []): Filter {
  const conditions = [scopeFilter(scope), where.eq('Bouw', bouw), ...extra];
  if (range) {
    const from = dateOnly(range.from);
    const to = dateOnly(range.to);
    conditions.push(
      where.or(
        where.and(where.ge('MadeOn', from), where.le('MadeOn', to)),
        where.and(where.ge('DueDate', from), where.le('DueDate', to)),
      ),
    );
  }
  return where.and(...conditions);
}

/**
 * Talks from the day before the period (the school's calendar runs ahead of UTC) onward, any
 * status: the later ones are the follow-ups of talks in the period.
 */
function talksQuery(range: DateRange | null): ItemsQuery {
  if (!range) return { orderBy: [{ column: 'StartsAt' }] };
  const dayBefore = new Date(Date.parse(`${range.from}T00:00:00Z`) - 86_400_000).toISOString();
  return { filter: where.ge('StartsAt', dayBefore), orderBy: [{ column: 'StartsAt' }] };
}

/**
 * An agreement counts in the period it was made in, and is never due before it was made
 * (domain validation), so "due on or after the period's start" holds every one of them. Its
 * MadeOn is not indexed; DueDate is.
 */
function agreementsFilter(range: DateRange | null, extra: Filter[] = []): Filter | undefined {
  const conditions = [...extra, ...(range ? [where.ge('DueDate', dateOnly(range.from))] : [])];
  if (!conditions.length) return undefined;
  return conditions.length === 1 ? conditions[0] : where.and(...conditions);
}

function selectionErrors(selection: DashboardSelection): FieldError[] {
  const errors: FieldError[] = selection.cycleId === undefined ? [] : idErrors(selection.cycleId, 'cycleId');
  if (!isIsoDate(selection.today)) errors.push({ field: 'today', code: 'invalidDate' });
  return errors;
}

function refuse(errors: readonly FieldError[]): never {
  throw ValidationError.fromFieldErrors(errors, 'dashboard');
}

const byDate = <T>(dateOf: (item: T) => string) => (a: T, b: T) => dateOf(a).localeCompare(dateOf(b));

export function createDashboardApi(
  { http, site, repositories }: Pick<ServiceContext, 'http' | 'site' | 'repositories'>,
): DashboardApi {
  const { cycles, stepRecords } = repositories;
  // The groups' records in the team site: names and the dates they met, never what was said.
  const intervisieGroups = new ListRepository({ http, sitePath: () => site.sitePath() }, intervisieGroupMapper);
  const groupsUrl = () => intervisieGroups.queryUrl({ top: DASHBOARD_PAGE_SIZE });
  const intervisieOf = (pages: Map<string, RawListItem[]>) =>
    intervisieFactsOf(pages.get('intervisieGroups')!.map((raw) => intervisieGroups.parse(raw).value));
  const teamOverview = teamOverviewReads({ http, sitePath: () => site.sitePath() });

  async function allCyclesUrl(): Promise<string> {
    return cycles.queryUrl({ orderBy: [{ column: 'SchoolYear', direction: 'desc' }], top: DASHBOARD_PAGE_SIZE });
  }

  /** The figures' requests that read items of the cycle(s) in scope. */
  async function cycleRequests(sitePath: string, scope: CycleScope, range: DateRange | null): Promise<Request[]> {
    return [
      { id: 'stepRecords', url: await stepRecords.queryUrl({ filter: scopeFilter(scope), top: DASHBOARD_PAGE_SIZE }) },
      { id: 'meetings', url: queryUrl(sitePath, MEETINGS_LIST, MEETING_FACTS, { filter: meetingsFilter(scope, range) }) },
      ...BOUWEN.map((bouw) => ({
        id: `promises-${bouw}`,
        url: queryUrl(sitePath, COMMITMENTS_LIST, PROMISE_FACTS, { filter: promisesFilter(scope, bouw, range) }),
      })),
    ];
  }

  /** The figures' requests that do not depend on the cycle. */
  async function periodRequests(sitePath: string, range: DateRange | null): Promise<Request[]> {
    return [
      { id: 'talks', url: queryUrl(sitePath, TALKS_LIST, TALK_FACTS, talksQuery(range)) },
      { id: 'agreements', url: queryUrl(sitePath, AGREEMENTS_LIST, AGREEMENT_FACTS, { filter: agreementsFilter(range) }) },
      { id: 'intervisieGroups', url: await groupsUrl() },
    ];
  }

  async function load(selection: DashboardSelection): Promise<DashboardSnapshot> {
    const errors = selectionErrors(selection);
    if (errors.length) refuse(errors);
    const sitePath = await site.sitePath();
    const range = selection.period ? rangeOf(selection.period) : null;
    const scope: CycleScope = selection.cycleId === undefined ? ACTIVE_CYCLE : { cycleId: selection.cycleId };
    // Without a cycle asked for, the figures are asked for the active cycle by the status
    // mirror, so they go in the same $batch as the cycles (and the team overview's reads).
    const reads = selection.cycleId === undefined && selection.withTeam ? teamOverview : null;
    const figures = [...(await cycleRequests(sitePath, scope, range)), ...(await periodRequests(sitePath, range))];
    const answers = await batchGet(http, [
      { id: 'cycles', url: await allCyclesUrl() },
      ...(reads ? await reads.requests() : []),
      ...figures,
    ]);
    // The team panel is a part of its own: when its reads fail, the figures still show.
    const team = reads ? await reads.from(answers).catch(() => null) : undefined;
    const withTeam = team === undefined ? {} : { team };
    const all = (await cycles.fromAnswer(answers.get('cycles'))).map((c) => c.value);
    const cycle = cycleToOpen(all, selection.cycleId);
    if (selection.cycleId !== undefined && cycle?.id !== selection.cycleId) {
      // Asked for a cycle that is not there (removed meanwhile): say so in the caller's terms.
      refuse([{ field: 'cycleId', code: 'invalidChoice' }]);
    }
    if (!cycle) return { cycles: all, aggregates: null, ...withTeam };
    const pages = await readNextPages(http, figures, answers);
    if (!('cycleId' in scope) && cycle.status !== 'active') {
      // No active cycle: the newest is shown, and its items are read by its key, one $batch more.
      for (const [id, items] of await readAllPages(http, await cycleRequests(sitePath, { cycleId: cycle.id }, range))) {
        pages.set(id, items);
      }
    }
    const groups = intervisieOf(pages);
    const input: DashboardInput = {
      cycle,
      stepRecords: pages.get('stepRecords')!.map((raw) => stepRecords.parse(raw).value),
      meetings: pages.get('meetings')!.map(meetingFacts),
      commitments: BOUWEN.flatMap((bouw) => pages.get(`promises-${bouw}`)!.map(promiseFacts)),
      talks: pages.get('talks')!.map(talkFacts),
      agreements: pages.get('agreements')!.map(agreementFacts),
      intervisieGroups: groups.groups,
      intervisieSessions: groups.sessions,
      period: selection.period,
      today: selection.today,
    };
    return { cycles: all, aggregates: aggregateDashboard(input), ...withTeam };
  }

  /** Aggregates of only the part read for a drill-down; the rest of the input stays empty. */
  function aggregatesOf(
    selection: DashboardSelection & { cycleId: string },
    part: Partial<Pick<DashboardInput, 'meetings' | 'commitments' | 'talks' | 'agreements' | 'intervisieGroups' | 'intervisieSessions'>>,
  ): DashboardAggregates {
    return aggregateDashboard({
      cycle: { id: selection.cycleId, title: '', round: 1 },
      stepRecords: [],
      meetings: [],
      commitments: [],
      talks: [],
      agreements: [],
      intervisieGroups: [],
      intervisieSessions: [],
      ...part,
      period: selection.period,
      today: selection.today,
    });
  }

  async function items(selection: DashboardSelection & { cycleId: string }, ref: FigureRef): Promise<DashboardItems> {
    const errors = selectionErrors(selection);
    if (errors.length) refuse(errors);
    const sitePath = await site.sitePath();
    const range = selection.period ? rangeOf(selection.period) : null;
    const today = dateOnly(selection.today);
    const pick = <T extends { id: string }>(found: readonly T[], aggregates: DashboardAggregates): T[] => {
      const ids = new Set(figureOf(aggregates, ref).ids);
      return found.filter((item) => ids.has(item.id));
    };

    switch (ref.panel) {
      case 'meetings': {
        const url = queryUrl(sitePath, MEETINGS_LIST, fullFields(meetingMapper), {
          filter: meetingsFilter({ cycleId: selection.cycleId }, range),
        });
        const found = (await readAllPages(http, [{ id: 'meetings', url }])).get('meetings')!.map(fromMapper(meetingMapper));
        return { panel: 'meetings', items: pick(found, aggregatesOf(selection, { meetings: found })).sort(byDate((m) => m.date)) };
      }
      case 'promises': {
        // The figure's own index narrows further: its status, or open and due before today.
        const extra: Filter[] = [];
        if (isTrackStatus(ref.figure)) extra.push(where.eq('Status', ref.figure));
        else if (ref.figure === 'overdue') extra.push(where.eq('Status', 'open'), where.lt('DueDate', today));
        else if (ref.figure === 'supportOpen') extra.push(where.eq('SupportWanted', true));
        const bouwen = ref.bouw ? [ref.bouw] : BOUWEN;
        const pages = await readAllPages(
          http,
          bouwen.map((bouw) => ({
            id: bouw,
            url: queryUrl(sitePath, COMMITMENTS_LIST, fullFields(commitmentMapper), {
              filter: promisesFilter({ cycleId: selection.cycleId }, bouw, range, extra),
            }),
          })),
        );
        const found = bouwen.flatMap((bouw) => pages.get(bouw)!.map(fromMapper(commitmentMapper)));
        return {
          panel: 'promises',
          items: pick(found, aggregatesOf(selection, { commitments: found })).sort(byDate((c) => c.dueDate)),
        };
      }
      case 'talks': {
        const url = queryUrl(sitePath, TALKS_LIST, TALK_ROW, talksQuery(range));
        const found = (await readAllPages(http, [{ id: 'talks', url }])).get('talks')!.map(talkRow);
        return { panel: 'talks', items: pick(found, aggregatesOf(selection, { talks: found })).sort(byDate((t) => t.start)) };
      }
      case 'agreements': {
        const extra = ref.figure === 'overdue' ? [where.eq('Status', 'open'), where.lt('DueDate', today)] : [];
        const filter = agreementsFilter(range, extra);
        const url = queryUrl(sitePath, AGREEMENTS_LIST, fullFields(agreementMapper), filter ? { filter } : {});
        const found = (await readAllPages(http, [{ id: 'agreements', url }])).get('agreements')!.map(fromMapper(agreementMapper));
        return {
          panel: 'agreements',
          items: pick(found, aggregatesOf(selection, { agreements: found })).sort(byDate((a) => a.dueDate)),
        };
      }
      case 'intervisie': {
        const { groups, sessions } = intervisieOf(await readAllPages(http, [{ id: 'intervisieGroups', url: await groupsUrl() }]));
        const aggregates = aggregatesOf(selection, { intervisieGroups: groups, intervisieSessions: sessions });
        return {
          panel: 'intervisie',
          items: pick(sessions, aggregates)
            .map((s) => ({ id: s.id, date: s.date }))
            .sort(byDate((s) => s.date)),
        };
      }
    }
  }

  return { load, items };
}
