import type { ChangeCycle, CycleStatus } from '../../domain/cycles';
import { sendBatch, type BatchStep } from '../graph/batch';
import { itemsQueryString, where } from '../graph/odata';
import { errorFromResponse } from '../errors';
import { cycleMapper } from '../lists/cycles';
import { CYCLE_KEY } from '../lists/cycleLink';
import { CYCLE_STATUS_MIRROR, MEETINGS_LIST } from '../lists/meetings';
import { isQueryable } from '../lists/schema';
import {
  DEFAULT_PAGE_SIZE,
  ListRepository,
  listItemsPath,
  type RepositoryContext,
  type Versioned,
} from './listRepository';

export class CyclesRepository extends ListRepository<ChangeCycle> {
  private readonly byKey = new Map<string, Promise<Versioned<ChangeCycle> | null>>();

  constructor(ctx: RepositoryContext) {
    super(ctx, cycleMapper);
  }

  /** Cycles with the given status, newest school year first. */
  byStatus(status: CycleStatus): Promise<Versioned<ChangeCycle>[]> {
    return this.query({
      filter: where.eq('Status', status),
      orderBy: [{ column: 'SchoolYear', direction: 'desc' }],
    });
  }

  /** The cycle with this key, read once per session (its item id does not change). */
  resolve(key: string): Promise<Versioned<ChangeCycle> | null> {
    let found = this.byKey.get(key);
    if (!found) {
      found = this.findByKey(key);
      this.byKey.set(key, found);
      found.then(
        (cycle) => {
          if (!cycle) this.byKey.delete(key);
        },
        () => this.byKey.delete(key),
      );
    }
    return found;
  }

  remember(cycle: Versioned<ChangeCycle>): void {
    this.byKey.set(cycle.value.id, Promise.resolve(cycle));
  }

  override async create(value: ChangeCycle): Promise<Versioned<ChangeCycle>> {
    const created = await super.create(value);
    this.remember(created);
    return created;
  }

  /** Saves the cycle; when its status changed, its meetings' status mirror follows. */
  override async update(current: Versioned<ChangeCycle>, next: ChangeCycle): Promise<Versioned<ChangeCycle>> {
    const saved = await super.update(current, next);
    this.remember(saved);
    if (current.value.status !== saved.value.status) await this.mirrorStatus(saved.value);
    return saved;
  }

  /**
   * Writes the cycle's status into CycleStatus of each of its meetings that differs, in batched
   * PATCHes. The mirror is system-maintained, so it is written without If-Match: it never
   * overwrites anything a person typed.
   */
  async mirrorStatus(cycle: ChangeCycle): Promise<number> {
    const path = listItemsPath(await this.ctx.sitePath(), MEETINGS_LIST);
    const url = `${path}?${itemsQueryString(
      { filter: where.eq(CYCLE_KEY, cycle.id), top: DEFAULT_PAGE_SIZE },
      [CYCLE_STATUS_MIRROR],
      (column) => isQueryable(MEETINGS_LIST, column),
    )}`;
    const items = await this.ctx.http.getAll<{ id: string; fields?: Record<string, unknown> }>(url);
    const steps: BatchStep[] = items
      .filter((item) => item.fields?.[CYCLE_STATUS_MIRROR] !== cycle.status)
      .map((item) => ({
        id: item.id,
        method: 'PATCH',
        url: `${path}/${encodeURIComponent(item.id)}/fields`,
        body: { [CYCLE_STATUS_MIRROR]: cycle.status },
      }));
    const answers = await sendBatch(this.ctx.http, steps);
    for (const answer of answers.values()) {
      if (answer.status >= 300) throw errorFromResponse(answer.status, answer.body, answer.headers);
    }
    return steps.length;
  }
}
