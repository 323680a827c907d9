import type { Commitment } from '../../domain/commitments';
import { isReadOnly } from '../../domain/cycles';
import type { Goal, StepRecord } from '../../domain/goals';
import type { Meeting } from '../../domain/meetings';
import { type Filter, where } from '../graph/odata';
import { NotFoundError } from '../errors';
import type { WritableFields } from '../lists/fields';
import { commitmentMapper } from '../lists/commitments';
import { CYCLE_KEY, CYCLE_LOOKUP, CYCLE_STATUS_MIRROR } from '../lists/cycleLink';
import { goalMapper } from '../lists/goals';
import type { ListMapper } from '../lists/mapper';
import { meetingMapper } from '../lists/meetings';
import { stepRecordMapper } from '../lists/stepRecords';
import type { CyclesRepository } from './cycles';
import { ListRepository, type RepositoryContext, type Versioned } from './listRepository';

/**
 * Which items of a cycle-linked list a read asks for: one cycle's, by its key, or the active
 * cycle's, by the status mirror (known before the cycle is read; the reader then keeps the
 * items whose CycleKey is the active cycle's).
 */
export type CycleScope = { cycleId: string } | { activeCycle: true };

export const ACTIVE_CYCLE: CycleScope = { activeCycle: true };

export function scopeFilter(scope: CycleScope): Filter {
  return 'cycleId' in scope ? where.eq(CYCLE_KEY, scope.cycleId) : where.eq(CYCLE_STATUS_MIRROR, 'active');
}

/**
 * The items of one cycle. A read by the status mirror gets the active cycle's items and those of
 * any other cycle marked active, so readers keep the ones whose CycleKey is the cycle's.
 */
export function inCycle<T extends { cycleId: string }>(items: readonly Versioned<T>[], cycleId: string): Versioned<T>[] {
  return items.filter((i) => i.value.cycleId === cycleId);
}

/**
 * A list whose items belong to a change cycle: CycleKey, a lookup to the cycle item and the
 * mirror of the cycle's status (lists/cycleLink.ts).
 */
export class CycleLinkedRepository<T extends { cycleId: string }> extends ListRepository<T> {
  constructor(
    ctx: RepositoryContext,
    mapper: ListMapper<T>,
    protected readonly cycles: CyclesRepository,
  ) {
    super(ctx, mapper);
  }

  protected override async linkedFields(value: T): Promise<WritableFields> {
    const cycle = await this.cycles.resolve(value.cycleId);
    if (!cycle) {
      throw new NotFoundError(`change cycle ${value.cycleId} does not exist`, { status: 404, code: 'itemNotFound' });
    }
    return { [`${CYCLE_LOOKUP}LookupId`]: cycle.itemId, [CYCLE_STATUS_MIRROR]: cycle.value.status };
  }

  /**
   * The mirror moves when the cycle's status changes. An open edit is saved over that only while
   * the cycle may still be written: the cycle is read as stored now and remembered, so when it was
   * archived meanwhile the person sees the conflict, and the service's own rule refuses a retry.
   */
  protected override async mayRebase(stored: Versioned<T>): Promise<boolean> {
    const cycle = await this.cycles.reread(stored.value.cycleId);
    return cycle !== null && !isReadOnly(cycle.value);
  }

  /** Everything of one cycle. */
  ofCycle(cycleId: string): Promise<Versioned<T>[]> {
    return this.query({ filter: where.eq(CYCLE_KEY, cycleId) });
  }
}

export class MeetingsRepository extends CycleLinkedRepository<Meeting> {
  constructor(ctx: RepositoryContext, cycles: CyclesRepository) {
    super(ctx, meetingMapper, cycles);
  }

  override ofCycle(cycleId: string): Promise<Versioned<Meeting>[]> {
    return this.query({ filter: where.eq(CYCLE_KEY, cycleId), orderBy: [{ column: 'MeetingDate' }] });
  }
}

export class GoalsRepository extends CycleLinkedRepository<Goal> {
  constructor(ctx: RepositoryContext, cycles: CyclesRepository) {
    super(ctx, goalMapper, cycles);
  }
}

export class CommitmentsRepository extends CycleLinkedRepository<Commitment> {
  constructor(ctx: RepositoryContext, cycles: CyclesRepository) {
    super(ctx, commitmentMapper, cycles);
  }

  /** A person's promises, by due date. */
  ofOwner(upn: string): Promise<Versioned<Commitment>[]> {
    return this.query({
      filter: where.eq('OwnerUpn', upn.trim().toLowerCase()),
      orderBy: [{ column: 'DueDate' }],
    });
  }
}

export class StepRecordsRepository extends CycleLinkedRepository<StepRecord> {
  constructor(ctx: RepositoryContext, cycles: CyclesRepository) {
    super(ctx, stepRecordMapper, cycles);
  }
}
