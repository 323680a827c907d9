import type { ColumnSchema } from './schema';
import { CYCLES_LIST } from './cycles';

/**
 * How an item belongs to its change cycle. `CycleKey` (indexed text) holds the cycle's client
 * key, the domain id: it is known before either item exists, it is what every query filters on,
 * and it lets related items be read in one $batch. `Cycle` is a SharePoint lookup to the cycle
 * item (field `CycleLookupId`), so the lists stay linked in SharePoint's own views; the
 * repository fills it once the cycle's item id is known.
 */
export const CYCLE_KEY = 'CycleKey';
export const CYCLE_LOOKUP = 'Cycle';

export const cycleLinkColumns: readonly ColumnSchema[] = [
  { kind: 'text', name: CYCLE_KEY, displayName: 'Veranderplan (sleutel)', maxLength: 64, indexed: true, required: true },
  { kind: 'lookup', name: CYCLE_LOOKUP, displayName: 'Veranderplan', targetList: CYCLES_LIST.displayName },
];
