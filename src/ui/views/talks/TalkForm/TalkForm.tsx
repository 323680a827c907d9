import { renderTalkForm } from './renderTalkForm';
import type { TalkFormProps } from './TalkForm.types';
import { useTalkForm } from './useTalkForm';
import { useTalkFormStyles } from './useTalkFormStyles.styles';

/**
 * Plans a parent talk: type, pupil, parents, who comes from school, when and where, the agenda
 * with time boxes and the questions for the parents. Checked with validateTalk before anything
 * is written; a clash in the organiser's calendar is a warning the teacher may plan over.
 */
export function TalkForm(props: TalkFormProps) {
  const state = useTalkForm(props);
  const classes = useTalkFormStyles(state);
  return renderTalkForm(state, classes);
}
