import type { StaffMember } from '../../domain/people';
import { where } from '../graph/odata';
import { normaliseUpn, staffMapper } from '../lists/staff';
import { ListRepository, type RepositoryContext, type Versioned } from './listRepository';

export class StaffRepository extends ListRepository<StaffMember> {
  constructor(ctx: RepositoryContext) {
    super(ctx, staffMapper);
  }

  async byUpn(upn: string): Promise<Versioned<StaffMember> | null> {
    const found = await this.query({ filter: where.eq('Upn', normaliseUpn(upn)), top: 2 });
    return found[0] ?? null;
  }

  all(): Promise<Versioned<StaffMember>[]> {
    return this.query({});
  }
}
