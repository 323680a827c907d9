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
    dashboard: 'Dashboard',
  },
  comingSoon: {
    heading: 'Coming soon',
    body: '{view} is still being built. The timeline already works: it shows the meetings of the change plan.',
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
    retry: 'Try again',
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
