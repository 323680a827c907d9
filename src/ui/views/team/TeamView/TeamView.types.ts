import type { TeamScanOverview } from '../../../../data/api';
import type { ChangeCycle } from '../../../../domain/cycles';
import type { Meeting } from '../../../../domain/meetings';
import type { StaffMember } from '../../../../domain/people';

export interface TeamViewProps {
  className?: string;
}

export type TeamTab = 'scan' | 'assessments' | 'overDeStreep';

/** What the team section's tabs share: who is looking, the active cycle with its meetings and its scans' overview. */
export interface TeamContext {
  me: StaffMember | null;
  cycle: ChangeCycle;
  meetings: Meeting[];
  /** As read with the cycle; the scan tab shows it first and reads it again after a new scan. */
  overview: TeamScanOverview;
}

interface Common {
  className: string | undefined;
  headingId: string;
  heading: string;
}

export type TeamViewState =
  | (Common & { status: 'loading'; loadingLabel: string })
  | (Common & { status: 'failed'; error: unknown; onRetry(): void })
  | (Common & { status: 'empty'; emptyText: string })
  | (Common & {
      status: 'ready';
      eyebrow: string;
      intro: string;
      context: TeamContext;
      tabsLabel: string;
      tabs: { value: TeamTab; label: string; tabId: string; panelId: string }[];
      selected: TeamTab;
      onSelect(tab: TeamTab): void;
    });
