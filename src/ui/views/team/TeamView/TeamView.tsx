import type { TeamViewProps } from './TeamView.types';
import { renderTeamView } from './renderTeamView';
import { useTeamView } from './useTeamView';
import { useTeamViewStyles } from './useTeamViewStyles.styles';

/**
 * The team section: the team scan (the IB enters it, everyone else sees totals), the team's
 * self-assessments of maturity and partnership profile, and "over de streep". The shell renders
 * it without props.
 */
export function TeamView(props: TeamViewProps = {}) {
  const state = useTeamView(props);
  const classes = useTeamViewStyles(state);
  return renderTeamView(state, classes);
}
