import type { Meeting } from '../../../../domain/meetings';
import type { StaffMember } from '../../../../domain/people';

export interface MeetingStreepPanelProps {
  /** The clock (epoch ms), as the meeting modes pass it; decides which meeting is today's. */
  now?: () => number;
}

export type MeetingStreepPanelState =
  | { status: 'loading'; loadingLabel: string }
  | { status: 'failed'; error: unknown; onRetry(): void }
  | { status: 'empty'; text: string }
  | {
      status: 'ready';
      me: StaffMember | null;
      meetings: Meeting[];
      meetingLabel: string;
      meetingId: string;
      options: { value: string; label: string }[];
      onMeeting(id: string): void;
    };
