import type { meetingNl } from './meeting.nl';
import type { DeepStrings } from './talks.en';

/** A meeting's side panel: choosing what this meeting is about (English). */
export const meetingEn: DeepStrings<typeof meetingNl> = {
  chooseTitle: 'What is this meeting about?',
  modes: {
    talk: { label: 'Parent talk', description: 'Agenda with a clock, notes, agreements and the summary for the parents.' },
    intervisie: { label: 'Peer consultation', description: 'The method’s phases with a clock, the roles, advice, learning points and promises.' },
  },
};
