import type { MeetingType } from '../../domain/meetings';
import type { Role } from '../../domain/people';

/** De schil van de app: naam, navigatie, aanmelden, gasten, fouten (Nederlands, de standaard). */
export const shellNl = {
  app: {
    name: 'Driehoek',
    tagline: 'Ouders en school samen voor het kind',
    loading: 'Driehoek wordt geladen…',
  },
  nav: {
    label: 'Onderdelen',
    veranderplan: 'Veranderplan',
    tijdspad: 'Tijdspad',
    beloftes: 'Beloftes',
    gesprekken: 'Gesprekken',
    intervisie: 'Intervisie',
    dashboard: 'Dashboard',
  },
  comingSoon: {
    heading: 'Binnenkort',
    /** {view} */
    body: '{view} is nog in aanbouw. Het tijdspad werkt al: daar zie je de bijeenkomsten van het veranderplan.',
  },
  identity: {
    heading: 'Wie ben je?',
    explanation:
      'Driehoek draait nu lokaal, zonder Microsoft 365. Kies een persoon van de demoschool om de app te bekijken zoals die persoon hem ziet.',
    pick: 'Doorgaan als {name}',
    /** {name} */
    signedInAs: 'Aangemeld als {name}',
    switch: 'Wissel van persoon',
    loadFailed: 'De lijst met personen kon niet worden geladen.',
    guestNote: 'een ouder, geen lid van het schoolteam',
  },
  roles: {
    ib: 'Intern begeleider',
    veranderteam: 'Veranderteam',
    leerkracht: 'Leerkracht',
    mt: 'Managementteam',
    guest: 'Gast (ouder)',
  } satisfies Record<Role, string>,
  guest: {
    heading: 'Fijn dat u er bent',
    body: 'Deze app is voor het schoolteam. De gegevens erin zijn alleen voor medewerkers van de school. De leerkracht deelt in het gesprek wat voor u van belang is, en na afloop ontvangt u de gemaakte afspraken per e-mail.',
  },
  errors: {
    heading: 'Er ging iets mis',
    loadFailed: 'De gegevens konden niet worden geladen. Controleer de verbinding en probeer het opnieuw.',
    busy: 'SharePoint is even druk. We proberen het zo opnieuw.',
    config: 'Driehoek is niet goed ingesteld (config.json). Vraag de beheerder om hulp.',
    retry: 'Opnieuw proberen',
  },
  meetingTypes: {
    veranderteam: 'Veranderteambijeenkomst',
    team: 'Teambijeenkomst',
    bouw: 'Bouwvergadering',
    mt: 'MT-overleg',
    informatieavond: 'Informatieavond',
    intervisie: 'Intervisie',
    oudergesprek: 'Oudergesprek',
  } satisfies Record<MeetingType, string>,
};
