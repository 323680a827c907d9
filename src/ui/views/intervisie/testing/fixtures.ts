/** Fixtures for intervisie component tests: the demo school's people and one group. */
import type { IntervisieGroupRecord, IntervisieSession, Versioned } from '../../../../data/api';
import { DEMO_STAFF } from '../../../../demo/people';
import type { StaffMember } from '../../../../domain/people';

export const staff: StaffMember[] = [...DEMO_STAFF];
const at = (i: number) => DEMO_STAFF[i]!;
export const sanne = at(3);
export const lotte = at(4);
export const daan = at(5);
export const ahmed = at(6);
export const tom = at(8);
export const ingrid = at(0);

export const NOW = Date.UTC(2026, 10, 24, 14, 30);

export const versioned = <T,>(value: T, itemId = '1'): Versioned<T> => ({ value, itemId, etag: `"${itemId},1"` });

export const group: Versioned<IntervisieGroupRecord> = versioned({
  id: 'ig-onderbouw',
  name: 'Onderbouw',
  memberUpns: [sanne.upn, lotte.upn, daan.upn, ahmed.upn],
  createdByUpn: sanne.upn,
  method: 'incident',
  space: { channelId: '19:abc@thread.tacv2', siteId: 'host,1,2' },
  sessionDates: ['2026-11-03'],
  series: { eventId: 'ev1', organizerUpn: sanne.upn, dates: ['2026-11-03', '2026-11-24', '2026-12-15'], startTime: '15:30', minutes: 80 },
});

export const pastSession: Versioned<IntervisieSession> = versioned(
  {
    id: 'is-1',
    groupId: 'ig-onderbouw',
    date: '2026-11-03',
    method: 'incident',
    roles: { inbrenger: sanne.upn, gespreksleider: lotte.upn, tijdbewaker: daan.upn, notulist: ahmed.upn },
    caseSummary: 'Een ouder die niet op berichten reageert.',
    advice: 'Bel in plaats van te mailen.',
    learningPoints: ['Eerst vragen, dan adviseren'],
  },
  '7',
);
