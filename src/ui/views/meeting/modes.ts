/**
 * What a meeting's side panel can be about. Each mode is one entry: its id (remembered per
 * meeting), its label and description from the catalogs, and its panel view (loaded lazily with
 * its data code, so the side panel carries only the chosen one). To add a mode (e.g. "Over de streep"), add one
 * entry here with its texts in its own catalog.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { withAreas } from '../../data/withAreas';
import type { Messages } from '../../i18n';

export interface MeetingPanelProps {
  /** The clock (epoch ms); tests pass their own. */
  now?: () => number;
}

export interface MeetingMode {
  id: string;
  label(messages: Messages): string;
  description(messages: Messages): string;
  View: LazyExoticComponent<ComponentType<MeetingPanelProps>>;
}

export const MEETING_MODES: readonly MeetingMode[] = [
  {
    id: 'talk',
    label: (m) => m.meeting.modes.talk.label,
    description: (m) => m.meeting.modes.talk.description,
    View: lazy(withAreas(['talks'], () => import(/* webpackChunkName: "sidePanel" */ '../talks').then((m) => ({ default: m.MeetingSidePanel })))),
  },
  {
    id: 'intervisie',
    label: (m) => m.meeting.modes.intervisie.label,
    description: (m) => m.meeting.modes.intervisie.description,
    View: lazy(
      withAreas(['intervisie'], () => import(/* webpackChunkName: "intervisiePanel" */ '../intervisie').then((m) => ({ default: m.IntervisiePanel }))),
    ),
  },
  {
    id: 'overDeStreep',
    label: (m) => m.teamScan.sidePanel.label,
    description: (m) => m.teamScan.sidePanel.description,
    View: lazy(withAreas(['teamScan'], () => import(/* webpackChunkName: "streepPanel" */ '../team').then((m) => ({ default: m.MeetingStreepPanel })))),
  },
];

export const meetingModeKey = (meetingId: string | undefined) => `driehoek.meetingMode.${meetingId ?? 'local'}`;
