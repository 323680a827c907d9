/** The meeting stage view (frame context meetingStage, or `?view=stage`). Reads no app data. */
export { StageView } from './StageView/StageView';
export type { StageViewProps } from './StageView/StageView.types';
