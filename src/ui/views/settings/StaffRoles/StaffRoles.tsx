import { useVisuallyHiddenStyles } from '../../../styles/useVisuallyHiddenStyles.styles';
import { renderStaffRoles } from './renderStaffRoles';
import type { StaffRolesProps } from './StaffRoles.types';
import { useStaffRoles } from './useStaffRoles';
import { useStaffRolesStyles } from './useStaffRolesStyles.styles';

/** Rollen: the team's members beside the staff list, to give, change or take away a role. */
export function StaffRoles(props: StaffRolesProps) {
  const state = useStaffRoles(props);
  const hidden = useVisuallyHiddenStyles();
  const classes = useStaffRolesStyles(state, hidden.root);
  return renderStaffRoles(state, classes);
}
