import type { plannerNl } from './planner.nl';
import type { DeepStrings } from './talks.en';

/** Change plan, timeline and promises (English); same keys as the Dutch original. */
export const plannerEn: DeepStrings<typeof plannerNl> = {
  cycle: {
    heading: 'Change plan',
    title: 'Title',
    dream: 'Dream',
    dreamHint: 'Describe the dream as vividly as you can. Formatting is kept as plain text.',
    schoolYear: 'School year',
    coach: 'Coach (intern begeleider)',
    members: 'Change team',
    status: 'Status',
    round: 'Round {round}',
    readOnly: 'This cycle is archived. You can read everything back, but nothing can be changed.',
    startNextRound: 'Start a new round (steps 2 to 11)',
    startNextCycle: 'Start a new cycle from these goals',
    archive: 'Archive',
    activate: 'Make active',
  },
  cycleStatus: {
    draft: 'Draft',
    active: 'Active',
    archived: 'Archived',
  },
  path: {
    heading: 'Steps',
    step: 'Step {step}: {title}',
    doneOn: 'Done on {date}',
    inMeeting: 'in {meeting}',
    revisited: 'Done {times} times',
    complete: 'Complete step',
    revisit: 'Do step again',
    prompts: 'Questions for the team',
    captures: 'What we record',
    addItem: 'Add a line',
    notes: 'Notes',
    score: 'Score toward the dream',
    scoreHint: 'From 0 to 10, in half points; 10 is the dream.',
    roundDone: 'All steps of this round are done. Time to celebrate and choose new goals.',
  },
  stepState: {
    done: 'Done',
    current: 'Up now',
    upcoming: 'Still to come',
  },
  goal: {
    title: 'Goal',
    priority: 'Priority',
    moveUp: 'Move up',
    moveDown: 'Move down',
    condition: 'Condition',
    epsteinForm: 'Form of partnership',
    level: 'Level of involvement',
    line: 'Line',
    benefits: 'Benefits',
    signs: 'Signs of progress',
    none: 'No goals yet. Start from the dream: which part of it does the team want to make real first?',
    negativePhrasing:
      'This goal sounds like something that has to go (“{word}”). Can you describe what will happen instead?',
  },
  benefitLevels: {
    personal: 'Personal',
    team: 'Team',
    school: 'School',
  },
  frameworks: {
    conditions: {
      heading: 'Conditions for partnership (Dutch Education Council)',
      items: {
        structuur: {
          label: 'Structure',
          explanation: 'Clear agreements, procedures and tasks, so everyone knows what to expect from each other.',
        },
        vaardigheid: {
          label: 'Skill',
          explanation: 'How well we make contact, hold conversations and find solutions together with parents.',
        },
        cultuur: {
          label: 'Culture',
          explanation: 'How we treat each other: an open, welcoming school where parents feel at home.',
        },
        bereidheid: {
          label: 'Willingness',
          explanation: 'How much school and parents truly want to work together and invest in it.',
        },
      },
    },
    epsteinForms: {
      heading: 'Forms of partnership (Epstein)',
      items: {
        ouderschap: {
          label: 'Parenting',
          explanation: 'Supporting parents in raising their child, so home is a good place to grow too.',
        },
        communicatie: {
          label: 'Communicating',
          explanation: 'Two-way contact about the child and the school, from parent talks to the newsletter.',
        },
        ouderparticipatie: {
          label: 'Volunteering',
          explanation: 'Parents who help out as volunteers, for example reading to children or helping with a project.',
        },
        ondersteuningBijLeren: {
          label: 'Learning at home',
          explanation: 'Sharing information and ideas so parents can support their child’s learning at home.',
        },
        besluitvorming: {
          label: 'Decision making',
          explanation:
            'Parents who have a say: about their own child and, through the participation council or a survey, about the school.',
        },
        interprofessioneleSamenwerking: {
          label: 'Collaborating with the community',
          explanation:
            'Working with partners around the school, such as speech therapy, the library or the youth and family centre.',
        },
      },
    },
    involvementLevels: {
      heading: 'Level of involvement',
      items: {
        meeleven: {
          label: 'Showing interest (meeleven)',
          explanation: 'Taking an interest in what the child does, learns and experiences at school.',
        },
        meehelpen: {
          label: 'Helping out (meehelpen)',
          explanation: 'Lending a hand with activities in and around the school.',
        },
        meedenken: {
          label: 'Thinking along (meedenken)',
          explanation: 'Bringing in ideas, experience and knowledge of one’s own child.',
        },
        meebeslissen: {
          label: 'Deciding together (meebeslissen)',
          explanation: 'Sharing responsibility for choices, for example in the participation council.',
        },
      },
    },
    involvementLines: {
      heading: 'Line of involvement',
      items: {
        eigenKind: {
          label: 'Own child',
          explanation: 'Involvement in the development of one’s own child.',
        },
        groep: {
          label: 'Class',
          explanation: 'Involvement in the class and the children in it.',
        },
        school: {
          label: 'School',
          explanation: 'Involvement in the school as a whole and its policy.',
        },
      },
    },
  },
  commitment: {
    text: 'What will you do?',
    owner: 'Who',
    bouw: 'Bouw',
    group: 'Year group',
    goal: 'For goal',
    madeOn: 'Promised on',
    madeAt: 'Promised in',
    dueDate: 'Done by',
    dueMeeting: 'Report back in',
    report: 'Report back',
    whatWorked: 'What worked?',
    whatWasHard: 'What was hard?',
    supportWanted: 'I would like support',
    renegotiate: 'Agree anew',
    renegotiatedFrom: 'Agreed anew; earlier promise:',
    supportGiven: 'Support arranged',
    overdue: 'Past its date',
    checkIn: 'Promises to report back on',
    noCheckIn: 'There are no open promises for this meeting.',
  },
  commitmentStatus: {
    open: 'Open',
    kept: 'Kept',
    partlyKept: 'Partly kept',
    notKept: 'Not kept',
    renegotiated: 'Agreed anew',
  },
  views: {
    mine: 'My promises',
    myGroup: 'My bouw',
    supportRequests: 'Support requests',
    overdue: 'Past their date',
    all: 'All promises',
  },
  rules: {
    archived: 'This cycle is archived; you can read it back but not change it.',
    statusOrder: 'A cycle goes from draft to active to archived, and not back.',
    notInRound: 'Step {step} is not part of round {round}: in a new round the dream stays as it is.',
    notReached: 'Finish step {current} first; the steps build on each other.',
    roundNotComplete: 'This round is still under way (step {current}). Finish it first.',
    reportOrder: 'Only an open promise can be agreed anew, and a promise agreed anew is closed.',
  },
  digest: {
    title: 'Promises: overview of {date}',
    bouw: {
      onderbouw: 'Onderbouw (groups 1–3)',
      middenbouw: 'Middenbouw (groups 4–5)',
      bovenbouw: 'Bovenbouw (groups 6–8)',
    },
    overdueHeading: 'Past their date ({count})',
    openHeading: 'Still open ({count})',
    item: '{owner}: {text} (done by {due})',
    supportRequests: 'Support requests: {count}',
    nothingOpen: 'No open promises.',
    closing: 'Good luck this week! Drop in on a colleague or the intern begeleider if you could use some help.',
  },
  digestActions: {
    copy: 'Copy for the newsletter',
    post: 'Post in the team channel',
    posted: 'The overview is in the team channel.',
  },
  goalMap: {
    heading: 'Goal map',
    dream: 'Dream',
    goal: 'Goal',
    benefit: 'Benefit',
    sign: 'Sign of progress',
    exportSvg: 'Save as SVG',
    exportPng: 'Save as PNG',
    print: 'Print for the staff room',
    empty: 'The map appears here as soon as there are goals.',
  },
  timeline: {
    heading: 'Timeline',
    planned: 'Planned',
    held: 'Held',
    cancelled: 'Cancelled',
    notRecorded: 'Not updated',
    plannedVsHeld: '{held} of {planned} held',
    scoreChart: 'Score toward the dream',
    planNext: 'Plan the next meeting',
    suggestion: 'Suggestion: {date}, for step {steps}',
    suggestionNewRound: 'Suggestion: start of round {round}',
    allPlanned: 'All steps of this round are already planned.',
    loading: 'Loading the timeline…',
    noCycle:
      'There is no active change plan yet. As soon as the change team starts one, its meetings and the team’s progress toward the dream appear here.',
    noMeetings: 'There are no meetings on the timeline yet.',
    glance: 'At a glance',
    nothingPlanned: 'No meetings are planned for this school year yet.',
    yearHeading: 'Meetings in school year {year}',
    showTable: 'Show as table',
    scoreTable: 'Scores per meeting',
    date: 'Date',
    meeting: 'Meeting',
    score: 'Score',
    noScores:
      'No scores yet. After each meeting that is held, the team says where it stands on the way to the dream, from 0 to 10.',
    chartLabel:
      'Line chart of the score toward the dream, from 0 to 10: {count} scores, from {first} on {firstDate} to {last} on {lastDate}.',
    chartLabelOne: 'Line chart of the score toward the dream, from 0 to 10: one score, {score} on {date}.',
    stepsCovered: 'Steps',
    scoreAfter: 'Score afterwards',
    minutes: 'Minutes',
  },
};
