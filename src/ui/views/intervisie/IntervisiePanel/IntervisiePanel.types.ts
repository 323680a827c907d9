import type { IntervisieGroupRecord, Versioned } from '../../../../data/api';
import type { StaffMember } from '../../../../domain/people';

export interface IntervisiePanelProps {
  /** The clock (epoch ms); tests pass their own. */
  now?: () => number;
}

export type IntervisiePanelState =
  | { status: 'loading'; loadingLabel: string }
  | { status: 'denied' }
  | { status: 'failed'; message: string; retryLabel: string; onRetry(): void }
  | { status: 'choose'; title: string; empty: string | null; groups: Array<{ id: string; name: string; onPick(): void }> }
  | {
      status: 'session';
      group: Versioned<IntervisieGroupRecord>;
      staff: StaffMember[];
      me: StaffMember;
      now: (() => number) | undefined;
      onChangeGroup(): void;
    };
