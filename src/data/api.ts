/**
 * What the UI may ask of the data layer. Views receive these through React context and never
 * see Graph, URLs or list names. Each method that loads a view's data makes one batched
 * round trip where it can.
 */
import type { ChangeCycle } from '../domain/cycles';
import type { Meeting } from '../domain/meetings';
import type { StaffMember } from '../domain/people';

export interface TimelineSnapshot {
  /** The active change cycle, or null when the school has none yet. */
  cycle: ChangeCycle | null;
  /** All meetings of that cycle, by date. */
  meetings: Meeting[];
}

export interface DataApi {
  /**
   * The signed-in user's staff record; null when they are a site member but not on the staff
   * list. Rejects with AccessDeniedError (see ./errors) when they may not read the site at all.
   */
  me(): Promise<StaffMember | null>;
  timeline: {
    load(): Promise<TimelineSnapshot>;
  };
}
