/**
 * Demo-like data for the timeline tests: one cycle and four meetings across two months of the
 * 2025-2026 school year, one of each status, two held with a score.
 */
import { fakeDataApi } from '../../../data/testing';
import type { DataApi, MeetingsApi, TimelineSnapshot, Versioned } from '../../../../data/api';
import type { ChangeCycle } from '../../../../domain/cycles';
import type { Meeting } from '../../../../domain/meetings';
export { setToday } from '../../../shell/testing';

export const cycle: ChangeCycle = {
  id: 'cycle-1',
  title: 'Samen sterk met ouders',
  dream: 'Ouders lopen binnen alsof het hun school is.\nWe praten mét ouders, niet over ze.',
  schoolYear: '2025-2026',
  status: 'active',
  coachUpn: 'ib@delinde.example',
  coachName: 'Inge Bakker',
  memberUpns: ['ib@delinde.example', 'leerkracht@delinde.example'],
  round: 1,
  stepsDone: [1, 2, 3, 4],
};

export const meetings: Meeting[] = [
  {
    id: 'm1',
    cycleId: 'cycle-1',
    type: 'veranderteam',
    title: 'Aftrap veranderteam',
    date: '2025-09-15',
    purpose: 'De droom samen beschrijven.',
    stepsCovered: [1],
    score: 4,
    minutes: 'Iedereen heeft zijn beeld gedeeld.\nDe droom staat op papier.',
    status: 'held',
  },
  {
    id: 'm2',
    cycleId: 'cycle-1',
    type: 'team',
    title: 'Teambijeenkomst doelen',
    date: '2025-09-29',
    purpose: 'Doelen kiezen en supporters bedenken.',
    stepsCovered: [2, 3, 4],
    score: 4.5,
    minutes: '',
    status: 'held',
  },
  {
    id: 'm3',
    cycleId: 'cycle-1',
    type: 'bouw',
    title: 'Bouwvergadering onderbouw',
    date: '2025-10-06',
    purpose: '',
    stepsCovered: [],
    minutes: '',
    status: 'cancelled',
  },
  {
    id: 'm4',
    cycleId: 'cycle-1',
    type: 'veranderteam',
    title: 'Vooruitgang tot nu toe',
    date: '2025-10-27',
    purpose: 'Terugkijken: wat gaat er al goed?',
    stepsCovered: [5],
    minutes: '',
    status: 'planned',
  },
];

export const snapshot: TimelineSnapshot = { cycle, meetings };

/** A DataApi whose timeline answers with `load` (a jest.fn, so calls can be counted). */
export function fakeApi(load: () => Promise<TimelineSnapshot>, meetingsApi: Partial<MeetingsApi> = {}): DataApi {
  return fakeDataApi({ me: () => Promise.resolve(null), timeline: { load }, meetings: meetingsApi });
}

/** A meeting as stored, with an item id and an etag. */
export function stored(meeting: Meeting, version = 1): Versioned<Meeting> {
  return { value: meeting, itemId: meeting.id.replace(/\D/g, '') || '1', etag: `"${meeting.id},${version}"` };
}

