/**
 * Intervisie (capability 5). The shell renders IntervisieView (section "Intervisie"); the
 * meeting side panel's chooser (../meeting) opens IntervisiePanel.
 */
export { IntervisiePanel } from './IntervisiePanel/IntervisiePanel';
export { IntervisieView } from './IntervisieView/IntervisieView';
