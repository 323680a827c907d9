import type { ScheduledTalk } from '../api';
import type { Note, SentSummary } from '../../domain/talks/record';
import {
  type AgendaItem,
  type CatalogText,
  type Parent,
  type Participant,
  TALK_MODES,
  TALK_ROLES,
  TALK_STATUSES,
  TALK_TYPES,
} from '../../domain/talks/types';
import type { QuestionKey } from '../../domain/talks/templates';
import {
  FieldFormatError,
  readBoolean,
  readNumber,
  readOptionalText,
  readRequiredChoice,
  readText,
  writeOptional,
  type ReadonlyFields,
  type WritableFields,
} from './fields';
import type { ListMapper } from './mapper';
import { clientKeyColumn, defineList, LIST_PREFIX } from './schema';
import { normaliseUpn } from './staff';

/**
 * Parent talks (capability 4): one item per talk, with its place in the organiser's calendar
 * and its record (notes, follow-up, the summary sent). Title holds the pupil's first name.
 *
 * The pupil is kept as its key, first name and group only (data minimisation); the pupil's own
 * entry (./pupils.ts) holds when they left. Parents, staff, the agenda, the preparation
 * questions, the notes and the sent summary are JSON in multi-line text columns: they are only
 * ever read with their talk, never filtered on, and go with the talk's item when the retention
 * job removes it (see docs in src/data/services/talks.ts for why parents are not a list).
 *
 * Instants (StartsAt, FollowUpStart) are text in one fixed UTC form ("2026-10-05T13:00:00.000Z"),
 * so text order is time order and an indexed range filter works on them. The schema's `date`
 * columns are date-only (./schema.ts), and a talk needs its time; text keeps the instant exactly
 * as the calendar event has it, whatever the site's time zone.
 */
export const TALKS_LIST = defineList({
  displayName: `${LIST_PREFIX}Talks`,
  description: 'Driehoek: parent talks (oudergesprekken) planned as Teams meetings, and their records.',
  columns: [
    { kind: 'text', name: 'PupilKey', displayName: 'Leerling (sleutel)', maxLength: 64, indexed: true, required: true },
    { kind: 'number', name: 'Jaargroep', displayName: 'Groep', min: 1, max: 8, decimals: 'none' },
    { kind: 'choice', name: 'TalkType', displayName: 'Soort gesprek', choices: TALK_TYPES, required: true },
    { kind: 'choice', name: 'Mode', displayName: 'Vorm', choices: TALK_MODES },
    { kind: 'text', name: 'Location', displayName: 'Plaats' },
    { kind: 'text', name: 'StartsAt', displayName: 'Begint (UTC)', maxLength: 24, indexed: true, required: true },
    { kind: 'number', name: 'DurationMinutes', displayName: 'Duur (minuten)', min: 1, decimals: 'none' },
    { kind: 'boolean', name: 'ChildJoins', displayName: 'Kind sluit aan' },
    { kind: 'boolean', name: 'WithPreTalk', displayName: 'Met voorgesprek' },
    { kind: 'choice', name: 'Status', displayName: 'Status', choices: TALK_STATUSES, indexed: true, required: true },
    { kind: 'text', name: 'OrganizerUpn', displayName: 'Organisator (UPN)', indexed: true, required: true },
    { kind: 'text', name: 'FollowUpOfKey', displayName: 'Vervolg op (sleutel)', maxLength: 64, indexed: true },
    { kind: 'note', name: 'Parents', displayName: 'Ouders' },
    { kind: 'note', name: 'Staff', displayName: 'Deelnemers school' },
    { kind: 'note', name: 'Agenda', displayName: 'Agenda' },
    { kind: 'note', name: 'PreparationQuestions', displayName: 'Voorbereidingsvragen' },
    { kind: 'text', name: 'EventId', displayName: 'Agenda-item' },
    { kind: 'text', name: 'PreTalkEventId', displayName: 'Agenda-item voorgesprek' },
    { kind: 'note', name: 'JoinUrl', displayName: 'Teams-link' },
    { kind: 'note', name: 'WebLink', displayName: 'Outlook-link' },
    { kind: 'note', name: 'Notes', displayName: 'Aantekeningen' },
    { kind: 'text', name: 'FollowUpKey', displayName: 'Vervolggesprek (sleutel)', maxLength: 64 },
    { kind: 'text', name: 'FollowUpStart', displayName: 'Vervolggesprek begint (UTC)', maxLength: 24 },
    { kind: 'note', name: 'Summary', displayName: 'Verstuurde samenvatting' },
    clientKeyColumn,
  ],
});

