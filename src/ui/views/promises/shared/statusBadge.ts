import type { BadgeProps } from '@fluentui/react-components';
import type { CommitmentStatus } from '../../../../domain/commitments';

/** The badge colour per status: a token-backed Fluent colour, never a hard-coded one. */
export const STATUS_BADGE: Record<CommitmentStatus, NonNullable<BadgeProps['color']>> = {
  open: 'brand',
  kept: 'success',
  partlyKept: 'warning',
  notKept: 'informative',
  renegotiated: 'subtle',
};
