import type { MeetingType } from '../../domain/meetings';
import type { Role } from '../../domain/people';
import type { ValidationCode } from '../../domain/validation';

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
    team: 'Team',
    dashboard: 'Dashboard',
    instellingen: 'Instellingen',
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
    needsOwner: 'Driehoek is in dit team nog niet ingericht. Vraag de eigenaar van het team om Driehoek één keer te openen; daarna werkt het voor iedereen.',
    retry: 'Opnieuw proberen',
  },
  /** Why a field was refused; params as the domain gives them ({max}, {min}, …). */
  validation: {
    required: 'Vul dit in.',
    tooLong: 'Dit is te lang: maximaal {max} tekens.',
    outOfRange: 'Kies een waarde van {min} tot en met {max}.',
    notANumber: 'Vul een getal in.',
    invalidDate: 'Vul een geldige datum in.',
    dateOrder: 'Deze datum ligt te vroeg.',
    invalidChoice: 'Kies een van de mogelijkheden.',
    invalidEmail: 'Dit is geen geldig e-mailadres.',
  } satisfies Record<ValidationCode, string>,
  conflict: {
    heading: 'Iemand anders heeft dit intussen gewijzigd',
    body: 'Je wijziging is nog niet opgeslagen. Bekijk de nieuwe versie en kies wat je wilt doen.',
    theirs: 'Zo staat het er nu',
    keepMine: 'Mijn wijziging toch opslaan',
    takeTheirs: 'Hun versie overnemen',
  },
  saving: {
    save: 'Opslaan',
    cancel: 'Annuleren',
    saved: 'Opgeslagen',
    failed: 'Opslaan lukte niet. Er is niets gewijzigd; probeer het opnieuw.',
  },
  pending: {
    one: '1 wijziging nog niet opgeslagen — wordt opnieuw geprobeerd',
    other: '{count} wijzigingen nog niet opgeslagen — wordt opnieuw geprobeerd',
    hint: 'Er is nu geen verbinding. Driehoek bewaart uw wijzigingen in dit tabblad en slaat ze op zodra het netwerk terug is.',
    retry: 'Nu opnieuw proberen',
    retrying: 'Bezig met opslaan…',
    conflict: 'Een wijziging die wachtte is niet opgeslagen: iemand anders had dit intussen veranderd. Open het opnieuw om de nieuwe versie te zien.',
    refused: 'Een wijziging die wachtte is niet opgeslagen: ze werd geweigerd. Open het opnieuw en probeer het nog eens.',
    dismiss: 'Begrepen',
  },
  retention: {
    /** {pupils} {talks} {agreements} */
    done: 'Bewaartermijn verstreken: de gegevens van {pupils} vertrokken leerling(en) zijn opgeruimd ({talks} gesprek(ken), {agreements} afspraak/afspraken).',
    /** {pupils} {talks} {agreements} {events} */
    doneWithEvents:
      'Bewaartermijn verstreken: de gegevens van {pupils} vertrokken leerling(en) zijn opgeruimd ({talks} gesprek(ken), {agreements} afspraak/afspraken); {events} geplande afspraak/afspraken in jouw agenda zijn afgezegd.',
    dismiss: 'Begrepen',
  },
  config: {
    heading: 'Driehoek toevoegen',
    intro: 'Kies waarmee het tabblad opent. Iedereen in het team kan daarna alle onderdelen gebruiken.',
    section: 'Het tabblad opent met',
    meetingHint:
      'In een vergadering opent Driehoek als zijpaneel voor medewerkers. Ouders en andere gasten zien daar geen gegevens.',
  },
  pages: {
    back: 'Naar Driehoek',
    about: {
      heading: 'Over Driehoek',
      body: [
        'Driehoek is een app in Microsoft Teams voor basisscholen die ouders als gelijkwaardige partners willen betrekken bij de ontwikkeling van hun kind.',
        'Het veranderteam werkt in elf oplossingsgerichte stappen naar een gedeelde droom. Bijeenkomsten en cijfers komen op een tijdspad, leerkrachten houden elkaar aan hun beloftes, oudergesprekken en intervisie lopen via Teams-vergaderingen en het managementteam volgt alles op een dashboard.',
        'Alle gegevens blijven in de SharePoint-site van het eigen schoolteam.',
      ],
    },
    privacy: {
      heading: 'Privacy',
      body: [
        'Driehoek bewaart zijn gegevens uitsluitend in lijsten in de SharePoint-site van het team van de school. De school is verantwoordelijk voor die gegevens; er gaat niets naar de makers van de app.',
        'Alleen leden van het schoolteam kunnen de gegevens lezen. Ouders en gasten krijgen de uitnodiging voor een gesprek en de gemaakte afspraken, maar zien geen gegevens uit de app.',
        'Van leerlingen bewaren we zo weinig mogelijk: de voornaam, de groep, de gespreksverslagen en de afspraken. Diagnoses en gezondheidsgegevens horen er niet in. Twee jaar nadat een leerling de school heeft verlaten, worden zijn gegevens verwijderd.',
        'Ouders hebben recht op inzage: de school kan alles over één leerling in één keer exporteren. Intervisieverslagen zijn alleen zichtbaar voor de eigen intervisiegroep, en de teamscan toont alleen totalen.',
      ],
    },
    terms: {
      heading: 'Gebruiksvoorwaarden',
      body: [
        'Driehoek is bedoeld voor medewerkers van de school, voor het werk aan educatief partnerschap.',
        'Schrijf over leerlingen en ouders zoals je het ook tegen hen zou zeggen: feitelijk, respectvol en zonder medische of andere gevoelige details.',
        'De school regelt wie toegang heeft via het eigen Microsoft 365-team.',
      ],
    },
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
