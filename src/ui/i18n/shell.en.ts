import type { shellNl } from './shell.nl';
import type { DeepStrings } from './talks.en';

/** The app's shell (English); same keys as the Dutch original. */
export const shellEn: DeepStrings<typeof shellNl> = {
  app: {
    name: 'Driehoek',
    tagline: 'Parents and school together for the child',
    loading: 'Loading Driehoek…',
  },
  nav: {
    label: 'Sections',
    veranderplan: 'Change plan',
    tijdspad: 'Timeline',
    beloftes: 'Promises',
    gesprekken: 'Parent talks',
    intervisie: 'Intervisie',
    team: 'Team',
    dashboard: 'Dashboard',
    instellingen: 'Settings',
  },
  identity: {
    heading: 'Who are you?',
    explanation:
      'Driehoek is running locally, without Microsoft 365. Pick someone from the demo school to see the app as they would.',
    pick: 'Continue as {name}',
    signedInAs: 'Signed in as {name}',
    switch: 'Switch person',
    loadFailed: 'The list of people could not be loaded.',
    guestNote: 'a parent, not a member of the school team',
  },
  roles: {
    ib: 'Intern begeleider (coach)',
    veranderteam: 'Change team',
    leerkracht: 'Teacher',
    mt: 'Management team',
    guest: 'Guest (parent)',
  },
  guest: {
    heading: 'Welcome',
    body: 'This app is for the school team. The information in it is for school staff only. The teacher shares what matters to you during the talk, and afterwards you receive the agreements by e-mail.',
  },
  errors: {
    heading: 'Something went wrong',
    loadFailed: 'The data could not be loaded. Check the connection and try again.',
    busy: 'SharePoint is busy for a moment. We will try again shortly.',
    config: 'Driehoek is not set up correctly (config.json). Ask your administrator for help.',
    needsOwner: 'Driehoek has not been set up in this team yet. Ask the team owner to open Driehoek once; after that it works for everyone.',
    retry: 'Try again',
  },
  validation: {
    required: 'Please fill this in.',
    tooLong: 'This is too long: at most {max} characters.',
    outOfRange: 'Choose a value from {min} to {max}.',
    notANumber: 'Please enter a number.',
    invalidDate: 'Please enter a valid date.',
    dateOrder: 'This date is too early.',
    invalidChoice: 'Choose one of the options.',
    invalidEmail: 'This is not a valid e-mail address.',
  },
  conflict: {
    heading: 'Someone else changed this in the meantime',
    body: 'Your change has not been saved yet. Look at the new version and choose what to do.',
    theirs: 'What it says now',
    keepMine: 'Save my change anyway',
    takeTheirs: 'Take their version',
  },
  saving: {
    save: 'Save',
    cancel: 'Cancel',
    saved: 'Saved',
    failed: 'Saving did not work. Nothing was changed; please try again.',
  },
  pending: {
    one: '1 change not saved yet — will be tried again',
    other: '{count} changes not saved yet — will be tried again',
    hint: 'There is no connection right now. Driehoek keeps your changes in this tab and saves them as soon as the network is back.',
    retry: 'Try again now',
    retrying: 'Saving…',
    conflict: 'A waiting change was not saved: someone else changed it in the meantime. Open it again to see the new version.',
    refused: 'A waiting change was not saved: it was refused. Open it again and try once more.',
    dismiss: 'Got it',
  },
  retention: {
    done: 'Retention period over: the data of {pupils} pupil(s) who left has been removed ({talks} talk(s), {agreements} agreement(s)).',
    doneWithEvents:
      'Retention period over: the data of {pupils} pupil(s) who left has been removed ({talks} talk(s), {agreements} agreement(s)); {events} planned meeting(s) in your calendar were cancelled.',
    dismiss: 'Got it',
  },
  config: {
    heading: 'Add Driehoek',
    intro: 'Choose what the tab opens with. Everyone in the team can use every section afterwards.',
    section: 'The tab opens with',
    meetingHint:
      'In a meeting, Driehoek opens as a side panel for staff. Parents and other guests see no data there.',
  },
  pages: {
    back: 'To Driehoek',
    about: {
      heading: 'About Driehoek',
      body: [
        'Driehoek is a Microsoft Teams app for primary schools that want to involve parents as equal partners in their child’s development.',
        'The change team works toward a shared dream in eleven solution-focused steps. Meetings and scores land on a timeline, teachers keep each other to their promises, parent talks and intervisie run as Teams meetings, and the management team follows it all on a dashboard.',
        'All data stays in the SharePoint site of the school’s own team.',
      ],
    },
    privacy: {
      heading: 'Privacy',
      body: [
        'Driehoek keeps its data only in lists in the SharePoint site of the school’s team. The school is responsible for that data; nothing goes to the makers of the app.',
        'Only members of the school team can read the data. Parents and guests receive the invitation to a talk and the agreements made, but see no data from the app.',
        'We keep as little as possible about pupils: first name, group, talk records and agreements. Diagnoses and health details do not belong there. Two years after a pupil has left the school, their records are removed.',
        'Parents have a right of access: the school can export everything about one pupil at once. Intervisie records are visible to the intervisie group only, and the team scan shows totals only.',
      ],
    },
    terms: {
      heading: 'Terms of use',
      body: [
        'Driehoek is meant for school staff, for their work on educational partnership.',
        'Write about pupils and parents as you would say it to them: factual, respectful and without medical or other sensitive details.',
        'The school decides who has access through its own Microsoft 365 team.',
      ],
    },
  },
  meetingTypes: {
    veranderteam: 'Change-team meeting',
    team: 'Team meeting',
    bouw: 'Bouw meeting',
    mt: 'MT meeting',
    informatieavond: 'Information evening',
    intervisie: 'Intervisie',
    oudergesprek: 'Parent talk',
  },
};
