import type { Agreement } from '../../domain/talks/agreements';
import { agendaFromTemplate, defaultDuration, questionsFromTemplate, suggestChildJoins } from '../../domain/talks/templates';
import { addDaysKeepingWallClock } from '../../domain/talks/time';
import type { Parent, Participant, Talk, TalkType } from '../../domain/talks/types';
import { schoolInstant } from '../../ui/views/talks/shared/wallClock';
import { DEMO_GUEST, DEMO_PROVISIONER, DEMO_STAFF } from '../people';

/**
 * Parent talks of the demo school, relative to the day the demo is seeded, so the side panel
 * and the Gesprekken tab always have something to show: a talk today and one later this week
 * (planned), and two that were held with agreements: one agreement overdue, one looked back on
 * in a follow-up talk that is already planned. They are planned by the IB (the seed's user)
 * through the app's own talks service, so each has its Teams meeting in her calendar.
 */
export interface DemoTalk {
  key: string;
  type: TalkType;
  pupil: { key: string; firstName: string; group: number };
  parents: Parent[];
  /** The group's teacher (UPN of a demo staff member); the IB organises and attends. */
  teacherUpn: string;
  /** Days from the seed day and the school's wall-clock time. */
  day: number;
  time: string;
  mode: Talk['mode'];
  location?: string;
  held?: {
    agreements: Array<{ key: string; text: string; owner: Agreement['owner']; dueInDays: number }>;
    /** Plans the follow-up this many weeks after the talk. */
    followUpWeeks?: number;
  };
}

export const DEMO_TALKS: readonly DemoTalk[] = [
  {
    key: 'demo-talk-noah',
    type: 'zorg',
    pupil: { key: 'demo-pupil-noah', firstName: 'Noah', group: 4 },
    parents: [{ name: DEMO_GUEST.displayName.replace(/\s*\(.*\)$/, ''), email: DEMO_GUEST.upn, household: 1 }],
    teacherUpn: 'ahmed.yilmaz@delinde.example',
    day: 0,
    time: '15:00',
    mode: 'online',
  },
  {
    key: 'demo-talk-sem',
    type: 'voortgang',
    pupil: { key: 'demo-pupil-sem', firstName: 'Sem', group: 6 },
    parents: [
      { name: 'Iris de Wit', email: 'iris.dewit@ouders.example', household: 1 },
      { name: 'Bram de Wit', email: 'bram.dewit@ouders.example', household: 1 },
    ],
    teacherUpn: 'tom.mulder@delinde.example',
    day: 2,
    time: '14:30',
    mode: 'inPerson',
    location: 'Lokaal groep 6',
  },
  {
    key: 'demo-talk-lina',
    type: 'rapport',
    pupil: { key: 'demo-pupil-lina', firstName: 'Lina', group: 7 },
    parents: [{ name: 'Yasmina Haddou', email: 'yasmina.haddou@ouders.example', household: 1 }],
    teacherUpn: 'noor.hendriks@delinde.example',
    day: -21,
    time: '15:15',
    mode: 'online',
    held: {
      agreements: [
        { key: 'demo-agreement-lina-reading', text: 'School stuurt elke twee weken een kort bericht over het lezen', owner: 'school', dueInDays: 7 },
        { key: 'demo-agreement-lina-library', text: 'Lina kiest samen met haar moeder een boek in de bibliotheek', owner: 'kind', dueInDays: 28 },
      ],
    },
  },
  {
    key: 'demo-talk-mila',
    type: 'startgesprek',
    pupil: { key: 'demo-pupil-mila', firstName: 'Mila', group: 2 },
    parents: [
      { name: 'Kim Verbeek', email: 'kim.verbeek@ouders.example', household: 1 },
      { name: 'Ruud Verbeek', email: 'ruud.verbeek@ouders.example', household: 2 },
    ],
    teacherUpn: 'lotte.visser@delinde.example',
    day: -28,
    time: '08:45',
    mode: 'inPerson',
    location: 'Lokaal groep 2',
    held: {
      agreements: [
        { key: 'demo-agreement-mila-goodbye', text: 'Mila neemt thuis in de ochtend met een vast ritueel afscheid', owner: 'ouder', dueInDays: 35 },
        { key: 'demo-agreement-mila-buddy', text: 'De leerkracht zet Mila naast een maatje bij het kringgesprek', owner: 'school', dueInDays: 42 },
      ],
      followUpWeeks: 6,
    },
  },
];

function participant(upn: string, role: Participant['role']): Participant {
  const member = DEMO_STAFF.find((s) => s.upn === upn);
  if (!member) throw new Error(`demo talk participant ${upn} is not on the demo staff`);
  return { name: member.displayName, email: member.upn, role };
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A demo talk as the domain Talk (status 'planned': the seed plans it, then marks held ones). */
export function demoTalk(source: DemoTalk, today: string): Talk {
  const start = schoolInstant(today, source.time);
  if (!start) throw new Error(`demo talk ${source.key} has no valid time`);
  const childJoins = suggestChildJoins(source.pupil.group);
  return {
    id: source.key,
    type: source.type,
    pupil: { id: source.pupil.key, firstName: source.pupil.firstName, group: source.pupil.group },
    parents: source.parents.map((p) => ({ ...p })),
    staff: [participant(source.teacherUpn, 'leerkracht'), participant(DEMO_PROVISIONER, 'ib')],
    childJoins,
    mode: source.mode,
    ...(source.location ? { location: source.location } : {}),
    start: addDaysKeepingWallClock(start, source.day),
    durationMinutes: defaultDuration(source.type),
    withPreTalk: false,
    agenda: agendaFromTemplate(source.type, childJoins),
    preparationQuestions: questionsFromTemplate(source.type),
    status: 'planned',
  };
}

/** The agreements of a held demo talk, due relative to the talk's day. */
export function demoAgreements(source: DemoTalk, today: string): Agreement[] {
  const talkDay = addDays(today, source.day);
  return (source.held?.agreements ?? []).map((a) => ({
    id: a.key,
    talkId: source.key,
    pupilId: source.pupil.key,
    owner: a.owner,
    text: a.text,
    madeOn: talkDay,
    dueDate: addDays(talkDay, a.dueInDays),
    status: 'open',
    whatWorked: '',
    whatWasHard: '',
    supportWanted: false,
  }));
}

/** The follow-up talk's id of a held demo talk. */
export const demoFollowUpKey = (source: DemoTalk): string => `${source.key}-followup`;
