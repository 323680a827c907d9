import type { talksNl } from './talks.nl';

/**
 * A catalog with exactly the keys of its Dutch original, every leaf a string. Dutch is the
 * source of truth; an English catalog with a missing or extra key does not compile.
 */
export type DeepStrings<T> = { -readonly [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** Parent talks (English). */
export const talksEn: DeepStrings<typeof talksNl> = {
  locale: 'en-GB',
  types: {
    startgesprek: {
      name: 'Start-of-year talk',
      purpose:
        'At the start of the school year we mostly want to listen: you have known your child longest and best. What you tell us helps us give your child a good start.',
    },
    voortgang: {
      name: 'Progress talk',
      purpose:
        'Together we look at how your child is doing at home and at school, and at what we agreed last time.',
    },
    rapport: {
      name: 'Report talk',
      purpose: 'We go through the school report together: what goes well, what can grow, and what strikes you?',
    },
    zorg: {
      name: 'Talk about extra support',
      purpose:
        'Your child gets, or may need, extra help. We share what we see, we would like to hear what you see, and we make a plan together.',
    },
    advies: {
      name: 'Group 8 advice talk',
      purpose:
        'We discuss which kind of secondary school suits your child best, how we arrived at this advice, and what the next steps are.',
    },
    zorgteam: {
      name: 'Talk with the care team',
      purpose:
        'In the care team (zorgteam), school staff and outside experts think along about what your child needs. You take part as the expert on your child; together we agree on next steps.',
    },
  },
  roles: {
    leerkracht: 'teacher',
    ib: 'intern begeleider (coordinates extra help at school)',
    directie: 'head of school',
    orthopedagoog: 'educational psychologist (expert in learning and behaviour)',
    schoolmaatschappelijkWerk: 'school social worker (helps families and school move forward together)',
    schoolarts: 'youth health doctor',
    consulentOnderwijs: 'education consultant',
    externeDeskundige: 'expert from outside school',
  },
  modes: {
    inPerson: 'At school',
    online: 'Online in Microsoft Teams',
  },
  agenda: {
    welcome: 'Welcome and why we are meeting',
    introductions: 'Introductions: who is here and why',
    procedure: 'How the talk goes and what we want to achieve together',
    positiveStart: 'First: what is going well?',
    lookBack: 'Looking back on what we agreed last time',
    parentsStory: 'You tell us about your child',
    parentsView: 'How do you see it?',
    schoolView: 'What does the teacher see in class?',
    expertsView: 'What do school and the experts see?',
    childVoice: 'What does your child think?',
    expectations: 'What we expect of each other, and how we keep in touch',
    supportNeeds: 'What does your child need, at home and at school?',
    supportPlan: 'The plan for extra help, in plain words',
    advice: 'The school advice and how we arrived at it',
    questions: 'Time for your questions',
    nextSteps: 'Next steps: open days and applying',
    agreements: 'Agreements: who does what, by when, and when we meet again',
  },
  questions: {
    proud: 'What is your child good at? What are you proud of?',
    home: 'What does your child enjoy at home, and what do they find hard?',
    hopes: 'What do you hope your child learns or experiences this year?',
    knowTeacher: 'What should the teacher know to help your child well?',
    contact: 'How often, and in what way, would you like to hear from us?',
    sinceLast: 'What have you noticed since our last talk?',
    agreementsAtHome: 'How did last time’s agreements work out at home?',
    childSays: 'What does your child tell you about school?',
    report: 'What strikes you in the report, and what would you like to hear more about?',
    worries: 'What worries you, and since when?',
    whatHelps: 'What works well for your child at home?',
    needs: 'What do you think your child needs, at home and at school?',
    secondarySchool: 'Which school or kind of education do you and your child have in mind?',
    hopedOutcome: 'What would make this talk worthwhile for you?',
    ownQuestions: 'Which questions do you certainly want to ask?',
  },
  owners: {
    school: 'School',
    ouder: 'Parent(s)',
    kind: 'Child',
  },
  prompts: {
    openPositive: 'Open with something that goes well, for the child or the parents.',
    parentsFirst: 'Let the parents tell how they see it first, and ask further.',
    childVoice: 'What does the child say? Ask them, or ask the parents what they hear at home.',
    plainLanguage: 'Use everyday words. If you do use a school term, explain it.',
    agreements: 'Write agreements down together: what, who (school, parent or child) and by when.',
    followUp: 'Plan the follow-up talk now, while everyone is still here.',
  },
  invite: {
    subject: '{type} – {pupil}',
    greeting: 'Dear {names},',
    whenLabel: 'When',
    whereLabel: 'Where',
    inPersonAt: 'At school: {location}',
    onlineNote: 'Online in Microsoft Teams. The link to join is in this invitation.',
    whoHeading: 'Who will be there',
    parentRole: 'parent',
    childJoins: '{pupil} joins us too.',
    preTalkNote:
      'The school staff prepare the talk together for a quarter of an hour from {time}. Then you join us.',
    agendaHeading: 'What we will talk about',
    prepareHeading: 'To prepare',
    prepareIntro:
      'Feel free to think about these beforehand. There is no need to write anything down; do bring your own questions.',
    plainLanguage:
      'We speak in everyday language. If you hear a word or abbreviation you do not know, please just ask.',
    closing: 'See you then! If this time does not suit you, please let us know.',
  },
  preTalk: {
    subject: 'Preparation {type} – {pupil}',
    body: 'For school staff only. We briefly agree how we lead the talk with the parents and who brings in what.',
  },
  summary: {
    subject: 'Agreements from our talk about {pupil} ({date})',
    greeting: 'Dear {names},',
    intro: 'Thank you for our talk on {date} ({type}). Below is what we agreed together.',
    agreementsHeading: 'Our agreements',
    whatLabel: 'What',
    ownerLabel: 'Who',
    dueLabel: 'Done by',
    noAgreements: 'We made no new agreements this time.',
    notesHeading: 'Also discussed',
    followUp: 'We will talk again on {date}.',
    correction: 'Is something wrong or missing? Let us know and we will correct it.',
    closing: 'Kind regards,',
  },
  record: {
    healthHint:
      'This seems to mention health or a diagnosis. Such details do not belong in Driehoek. Could you put it differently, for example by describing what you see in class?',
    internal: 'School only',
    shareable: 'May go to the parents',
  },
};
