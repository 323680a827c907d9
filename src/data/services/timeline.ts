import type { TimelineSnapshot } from '../api';
import type { ChangeCycle } from '../../domain/cycles';
import { byMeetingDate, type Meeting } from '../../domain/meetings';
import { type BatchAnswer, batchGet } from '../graph/batch';
import { where } from '../graph/odata';
import { ACTIVE_CYCLE, inCycle, scopeFilter } from '../repositories/cycleLinked';
import type { Versioned } from '../repositories/listRepository';
import type { ServiceContext } from './context';

/**
 * The active cycle and its meetings as $batch parts, so a view that shows them beside other
 * data of the active cycle (the promise tracker) sends them in its own $batch. Both requests
 * filter on values known in advance: cycles on Status = active, meetings on the mirrored
 * CycleStatus = active (see lists/cycleLink.ts). Meetings are then matched to the cycle by
 * CycleKey.
 */
export function activeCycleReads({ repositories }: Pick<ServiceContext, 'repositories'>): {
  requests(): Promise<{ id: string; url: string }[]>;
  from(answers: Map<string, BatchAnswer>): Promise<{ cycle: Versioned<ChangeCycle> | null; meetings: Versioned<Meeting>[] }>;
} {
  const { cycles, meetings } = repositories;
  return {
    async requests() {
      const [cyclesUrl, meetingsUrl] = await Promise.all([
        cycles.queryUrl({
          filter: where.eq('Status', 'active'),
          orderBy: [{ column: 'SchoolYear', direction: 'desc' }],
        }),
        meetings.queryUrl({ filter: scopeFilter(ACTIVE_CYCLE), orderBy: [{ column: 'MeetingDate' }] }),
      ]);
      return [
        { id: 'activeCycle', url: cyclesUrl },
        { id: 'activeMeetings', url: meetingsUrl },
      ];
    },
    async from(answers) {
      const active = (await cycles.fromAnswer(answers.get('activeCycle')))[0];
      const found = await meetings.fromAnswer(answers.get('activeMeetings'));
      if (!active) return { cycle: null, meetings: [] };
      cycles.remember(active);
      const ofCycle = inCycle(found, active.value.id).sort((a, b) => byMeetingDate(a.value, b.value));
      return { cycle: active, meetings: ofCycle };
    },
  };
}

/** The active cycle and its meetings in one $batch. */
export async function loadTimeline(context: Pick<ServiceContext, 'http' | 'repositories'>): Promise<TimelineSnapshot> {
  const reads = activeCycleReads(context);
  const { cycle, meetings } = await reads.from(await batchGet(context.http, await reads.requests()));
  return { cycle: cycle?.value ?? null, meetings: meetings.map((m) => m.value) };
}
