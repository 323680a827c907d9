import type { IntervisieTexts } from '../../domain/intervisie/methods';

/** Intervisie: rollen, methoden met hun fasen, en wat de notulist vastlegt (Nederlands). */
export const intervisieNl = {
  roles: {
    inbrenger: {
      name: 'Inbrenger',
      task: 'Brengt een situatie uit het eigen werk in waar hij of zij mee zit, en beslist zelf wat er met de adviezen gebeurt.',
    },
    gespreksleider: {
      name: 'Gespreksleider',
      task: 'Bewaakt de stappen van de methode, verdeelt het woord en houdt de vraag van de inbrenger centraal.',
    },
    tijdbewaker: {
      name: 'Tijdbewaker',
      task: 'Houdt de tijd per fase in de gaten en meldt het op tijd als een fase bijna om is.',
    },
    notulist: {
      name: 'Notulist',
      task: 'Noteert de kern van de casus, de adviezen en de leerpunten, zodat de groep er later op kan terugkijken.',
    },
  },
  methods: {
    incident: {
      name: 'Incidentmethode',
      summary:
        'Iemand vertelt over een kort, concreet voorval waarin een keuze gemaakt moest worden. De groep vraagt eerst naar de feiten, denkt daarna mee en geeft advies; de inbrenger kiest wat bruikbaar is.',
      phases: {
        lookBack: {
          title: 'Terugblik',
          guide: 'Wat heeft de inbrenger van de vorige keer met de adviezen gedaan? Wat werkte, wat niet?',
        },
        bringIn: {
          title: 'Incidenten inbrengen',
          guide:
            'Wie wil, beschrijft in een paar zinnen een recent voorval: wat gebeurde er, en op welk moment moest je kiezen?',
        },
        choose: {
          title: 'Eén incident kiezen',
          guide: 'Kies samen het voorval dat je uitdiept: het meest dringende, of het voorval dat de meesten herkennen.',
        },
        questions: {
          title: 'Feitelijke vragen',
          guide:
            'Vraag alleen naar wat er gebeurde: wie, wat, waar, wanneer. Nog geen meningen en geen adviezen in vraagvorm.',
        },
        analysis: {
          title: 'Analyse',
          guide: 'Wat speelt hier eigenlijk? Zoek samen de kern; de inbrenger maakt zijn of haar vraag daarna scherper.',
        },
        advice: {
          title: 'Advies',
          guide:
            'Ieder geeft een concreet advies: wat zou jij doen, en waarom? De inbrenger luistert en vraagt alleen om uitleg.',
        },
        evaluation: {
          title: 'Evaluatie en vervolg',
          guide:
            'De inbrenger vertelt wat hij of zij meeneemt en wanneer het geprobeerd wordt. Ieder noemt een leerpunt en eventueel een eigen belofte voor de volgende keer.',
        },
      },
    },
    roddel: {
      name: 'Roddelmethode',
      summary:
        'Na de inbreng en de vragen praat de groep over de casus alsof de inbrenger er niet bij is. De inbrenger luistert alleen en vertelt aan het eind wat raakte en wat bruikbaar is.',
      phases: {
        present: {
          title: 'Casus inbrengen',
          guide: 'De inbrenger schetst de situatie en sluit af met een duidelijke vraag aan de groep.',
        },
        questions: {
          title: 'Verhelderende vragen',
          guide: 'De groep vraagt door tot de situatie helder is. Nog geen adviezen.',
        },
        gossip: {
          title: 'Roddelen',
          guide:
            'De inbrenger zet camera en microfoon uit (of draait de stoel om) en luistert alleen. De groep praat vrijuit over de casus en over de inbrenger in de derde persoon: wat denk je dat er speelt, wat herken je, wat zou je doen?',
        },
        response: {
          title: 'Reactie van de inbrenger',
          guide:
            'De inbrenger doet weer mee en vertelt wat opviel, wat raakte en wat bruikbaar is. De groep gaat daar niet tegenin.',
        },
        closing: {
          title: 'Afronding',
          guide: 'Hoe ging het? Ieder noemt een leerpunt; de inbrenger zegt wat hij of zij gaat uitproberen.',
        },
      },
    },
  },
  session: {
    caseSummary: 'Kern van de casus',
    advice: 'Adviezen',
    learningPoints: 'Leerpunten',
    promises: 'Mijn belofte voor de volgende keer',
    confidential: 'Wat in deze groep besproken wordt, blijft in deze groep. Alleen de leden kunnen dit verslag lezen.',
  },
  ui: {
    title: 'Intervisie',
    intro:
      'In een intervisiegroep denken vier tot zes collega’s mee over situaties uit elkaars werk. Wat besproken wordt, blijft in de groep: alleen de leden kunnen de verslagen lezen.',
    myGroups: 'Mijn groepen',
    otherGroups: 'Andere groepen op school',
    otherGroupsHint: 'Je ziet welke groepen er zijn en hoe vaak ze bij elkaar kwamen, niet wat er besproken is.',
    noGroups: 'Je zit nog niet in een intervisiegroep.',
    newGroup: 'Nieuwe groep',
    /** {count} */
    sessionsHeld: '{count} keer bij elkaar geweest',
    noSessionsYet: 'Nog niet bij elkaar geweest',
    /** {date} */
    nextSession: 'Volgende keer: {date}',
    noSeries: 'Nog geen vaste bijeenkomsten gepland',
    open: 'Openen',
    back: 'Terug naar de groepen',
    members: 'Leden',
    settingUp: 'Deze groep wordt nog ingericht.',
    finishSetup: 'Inrichten afmaken',
    form: {
      title: 'Een intervisiegroep maken',
      name: 'Naam van de groep',
      nameHint: 'Bijvoorbeeld “Onderbouw” of “Startende collega’s”.',
      members: 'Leden',
      membersHint: 'Kies vier tot zes collega’s, jijzelf inbegrepen.',
      method: 'Werkwijze',
      create: 'Groep maken',
      creating: 'Bezig met maken…',
      cancel: 'Annuleren',
      created: 'De groep is gemaakt. Er is een privékanaal voor jullie in Teams.',
      privacy: 'De groep krijgt een eigen privékanaal in Teams. Alleen de leden kunnen de verslagen lezen; de IB en de directie ook niet.',
    },
    errors: {
      /** {min} {max} */
      count: 'Kies {min} tot {max} leden.',
      duplicate: 'Iemand staat er twee keer in.',
      withoutYou: 'Zet jezelf ook in de groep: alleen leden kunnen de verslagen lezen.',
      notStaff: 'Kies alleen collega’s van school.',
      taken: 'Er is al een groep met deze naam. Kies een andere naam.',
      nameRequired: 'Geef de groep een naam.',
      notAllowed: 'Alleen de leden van deze groep kunnen dit wijzigen.',
      failed: 'Dat lukte niet. Probeer het zo nog eens.',
    },
    editMembers: {
      title: 'Leden wijzigen',
      save: 'Leden opslaan',
      saved: 'De leden zijn aangepast. Wie eruit ging, kan de verslagen niet meer lezen.',
    },
    series: {
      title: 'Vaste bijeenkomsten plannen',
      intro: 'Dit wordt één reeks Teams-vergaderingen in ieders agenda.',
      firstDate: 'Eerste keer',
      startTime: 'Begintijd',
      minutes: 'Duur in minuten',
      frequency: 'Hoe vaak',
      weekly: 'Elke week',
      /** {weeks} */
      everyWeeks: 'Om de {weeks} weken',
      monthly: 'Elke maand (zelfde weekdag)',
      count: 'Aantal keren',
      preview: 'De data',
      plan: 'Reeks plannen',
      planning: 'Bezig met plannen…',
      planned: 'De reeks staat in de agenda’s.',
      join: 'Deelnemen aan de vergadering',
      subject: 'Intervisie {name}',
      inviteIntro: 'Intervisie van',
      inviteMembers: 'Wie er in de groep zit:',
      inviteMethod: 'Werkwijze:',
      firstDateError: 'Kies een datum vanaf vandaag.',
      startTimeError: 'Vul een tijd in als 15:30.',
      /** {min} {max} */
      minutesError: 'Kies {min} tot {max} minuten.',
      /** {min} {max} */
      countError: 'Kies {min} tot {max} keer.',
    },
    roles: {
      title: 'Rollen voor de volgende keer',
      hint: 'Voorstel op volgorde, zodat ieder aan de beurt komt. Ruilen mag.',
      sameTwice: 'Geef elke rol aan een ander.',
    },
    history: {
      title: 'Eerdere bijeenkomsten',
      none: 'Er zijn nog geen verslagen.',
      /** {date} {method} */
      heading: '{date} · {method}',
      roles: 'Rollen',
    },
    privateTitle: 'Alleen voor de leden',
    privateText:
      'De verslagen van deze groep kunnen alleen de leden lezen. Zo blijft wat collega’s inbrengen vertrouwelijk.',
    panel: {
      chooseGroup: 'Welke intervisiegroep komt nu bij elkaar?',
      noGroups: 'Je zit niet in een intervisiegroep.',
      changeGroup: 'Andere groep',
      method: 'Werkwijze',
      roles: 'Rollen',
      phase: 'Wat nu',
      capture: 'Vastleggen',
      privacy: 'Schrijf geen namen van leerlingen, ouders of collega’s op en geen diagnoses of gezondheidsgegevens. Beschrijf de situatie in algemene woorden.',
      addPoint: 'Leerpunt toevoegen',
      /** {n} */
      pointLabel: 'Leerpunt {n}',
      removePoint: 'Verwijderen',
      save: 'Verslag opslaan',
      saving: 'Bezig met opslaan…',
      saved: 'Opgeslagen. Alleen de groep kan dit lezen.',
      promiseText: 'Wat ga jij doen vóór de volgende keer?',
      promiseDue: 'Uiterlijk',
      promiseBouw: 'Voor welke bouw?',
      addPromise: 'Belofte toevoegen',
      promiseSaved: 'Je belofte staat in Beloftes.',
      promiseHint: 'Alleen je belofte gaat naar Beloftes, niets uit de casus.',
      noCycle: 'Er is nog geen actieve veranderronde; maak die eerst in het Veranderplan.',
      conflict: 'Iemand anders heeft het verslag net ook opgeslagen. Open de groep opnieuw.',
    },
    timer: {
      start: 'Starten',
      pause: 'Pauze',
      resume: 'Verder',
      next: 'Volgende fase',
      restart: 'Opnieuw beginnen',
      notStarted: 'Start de klok zodra de groep begint.',
      paused: 'Gepauzeerd',
      now: 'Nu',
      total: 'Hele bijeenkomst',
      itemsLabel: 'Fasen',
      tip: 'Wat te doen',
      /** {item} {minutes} */
      announceItem: 'Nu: {item}. {minutes} minuten.',
      /** {item} */
      announceOver: '{item} loopt over de tijd.',
      announceTotalOver: 'De bijeenkomst loopt over de geplande tijd.',
    },
  },
} as const satisfies IntervisieTexts & { ui: object };
