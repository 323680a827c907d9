import { CYCLE_STATUSES } from '../../domain/cycles';
import type { ColumnSchema } from './schema';
import { CYCLES_LIST } from './cycles';

/**
 * How an item belongs to its change cycle. `CycleKey` (indexed text) holds the cycle's client
 * key, the domain id: it is known before either item exists, it is what every query filters on,
 * and it lets related items be read in one $batch. `Cycle` is a SharePoint lookup to the cycle
 * item (field `CycleLookupId`), so the lists stay linked in SharePoint's own views; the
 * repository fills it once the cycle's item id is known.
 *
 * `CycleStatus` mirrors the status of the item's cycle. It lets a view ask for "the active
 * cycle" and "the goals, step records, meetings and promises of the active cycle" in one $batch:
 * each is a filter on an indexed column whose value is known before anything is read, where the
 * CycleKey would need the cycle read first. The repositories write it at create and the cycles
 * repository rewrites it when a cycle's status changes; readers still match items by CycleKey.
 */
export const CYCLE_KEY = 'CycleKey';
export const CYCLE_LOOKUP = 'Cycle';
export const CYCLE_STATUS_MIRROR = 'CycleStatus';

export const cycleLinkColumns: readonly ColumnSchema[] = [
  { kind: 'text', name: CYCLE_KEY, displayName: 'Veranderplan (sleutel)', maxLength: 64, indexed: true, required: true },
  { kind: 'lookup', name: CYCLE_LOOKUP, displayName: 'Veranderplan', targetList: CYCLES_LIST.displayName },
  { kind: 'choice', name: CYCLE_STATUS_MIRROR, displayName: 'Status veranderplan', choices: CYCLE_STATUSES, indexed: true },
];
