import type { TimelineSnapshot } from '../api';
import { batchGet } from '../graph/batch';
import { where } from '../graph/odata';
import { CYCLE_STATUS_MIRROR } from '../lists/meetings';
import type { ServiceContext } from './context';

/**
 * The active cycle and its meetings in one $batch. Both requests filter on values known in
 * advance: cycles on Status = active, meetings on the mirrored CycleStatus = active (see
 * lists/meetings.ts). Meetings are then matched to the cycle by CycleKey.
 */
export async function loadTimeline({ http, repositories }: Pick<ServiceContext, 'http' | 'repositories'>): Promise<TimelineSnapshot> {
  const { cycles, meetings } = repositories;
  const [cyclesUrl, meetingsUrl] = await Promise.all([
    cycles.queryUrl({
      filter: where.eq('Status', 'active'),
      orderBy: [{ column: 'SchoolYear', direction: 'desc' }],
    }),
    meetings.queryUrl({
      filter: where.eq(CYCLE_STATUS_MIRROR, 'active'),
      orderBy: [{ column: 'MeetingDate' }],
    }),
  ]);
  const answers = await batchGet(http, [
    { id: 'cycles', url: cyclesUrl },
    { id: 'meetings', url: meetingsUrl },
  ]);
  const active = (await cycles.fromAnswer(answers.get('cycles')))[0];
  const found = await meetings.fromAnswer(answers.get('meetings'));
  if (!active) return { cycle: null, meetings: [] };
  cycles.remember(active);
  const ofCycle = found
    .map((m) => m.value)
    .filter((m) => m.cycleId === active.value.id)
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
  return { cycle: active.value, meetings: ofCycle };
}
