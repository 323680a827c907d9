import type { intervisieNl } from './intervisie.nl';
import type { DeepStrings } from './talks.en';

/** Intervisie (peer consultation) in English. */
export const intervisieEn: DeepStrings<typeof intervisieNl> = {
  roles: {
    inbrenger: {
      name: 'Case presenter',
      task: 'Brings in a situation from their own work that they are struggling with, and decides what to do with the advice.',
    },
    gespreksleider: {
      name: 'Chair',
      task: 'Keeps to the steps of the method, gives everyone the floor and keeps the presenter’s question central.',
    },
    tijdbewaker: {
      name: 'Timekeeper',
      task: 'Watches the time of each phase and says so in good time when a phase is nearly over.',
    },
    notulist: {
      name: 'Note-taker',
      task: 'Writes down the core of the case, the advice and the learning points, so the group can look back on them later.',
    },
  },
  methods: {
    incident: {
      name: 'Incident method',
      summary:
        'Someone describes a short, concrete event in which a choice had to be made. The group first asks for the facts, then thinks along and gives advice; the presenter chooses what is useful.',
      phases: {
        lookBack: {
          title: 'Looking back',
          guide: 'What did last time’s presenter do with the advice? What worked, what did not?',
        },
        bringIn: {
          title: 'Bringing in incidents',
          guide: 'Whoever wants to describes a recent event in a few sentences: what happened, and when did you have to choose?',
        },
        choose: {
          title: 'Choosing one incident',
          guide: 'Choose together the event to explore: the most urgent one, or the one most people recognise.',
        },
        questions: {
          title: 'Factual questions',
          guide: 'Only ask what happened: who, what, where, when. No opinions yet, and no advice disguised as a question.',
        },
        analysis: {
          title: 'Analysis',
          guide: 'What is really going on here? Look for the core together; the presenter then sharpens their question.',
        },
        advice: {
          title: 'Advice',
          guide: 'Everyone gives concrete advice: what would you do, and why? The presenter listens and only asks for clarification.',
        },
        evaluation: {
          title: 'Evaluation and follow-up',
          guide:
            'The presenter says what they take away and when they will try it. Everyone names a learning point and, if they like, a promise of their own for next time.',
        },
      },
    },
    roddel: {
      name: 'Gossip method',
      summary:
        'After the case and the questions, the group talks about it as if the presenter were not there. The presenter only listens, and at the end says what struck them and what is useful.',
      phases: {
        present: {
          title: 'Presenting the case',
          guide: 'The presenter sketches the situation and ends with a clear question for the group.',
        },
        questions: {
          title: 'Clarifying questions',
          guide: 'The group asks until the situation is clear. No advice yet.',
        },
        gossip: {
          title: 'Gossiping',
          guide:
            'The presenter turns camera and microphone off (or turns their chair around) and only listens. The group talks freely about the case and about the presenter in the third person: what do you think is going on, what do you recognise, what would you do?',
        },
        response: {
          title: 'The presenter responds',
          guide: 'The presenter rejoins and says what stood out, what touched them and what is useful. The group does not argue back.',
        },
        closing: {
          title: 'Closing',
          guide: 'How did it go? Everyone names a learning point; the presenter says what they will try.',
        },
      },
    },
  },
  session: {
    caseSummary: 'Core of the case',
    advice: 'Advice',
    learningPoints: 'Learning points',
    promises: 'My promise for next time',
    confidential: 'What is discussed in this group stays in this group. Only its members can read this record.',
  },
};
