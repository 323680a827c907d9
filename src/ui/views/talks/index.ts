/**
 * Oudergesprekken (capability 4). The shell renders TalksView (section "Gesprekken") and, in a
 * meeting's side panel, MeetingSidePanel, both without props. AgreementsPanel is for the
 * promise tracker (Beloftes).
 */
export { TalksView } from './TalksView/TalksView';
export type { TalksViewProps, TalksViewState } from './TalksView/TalksView.types';
export { MeetingSidePanel } from './MeetingSidePanel/MeetingSidePanel';
export type { MeetingSidePanelProps } from './MeetingSidePanel/MeetingSidePanel.types';
export { AgreementsPanel } from './AgreementsPanel/AgreementsPanel';
export type { AgreementsPanelProps, AgreementsPanelView } from './AgreementsPanel/AgreementsPanel.types';
export { TalkForm } from './TalkForm/TalkForm';
export type { TalkFormProps } from './TalkForm/TalkForm.types';
export { TalkSession } from './TalkSession/TalkSession';
export type { TalkSessionProps } from './TalkSession/TalkSession.types';
export { AgendaTimer } from './AgendaTimer/AgendaTimer';
export { GlossarySearch } from './GlossarySearch/GlossarySearch';
export { TextChecks } from './TextChecks/TextChecks';
