import type { StaffMember } from '../../../../domain/people';

export interface SettingsViewProps {
  className?: string;
}

export type SettingsViewState =
  | { status: 'loading'; className: string | undefined; label: string }
  | { status: 'failed'; className: string | undefined; error: unknown; onRetry(): void }
  | {
      status: 'ready';
      className: string | undefined;
      headingId: string;
      heading: string;
      intro: string;
      /** MT and IB keep the roles; anyone else reads why not. */
      canManage: boolean;
      notAllowed: string;
      me: StaffMember | null;
    };
