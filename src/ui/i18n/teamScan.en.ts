import type { DeepStrings } from './talks.en';
import type { teamScanNl } from './teamScan.nl';

/** Team scan, team maturity, partnership profile and "Over de streep" (English). */
export const teamScanEn: DeepStrings<typeof teamScanNl> = {
  title: 'Team scan',
  intro:
    'What questions does the team have about the change? The IB records at a moment in time where colleagues stand, person by person or per subgroup. Everyone other than the IB sees totals only.',
  stages: {
    awareness: {
      label: 'Awareness',
      question: 'I hear something is changing, but I am not working on it myself yet.',
      description: 'Knows the change is coming; it does not touch their own work yet.',
    },
    informational: {
      label: 'Information',
      question: 'What does it actually involve, and why are we doing this?',
      description: 'First wants to understand what changes and to what end.',
    },
    personal: {
      label: 'Personal',
      question: 'What does this ask of me, and can I do it?',
      description: 'Works out what the change means for their own role, time and certainty.',
    },
    management: {
      label: 'Management',
      question: 'How do I fit this into my week next to everything else?',
      description: 'Struggles with planning, time and the practical side.',
    },
    consequence: {
      label: 'Consequence',
      question: 'What do the children and their parents notice of what I do differently?',
      description: 'Looks at the effect of their own actions on pupils and parents.',
    },
    collaboration: {
      label: 'Collaboration',
      question: 'How do I align my approach with my colleagues’?',
      description: 'Seeks out colleagues to achieve more together.',
    },
    refocusing: {
      label: 'Refocusing',
      question: 'I have a proposal to improve our approach.',
      description: 'Brings their own ideas to take the approach further.',
    },
  },
  focus: {
    unconcerned: 'Not involved yet',
    self: 'Concerned with oneself',
    task: 'Concerned with the task',
    impact: 'Concerned with the effect, together with others',
  },
  clients: {
    complainant: { label: 'Complainant', description: 'Mostly sees the solution with others.' },
    visitor: { label: 'Visitor', description: 'Is willing, but has no question or goal of their own yet.' },
    customer: { label: 'Customer', description: 'Knows what they want to achieve and looks for help with how.' },
    coExpert: { label: 'Co-expert', description: 'Has their own ideas and uses the coach as a sounding board.' },
  },
  leadership: {
    directing: { label: 'Directing', description: 'Gives direction and explanation: what, how and when.' },
    coaching: { label: 'Coaching', description: 'Gives direction, explains choices and encourages.' },
    supporting: { label: 'Supporting', description: 'Leaves the how to the team, listens and thinks along.' },
    delegating: { label: 'Delegating', description: 'The team works on its own within agreed limits.' },
  },
  maturity: {
    M1: {
      label: 'M1 – separate individuals',
      description: 'Everyone mostly works for their own class; the team is still a collection of people.',
    },
    M2: {
      label: 'M2 – active subgroups',
      description:
        'Within bouwen and working groups colleagues take things on and keep agreements; nobody yet feels responsible for the team as a whole.',
    },
    M3: {
      label: 'M3 – team spirit',
      description:
        'Colleagues feel co-owners, arrange much themselves within what was agreed and open up to the outside, parents included.',
    },
    M4: {
      label: 'M4 – further together',
      description: 'Working together goes without saying; colleagues hold each other to account and improve their work together.',
    },
  },
  schoolTypes: {
    informationOriented: {
      label: 'Information-oriented',
      description:
        'The school makes sure parents get the right information, asks little else of them and involves them mainly with their own child.',
    },
    structureOriented: {
      label: 'Structure-oriented',
      description: 'Who does what is clearly laid down; parents lend a practical hand in class and at events.',
    },
    relationshipOriented: {
      label: 'Relationship-oriented',
      description:
        'The school deliberately invests in good contact with parents; parents take part around their child, the class and the school.',
    },
    collaborationOriented: {
      label: 'Collaboration-oriented',
      description:
        'Parents are the main partners: school and parents keep each other informed in time and look for answers to educational questions together.',
    },
    innovationOriented: {
      label: 'Innovation-oriented',
      description:
        'School and parents renew education together; parents think along from the start and have an equal say in decisions.',
    },
  },
  scan: {
    takenAt: 'Date of the scan',
    entryKinds: { person: 'Per person', subgroup: 'Per subgroup' },
    person: 'Colleague',
    group: 'Subgroup',
    groupHint: 'For example a bouw or the veranderteam. Totals are shown per subgroup.',
    size: 'Number of people',
    stage: 'Stage',
    client: 'Client relationship',
    people: '{count} people',
    wholeTeam: 'Whole team',
    hidden: 'Too small to show',
    hiddenHelp:
      'We do not show totals of fewer than three people, and sometimes hide one more group, so nobody can be traced from the figures.',
    onlyIb: 'Only you, as IB, see who stands where.',
    empty: 'There is no scan yet. The IB can record one.',
  },
  approach: {
    title: 'An approach that fits',
    basedOn: 'Most people ({share}) are at the {stage} stage.',
    leadership: 'Leadership style',
    toward: '{current}, moving toward {toward}',
    steps: 'Steps of the plan to work on',
    alsoAttendTo: 'Also mind the stage(s) {stages}: a good part of the team is there and needs a different approach.',
    none: 'Record a scan first.',
  },
  movement: {
    title: 'Movement between scans',
    between: 'From {from} to {to}',
    change: 'Difference in people',
    tooSmall: 'One of the two scans has too few people to show movement.',
    none: 'After a second scan you will see here how the team moves.',
  },
  assessment: {
    kinds: { maturity: 'Team maturity', schoolType: 'Partnership profile' },
    at: 'Date',
    value: 'Where do we stand?',
    rationale: 'Rationale',
    rationaleHint: 'Why does the team place itself here? Give a few examples from practice.',
    add: 'New self-assessment',
    current: 'Now',
    movedUp: '{count} step(s) up since {date}',
    movedDown: '{count} step(s) down since {date}',
    unchanged: 'Unchanged since {date}',
    none: 'No self-assessment yet',
    fittingLeadership: 'Leadership style that fits',
  },
  overDeStreep: {
    title: 'Cross the line',
    intro: 'Agree or disagree? Pick a side: there is no middle ground. Then we talk about it.',
    agree: 'Agree',
    disagree: 'Disagree',
    statement: 'Statement',
    add: 'Add statement',
    remove: 'Remove statement',
    start: 'Start round',
    voters: '{count} votes',
    withheld: 'Too few votes yet to show the result.',
    anonymous: 'Only the totals are kept with the meeting, not who chose what.',
    defaults: {
      parentsMoreSay: 'When it comes to their child’s education, parents have too little say today.',
      leaderWeeklyHour: 'The head teacher should have a fixed moment every week when parents can drop in.',
      reachEveryParent: 'Parents we rarely see should be sought out actively, however much effort it takes.',
      sharedVision: 'Our team agrees on what working together with parents means.',
      startsWithTeacher: 'Whether partnership with parents succeeds depends mostly on the teacher.',
      parentsKnowTheirChild: 'Parents know their child better than we do, learning included.',
      childAtTheTable: 'From group 6 on, the child belongs at the table in every parent talk.',
      homeworkSupport: 'Parents need more help from school to support their child with schoolwork at home.',
    },
  },
};