/** The fixed text form of an instant in StartsAt and FollowUpStart. */
export function writeInstant(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new FieldFormatError(`not an instant: ${instant}`);
  return new Date(ms).toISOString();
}

function readJson<T>(fields: ReadonlyFields, name: string, fallback: T, check: (value: unknown) => value is T): T {
  const text = readText(fields, name);
  if (!text) return fallback;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new FieldFormatError(`${name}: not JSON`);
  }
  if (!check(parsed)) throw new FieldFormatError(`${name}: unexpected shape`);
  return parsed;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const arrayOf =
  <T>(item: (v: unknown) => boolean) =>
  (v: unknown): v is T[] =>
    Array.isArray(v) && v.every(item);
const isCatalogText = (v: unknown): boolean =>
  isObject(v) && (typeof v.key === 'string' || typeof v.text === 'string');

const isParent = (v: unknown): boolean =>
  isObject(v) && typeof v.name === 'string' && typeof v.email === 'string' && typeof v.household === 'number';
const isParticipant = (v: unknown): boolean =>
  isObject(v) && typeof v.name === 'string' && typeof v.email === 'string' && (TALK_ROLES as readonly unknown[]).includes(v.role);
const isAgendaItem = (v: unknown): boolean => isObject(v) && isCatalogText(v.title) && typeof v.minutes === 'number';
const isNote = (v: unknown): boolean =>
  isObject(v) && typeof v.id === 'string' && typeof v.text === 'string' && (v.visibility === 'internal' || v.visibility === 'shareable');
const isSummary = (v: unknown): v is SentSummary =>
  isObject(v) && typeof v.sentAt === 'string' && typeof v.text === 'string' && Array.isArray(v.recipients) && v.recipients.every((r) => typeof r === 'string');
type Sending = NonNullable<ScheduledTalk['summarySending']>;
const isSending = (v: unknown): v is Sending =>
  isObject(v) && typeof v.startedAt === 'string' && typeof v.attempt === 'string' && typeof v.subject === 'string' && Array.isArray(v.recipients) && v.recipients.every((r) => typeof r === 'string');
/**
 * The Summary column: the summary sent (if any) and, while a mail is on its way, `sending`
 * beside it, in one JSON value so both change in one write with If-Match.
 */
type SummaryField = (SentSummary & { sending?: Sending }) | { sending: Sending };
const isSummaryField = (v: unknown): v is SummaryField =>
  isObject(v) && (isSummary(v) || !('sentAt' in v)) && (v.sending === undefined ? isSummary(v) : isSending(v.sending));
function summaryField(s: ScheduledTalk): string | null {
  if (!s.summary && !s.summarySending) return null;
  return json({ ...(s.summary ?? {}), ...(s.summarySending ? { sending: s.summarySending } : {}) });
}

const json = (value: unknown): string => JSON.stringify(value);

