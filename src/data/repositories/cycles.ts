import type { ChangeCycle, CycleStatus } from '../../domain/cycles';
import { answerBody, batchGet, sendBatch, type BatchStep } from '../graph/batch';
import type { Collection } from '../graph/http';
import { itemsQueryString, where } from '../graph/odata';
import { errorFromResponse } from '../errors';
import { cycleMapper } from '../lists/cycles';
import { CYCLE_KEY, CYCLE_STATUS_MIRROR } from '../lists/cycleLink';
import { CYCLE_LINKED_LISTS } from '../lists';
import { isQueryable } from '../lists/schema';
import { ListRepository, listItemsPath, type RawListItem, type RepositoryContext, type Versioned } from './listRepository';

/** SharePoint's largest page: the mirror read gets a cycle's items of a list in one page. */
const MIRROR_PAGE_SIZE = 5000;

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

  /** The cycle with this key as stored now (one GET), remembered for the session. */
  async reread(key: string): Promise<Versioned<ChangeCycle> | null> {
    const cycle = await this.findByKey(key);
    if (cycle) this.remember(cycle);
    return cycle;
  }

  remember(cycle: Versioned<ChangeCycle>): void {
    this.byKey.set(cycle.value.id, Promise.resolve(cycle));
  }

  override async create(value: ChangeCycle): Promise<Versioned<ChangeCycle>> {
    const created = await super.create(value);
    this.remember(created);
    return created;
  }

  /** Saves the cycle; when its status changed, the status mirror on its items follows. */
  override async update(current: Versioned<ChangeCycle>, next: ChangeCycle): Promise<Versioned<ChangeCycle>> {
    const saved = await super.update(current, next);
    this.remember(saved);
    if (current.value.status !== saved.value.status) await this.mirrorStatus(saved.value);
    return saved;
  }

  /**
   * Writes the cycle's status into CycleStatus of each of its items (goals, step records,
   * meetings, promises) that differs: one $batch reads them (only that field), batched PATCHes
   * write them. The mirror is system-maintained, so it is written without If-Match: it never
   * overwrites anything a person typed. Running it again writes only what is still off, so a
   * failed attempt is simply repeated.
   */
  async mirrorStatus(cycle: ChangeCycle): Promise<number> {
    const sitePath = await this.ctx.sitePath();
    const reads = CYCLE_LINKED_LISTS.map((list) => ({
      id: list.displayName,
      url: `${listItemsPath(sitePath, list)}?${itemsQueryString(
        { filter: where.eq(CYCLE_KEY, cycle.id), top: MIRROR_PAGE_SIZE },
        [CYCLE_STATUS_MIRROR],
        (column) => isQueryable(list, column),
      )}`,
    }));
    const answers = await batchGet(this.ctx.http, reads);
    const steps: BatchStep[] = [];
    for (const list of CYCLE_LINKED_LISTS) {
      const path = listItemsPath(sitePath, list);
      const items = await this.ctx.http.rest(answerBody<Collection<RawListItem>>(answers.get(list.displayName)));
      for (const item of items) {
        if (!item.id || item.fields?.[CYCLE_STATUS_MIRROR] === cycle.status) continue;
        steps.push({
          id: `${list.displayName}:${item.id}`,
          method: 'PATCH',
          url: `${path}/${encodeURIComponent(item.id)}/fields`,
          body: { [CYCLE_STATUS_MIRROR]: cycle.status },
        });
      }
    }
    const written = await sendBatch(this.ctx.http, steps);
    for (const answer of written.values()) {
      if (answer.status >= 300) throw errorFromResponse(answer.status, answer.body, answer.headers);
    }
    return steps.length;
  }

  /**
   * Brings the mirror of every active cycle's items in step (after provisioning: items stored
   * before a list had the mirror column have none). Only the active cycle is ever asked for by
   * its mirror; the others are read by their key.
   */
  async mirrorActive(): Promise<number> {
    let written = 0;
    for (const cycle of await this.byStatus('active')) written += await this.mirrorStatus(cycle.value);
    return written;
  }
}
