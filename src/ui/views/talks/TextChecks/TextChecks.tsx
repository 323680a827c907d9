import { renderTextChecks } from './renderTextChecks';
import type { TextChecksProps } from './TextChecks.types';
import { useTextChecks } from './useTextChecks';
import { useTextChecksStyles } from './useTextChecksStyles.styles';

/**
 * The privacy reminder as the person types (mentionsHealthOrDiagnosis: no diagnoses or health
 * details in pupil records) and, for text parents will read, the school words to explain.
 */
export function TextChecks(props: TextChecksProps) {
  const state = useTextChecks(props);
  const classes = useTextChecksStyles(state);
  return renderTextChecks(state, classes);
}