export const talkMapper: ListMapper<ScheduledTalk> = {
  list: TALKS_LIST,
  keyOf: (s) => s.talk.id,
  toFields(s): WritableFields {
    const t = s.talk;
    return {
      Title: t.pupil.firstName,
      PupilKey: t.pupil.id,
      Jaargroep: t.pupil.group,
      TalkType: t.type,
      Mode: t.mode,
      Location: writeOptional(t.location),
      StartsAt: writeInstant(t.start),
      DurationMinutes: t.durationMinutes,
      ChildJoins: t.childJoins,
      WithPreTalk: t.withPreTalk,
      Status: t.status,
      OrganizerUpn: normaliseUpn(s.organizerUpn),
      FollowUpOfKey: writeOptional(t.followUpOf),
      Parents: json(t.parents),
      Staff: json(t.staff),
      Agenda: json(t.agenda),
      PreparationQuestions: json(t.preparationQuestions),
      EventId: writeOptional(s.eventId),
      PreTalkEventId: writeOptional(s.preTalkEventId),
      JoinUrl: writeOptional(s.joinUrl),
      WebLink: writeOptional(s.webLink),
      Notes: json(s.notes),
      FollowUpKey: writeOptional(s.followUp?.talkId),
      FollowUpStart: s.followUp ? writeInstant(s.followUp.start) : null,
      Summary: summaryField(s),
      ClientKey: t.id,
    };
  },
  fromFields(fields): ScheduledTalk {
    const start = readText(fields, 'StartsAt');
    if (!start) throw new FieldFormatError('StartsAt is empty');
    const group = readNumber(fields, 'Jaargroep');
    if (group === undefined) throw new FieldFormatError('Jaargroep is empty');
    const location = readOptionalText(fields, 'Location');
    const followUpOf = readOptionalText(fields, 'FollowUpOfKey');
    const eventId = readOptionalText(fields, 'EventId');
    const preTalkEventId = readOptionalText(fields, 'PreTalkEventId');
    const joinUrl = readOptionalText(fields, 'JoinUrl');
    const webLink = readOptionalText(fields, 'WebLink');
    const followUpKey = readOptionalText(fields, 'FollowUpKey');
    const followUpStart = readOptionalText(fields, 'FollowUpStart');
    const stored = readJson<SummaryField | null>(fields, 'Summary', null, (v): v is SummaryField | null => v === null || isSummaryField(v));
    const summary: SentSummary | null =
      stored && isSummary(stored) ? { sentAt: stored.sentAt, recipients: stored.recipients, text: stored.text } : null;
    const summarySending = stored?.sending;
    return {
      talk: {
        id: readText(fields, 'ClientKey'),
        type: readRequiredChoice(fields, 'TalkType', TALK_TYPES, 'voortgang'),
        pupil: { id: readText(fields, 'PupilKey'), firstName: readText(fields, 'Title'), group },
        parents: readJson<Parent[]>(fields, 'Parents', [], arrayOf<Parent>(isParent)),
        staff: readJson<Participant[]>(fields, 'Staff', [], arrayOf<Participant>(isParticipant)),
        childJoins: readBoolean(fields, 'ChildJoins'),
        mode: readRequiredChoice(fields, 'Mode', TALK_MODES, 'online'),
        ...(location ? { location } : {}),
        start,
        durationMinutes: readNumber(fields, 'DurationMinutes') ?? 0,
        withPreTalk: readBoolean(fields, 'WithPreTalk'),
        agenda: readJson<AgendaItem[]>(fields, 'Agenda', [], arrayOf<AgendaItem>(isAgendaItem)),
        preparationQuestions: readJson<CatalogText<QuestionKey>[]>(
          fields,
          'PreparationQuestions',
          [],
          arrayOf<CatalogText<QuestionKey>>(isCatalogText),
        ),
        status: readRequiredChoice(fields, 'Status', TALK_STATUSES, 'planned'),
        ...(followUpOf ? { followUpOf } : {}),
      },
      organizerUpn: readText(fields, 'OrganizerUpn'),
      ...(eventId ? { eventId } : {}),
      ...(preTalkEventId ? { preTalkEventId } : {}),
      ...(joinUrl ? { joinUrl } : {}),
      ...(webLink ? { webLink } : {}),
      notes: readJson<Note[]>(fields, 'Notes', [], arrayOf<Note>(isNote)),
      ...(followUpKey && followUpStart ? { followUp: { talkId: followUpKey, start: followUpStart } } : {}),
      ...(summary ? { summary } : {}),
      ...(summarySending ? { summarySending } : {}),
    };
  },
};
