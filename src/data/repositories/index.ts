import { CyclesRepository } from './cycles';
import {
  CommitmentsRepository,
  GoalsRepository,
  MeetingsRepository,
  StepRecordsRepository,
} from './cycleLinked';
import type { RepositoryContext } from './listRepository';
import { StaffRepository } from './staff';

export interface Repositories {
  staff: StaffRepository;
  cycles: CyclesRepository;
  goals: GoalsRepository;
  meetings: MeetingsRepository;
  commitments: CommitmentsRepository;
  stepRecords: StepRecordsRepository;
}

export function createRepositories(ctx: RepositoryContext): Repositories {
  const cycles = new CyclesRepository(ctx);
  return {
    staff: new StaffRepository(ctx),
    cycles,
    goals: new GoalsRepository(ctx, cycles),
    meetings: new MeetingsRepository(ctx, cycles),
    commitments: new CommitmentsRepository(ctx, cycles),
    stepRecords: new StepRecordsRepository(ctx, cycles),
  };
}

export { ListRepository, type Versioned, type RepositoryContext } from './listRepository';
export { CyclesRepository } from './cycles';
export {
  CycleLinkedRepository,
  CommitmentsRepository,
  GoalsRepository,
  MeetingsRepository,
  StepRecordsRepository,
} from './cycleLinked';
export { StaffRepository } from './staff';
