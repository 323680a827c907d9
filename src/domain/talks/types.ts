import type { AgendaKey, QuestionKey } from './templates';

/**
 * Parent talks (oudergesprekken). Types only; the rules live in the modules beside this one.
 * Times are ISO instants ("2026-10-05T13:00:00.000Z"); the school's wall clock is
 * Europe/Amsterdam (see ./time).
 */

/**
 * startgesprek: the omgekeerd oudergesprek at the start of the year, parents do most of the
 * talking; voortgang: progress in between; rapport: about the report; zorg: extra support and
 * the OPP; advies: the secondary-school advice in group 8; zorgteam: parents join the care team.
 */
export type TalkType = 'startgesprek' | 'voortgang' | 'rapport' | 'zorg' | 'advies' | 'zorgteam';
export const TALK_TYPES: readonly TalkType[] = [
  'startgesprek',
  'voortgang',
  'rapport',
  'zorg',
  'advies',
  'zorgteam',
];

/**
 * Everything Driehoek keeps about a child: a first name and the group (AVG data minimisation),
 * plus the date the pupil left, which starts the retention clock (../retention).
 */
export interface Pupil {
  id: string;
  firstName: string;
  /** Jaargroep 1–8. */
  group: number;
  /** ISO calendar date the pupil was marked as left. */
  leftOn?: string;
}

/** A parent or carer. Parents are never users of the app; they only receive mail and invites. */
export interface Parent {
  name: string;
  email: string;
  /**
   * Which household (1, 2, …) the parent belongs to, so parents who live apart are both
   * invited and both receive the summary.
   */
  household: number;
}

/** The role a staff member or outside expert has in the talk, as parents will read it. */
export type TalkRole =
  | 'leerkracht'
  | 'ib'
  | 'directie'
  | 'orthopedagoog'
  | 'schoolmaatschappelijkWerk'
  | 'schoolarts'
  | 'consulentOnderwijs'
  | 'externeDeskundige';
export const TALK_ROLES: readonly TalkRole[] = [
  'leerkracht',
  'ib',
  'directie',
  'orthopedagoog',
  'schoolmaatschappelijkWerk',
  'schoolarts',
  'consulentOnderwijs',
  'externeDeskundige',
];

export interface Participant {
  name: string;
  /** Where the invite goes; for staff their UPN. */
  email: string;
  role: TalkRole;
}

export type TalkMode = 'inPerson' | 'online';
export const TALK_MODES: readonly TalkMode[] = ['inPerson', 'online'];

export type TalkStatus = 'draft' | 'planned' | 'held' | 'cancelled';
export const TALK_STATUSES: readonly TalkStatus[] = ['draft', 'planned', 'held', 'cancelled'];

/**
 * A text that is either a catalog entry (so it follows the reader's language) or typed by
 * staff. Editing a template text turns it into typed text.
 */
export type CatalogText<K extends string> = { key: K } | { text: string };

export interface Talk {
  id: string;
  type: TalkType;
  pupil: Pupil;
  parents: Parent[];
  staff: Participant[];
  childJoins: boolean;
  mode: TalkMode;
  /** Room or address for a talk in person; unused online. */
  location?: string;
  /** ISO instant the talk with the parents starts. */
  start: string;
  durationMinutes: number;
  /** Zorgteam only: the staff meet 15 minutes before the parents join (a separate event). */
  withPreTalk: boolean;
  agenda: AgendaItem[];
  preparationQuestions: CatalogText<QuestionKey>[];
  status: TalkStatus;
  /** The talk this one follows up, when it was planned as a follow-up. */
  followUpOf?: string;
}

export interface AgendaItem {
  title: CatalogText<AgendaKey>;
  minutes: number;
}
