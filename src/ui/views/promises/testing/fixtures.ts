/**
 * Demo-like data for the promise tracker's tests: one cycle, four meetings around "today"
 * (2026-03-02), two goals, teachers and the IB, and promises in every state.
 */
import type { CommitmentsSnapshot, DataApi, TimelineSnapshot, Versioned } from '../../../../data/api';
import type { Commitment } from '../../../../domain/commitments';
import type { ChangeCycle } from '../../../../domain/cycles';
import type { Goal } from '../../../../domain/goals';
import type { Meeting } from '../../../../domain/meetings';
import type { StaffMember } from '../../../../domain/people';
import { fakeDataApi } from '../../../data/testing';
import { setToday as setTodayTo } from '../../../shell/testing';

export const TODAY = '2026-03-02';

export const cycle: ChangeCycle = {
  id: 'cycle-1',
  title: 'Samen sterk met ouders',
  dream: 'Ouders lopen binnen alsof het hun school is.',
  schoolYear: '2025-2026',
  status: 'active',
  coachUpn: 'ingrid.bakker@delinde.example',
  coachName: 'Ingrid Bakker',
  memberUpns: ['ingrid.bakker@delinde.example', 'noor.hendriks@delinde.example'],
  round: 1,
  stepsDone: [1, 2, 3, 4, 5, 6, 7, 8],
};

const meeting = (id: string, type: Meeting['type'], title: string, date: string, status: Meeting['status']): Meeting => ({
  id,
  cycleId: cycle.id,
  type,
  title,
  date,
  purpose: '',
  stepsCovered: [],
  minutes: '',
  status,
});

export const meetings: Meeting[] = [
  meeting('m-jan', 'team', 'Teambijeenkomst januari', '2026-01-27', 'held'),
  meeting('m-feb', 'team', 'Teambijeenkomst februari', '2026-02-10', 'held'),
  meeting('m-mrt', 'team', 'Teambijeenkomst maart', '2026-03-10', 'planned'),
  meeting('m-apr', 'veranderteam', 'Veranderteam april', '2026-04-14', 'planned'),
];

const goal = (id: string, title: string, priority: number): Goal => ({
  id,
  cycleId: cycle.id,
  round: 1,
  title,
  priority,
  benefits: { personal: [], team: [], school: [] },
  signsOfProgress: [],
});

export const goals: Goal[] = [goal('g-1', 'Ouders voelen zich welkom', 1), goal('g-2', 'Samen in gesprek over leren', 2)];

export const noor: StaffMember = {
  upn: 'noor.hendriks@delinde.example',
  displayName: 'Noor Hendriks',
  role: 'leerkracht',
  bouw: 'bovenbouw',
  group: 7,
  inChangeTeam: true,
};
export const tom: StaffMember = {
  upn: 'tom.mulder@delinde.example',
  displayName: 'Tom Mulder',
  role: 'leerkracht',
  bouw: 'bovenbouw',
  group: 6,
};
export const sanne: StaffMember = {
  upn: 'sanne.jansen@delinde.example',
  displayName: 'Sanne Jansen',
  role: 'leerkracht',
  bouw: 'onderbouw',
  group: 1,
};
export const ingrid: StaffMember = { upn: 'ingrid.bakker@delinde.example', displayName: 'Ingrid Bakker', role: 'ib', inChangeTeam: true };
export const staff: StaffMember[] = [ingrid, sanne, tom, noor];

export function promise(id: string, overrides: Partial<Commitment> = {}): Commitment {
  return {
    id,
    cycleId: cycle.id,
    ownerUpn: noor.upn,
    ownerName: noor.displayName,
    bouw: 'bovenbouw',
    group: 7,
    goalId: 'g-1',
    madeAtMeetingId: 'm-feb',
    dueMeetingId: 'm-mrt',
    madeOn: '2026-02-10',
    dueDate: '2026-03-10',
    text: `Belofte ${id}`,
    status: 'open',
    whatWorked: '',
    whatWasHard: '',
    supportWanted: false,
    ...overrides,
  };
}

export function stored<T>(value: T, version = 1, itemId = '1'): Versioned<T> {
  return { value, itemId, etag: `"${itemId},${version}"` };
}

export const noorOpen = promise('c-noor', { text: 'Ik bel elke ouder van groep 7 één keer per maand' });
export const tomOpen = promise('c-tom', {
  ownerUpn: tom.upn,
  ownerName: tom.displayName,
  group: 6,
  text: 'Ik houd kindgesprekken met elke leerling',
});
export const sanneOverdue = promise('c-sanne', {
  ownerUpn: sanne.upn,
  ownerName: sanne.displayName,
  bouw: 'onderbouw',
  group: 1,
  dueMeetingId: undefined,
  dueDate: '2026-02-20',
  text: 'Ik nodig ouders uit in de klas',
});
export const noorReported = promise('c-noor-old', {
  madeAtMeetingId: 'm-jan',
  dueMeetingId: 'm-feb',
  madeOn: '2026-01-27',
  dueDate: '2026-02-10',
  text: 'Ik stuur een weekbericht',
  status: 'partlyKept',
  whatWorked: 'Ouders lazen het.',
  whatWasHard: 'Vrijdag is druk.',
  supportWanted: true,
  reportedOn: '2026-02-10',
});

export const timeline: TimelineSnapshot = { cycle, meetings };

export function snapshotOf(commitments: Commitment[]): CommitmentsSnapshot {
  return {
    commitments: commitments.map((c, i) => stored(c, 1, String(i + 1))),
    goals: goals.map((g, i) => stored(g, 1, String(i + 1))),
    meetings: meetings.map((m, i) => stored(m, 1, String(i + 1))),
  };
}

export type Methods = Parameters<typeof fakeDataApi>[0];

/**
 * A DataApi for the tracker: who is signed in, the timeline, and the given commitments methods.
 * Its openActive answers the timeline with the first list as the given `load` has it.
 */
export function trackerApi(me: StaffMember | null, methods: Methods = {}): DataApi {
  const load = methods.commitments?.load;
  return fakeDataApi({
    me: () => Promise.resolve(me),
    timeline: { load: () => Promise.resolve(timeline) },
    ...methods,
    commitments: {
      openActive: async (view) => ({ timeline, snapshot: load ? await load(cycle.id, view) : snapshotOf([]) }),
      ...methods.commitments,
    },
  });
}

/** The fixtures' today, with only `Date` faked (see shell/testing). */
export function setToday(isoDate: string = TODAY): void {
  setTodayTo(isoDate);
}

export const context = (me: StaffMember | null = noor) => ({ me, cycle, meetings, today: TODAY });
