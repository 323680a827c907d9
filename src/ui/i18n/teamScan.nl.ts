/**
 * Teamscan, teamvolwassenheid, partnerschapsprofiel en "Over de streep" (Nederlands, de bron).
 * De sleutels volgen src/domain/teamScan; `{naam}` wordt ingevuld met fillTemplate.
 */
export const teamScanNl = {
  title: 'Teamscan',
  intro:
    'Welke vragen leven er in het team over de verandering? De IB legt op een moment vast waar collega’s staan, per persoon of per subgroep. Wie niet de IB is, ziet alleen totalen.',
  stages: {
    awareness: {
      label: 'Bewustwording',
      question: 'Ik hoor dat er iets verandert, maar ik ben er zelf nog niet mee bezig.',
      description: 'De verandering is bekend, maar raakt het eigen werk nog niet.',
    },
    informational: {
      label: 'Informatie',
      question: 'Wat houdt het eigenlijk in, en waarom doen we dit?',
      description: 'Wil eerst begrijpen wat er verandert en met welk doel.',
    },
    personal: {
      label: 'Persoonlijk',
      question: 'Wat vraagt dit van mij, en kan ik dat wel?',
      description: 'Zoekt uit wat de verandering voor de eigen rol, tijd en zekerheid betekent.',
    },
    management: {
      label: 'Beheersing',
      question: 'Hoe krijg ik dit in mijn week naast al het andere?',
      description: 'Worstelt met planning, tijd en de praktische uitvoering.',
    },
    consequence: {
      label: 'Gevolgen',
      question: 'Wat merken de kinderen en hun ouders van wat ik anders doe?',
      description: 'Kijkt naar het effect van het eigen handelen op leerlingen en ouders.',
    },
    collaboration: {
      label: 'Samenwerking',
      question: 'Hoe stem ik mijn aanpak af op die van mijn collega’s?',
      description: 'Zoekt collega’s op om samen meer te bereiken.',
    },
    refocusing: {
      label: 'Heroverweging',
      question: 'Ik heb een voorstel om onze aanpak te verbeteren.',
      description: 'Komt met eigen ideeën om de aanpak verder te brengen.',
    },
  },
  focus: {
    unconcerned: 'Nog niet betrokken',
    self: 'Gericht op zichzelf',
    task: 'Gericht op de taak',
    impact: 'Gericht op het effect, samen met anderen',
  },
  clients: {
    complainant: { label: 'Klager', description: 'Ziet de oplossing vooral bij anderen.' },
    visitor: { label: 'Bezoeker', description: 'Is welwillend, maar heeft nog geen eigen vraag of doel.' },
    customer: { label: 'Klant', description: 'Weet wat hij of zij wil bereiken en zoekt hulp bij het hoe.' },
    coExpert: { label: 'Co-expert', description: 'Heeft eigen ideeën en gebruikt de coach als klankbord.' },
  },
  leadership: {
    directing: { label: 'Leiden', description: 'Geeft richting en uitleg: wat, hoe en wanneer.' },
    coaching: { label: 'Begeleiden', description: 'Geeft richting, legt keuzes uit en moedigt aan.' },
    supporting: { label: 'Steunen', description: 'Laat het hoe aan het team, luistert en denkt mee.' },
    delegating: { label: 'Delegeren', description: 'Het team werkt zelfstandig binnen afgesproken kaders.' },
  },
  maturity: {
    M1: {
      label: 'M1 – losse individuen',
      description: 'Iedereen werkt vooral voor de eigen groep; het team is nog een verzameling mensen.',
    },
    M2: {
      label: 'M2 – actieve subgroepen',
      description:
        'In bouwen en werkgroepen pakken collega’s dingen op en houden zich aan afspraken; voor het team als geheel voelt nog niemand zich verantwoordelijk.',
    },
    M3: {
      label: 'M3 – teamgevoel',
      description:
        'Collega’s voelen zich mede-eigenaar, regelen veel zelf binnen de afspraken en gaan open naar buiten, ook naar ouders.',
    },
    M4: {
      label: 'M4 – samen verder',
      description: 'Samenwerken is vanzelfsprekend; collega’s spreken elkaar aan en verbeteren hun werk samen.',
    },
  },
  schoolTypes: {
    informationOriented: {
      label: 'Informatiegericht',
      description:
        'De school zorgt dat ouders de juiste informatie krijgen, vraagt verder weinig van hen en betrekt hen vooral bij hun eigen kind.',
    },
    structureOriented: {
      label: 'Structuurgericht',
      description:
        'Wie wat doet is helder vastgelegd; ouders helpen praktisch mee in de groep en bij activiteiten.',
    },
    relationshipOriented: {
      label: 'Relatiegericht',
      description:
        'De school investeert bewust in goede contacten met ouders; ouders doen mee rond hun kind, de groep en de school.',
    },
    collaborationOriented: {
      label: 'Samenwerkingsgericht',
      description:
        'Ouders zijn de belangrijkste partners: school en ouders informeren elkaar op tijd en zoeken samen antwoorden op onderwijsvragen.',
    },
    innovationOriented: {
      label: 'Innovatiegericht',
      description:
        'School en ouders vernieuwen samen het onderwijs; ouders denken vanaf het begin mee en hebben een gelijkwaardige stem in besluiten.',
    },
  },
  scan: {
    takenAt: 'Datum van de scan',
    entryKinds: { person: 'Per persoon', subgroup: 'Per subgroep' },
    person: 'Collega',
    group: 'Subgroep',
    groupHint: 'Bijvoorbeeld een bouw of het veranderteam. Totalen worden per subgroep getoond.',
    size: 'Aantal mensen',
    stage: 'Fase',
    client: 'Klantrelatie',
    /** {count} */
    people: '{count} mensen',
    wholeTeam: 'Hele team',
    hidden: 'Te klein om te tonen',
    hiddenHelp:
      'Totalen van minder dan drie mensen tonen we niet, en soms een groep extra, zodat niemand uit de cijfers te herleiden is.',
    onlyIb: 'Alleen jij als IB ziet wie waar staat.',
    empty: 'Er is nog geen scan. De IB kan er een vastleggen.',
  },
  approach: {
    title: 'Aanpak die past',
    /** {share} {stage} */
    basedOn: 'De meeste mensen ({share}) zitten in de fase {stage}.',
    leadership: 'Leiderschapsstijl',
    /** {current} {toward} */
    toward: '{current}, op weg naar {toward}',
    steps: 'Stappen van het plan om aan te werken',
    /** {stages} */
    alsoAttendTo: 'Let ook op de fase(n) {stages}: een flink deel van het team zit daar en vraagt een andere aanpak.',
    none: 'Leg eerst een scan vast.',
  },
  movement: {
    title: 'Beweging tussen scans',
    /** {from} {to} */
    between: 'Van {from} naar {to}',
    change: 'Verschil in mensen',
    tooSmall: 'Een van beide scans heeft te weinig mensen om beweging te tonen.',
    none: 'Na een tweede scan zie je hier hoe het team beweegt.',
  },
  assessment: {
    kinds: { maturity: 'Teamvolwassenheid', schoolType: 'Partnerschapsprofiel' },
    at: 'Datum',
    value: 'Waar staan we?',
    rationale: 'Toelichting',
    rationaleHint: 'Waarom plaatst het team zich hier? Noem een paar voorbeelden uit de praktijk.',
    add: 'Nieuwe zelfevaluatie',
    current: 'Nu',
    /** {count} {date} */
    movedUp: '{count} stap(pen) vooruit sinds {date}',
    /** {count} {date} */
    movedDown: '{count} stap(pen) terug sinds {date}',
    /** {date} */
    unchanged: 'Gelijk gebleven sinds {date}',
    none: 'Nog geen zelfevaluatie',
    fittingLeadership: 'Leiderschapsstijl die past',
  },
  view: {
    eyebrow: 'Het team in beweging',
    heading: 'Team',
    tabsLabel: 'Onderdelen van het team',
    tabs: { scan: 'Teamscan', assessments: 'Rijpheid & profiel', overDeStreep: 'Over de streep' },
    loading: 'Het team wordt geladen…',
    noCycle: 'Er is nog geen actief veranderplan. Start er een in het Veranderplan; daarna kun je hier de teamscan bijhouden.',
    close: 'Sluiten',
  },
  distribution: {
    /** {date} {count} */
    latest: 'Scan van {date}: {count} mensen',
    byStage: 'Fasen van betrokkenheid',
    byClient: 'Klantrelaties',
    chartLabel: 'Staafdiagram van de verdeling',
    showTable: 'Als tabel',
    showChart: 'Als grafiek',
    count: 'Aantal',
    share: 'Aandeel',
    perGroup: 'Per subgroep',
    /** {stage} {count} */
    barLabel: '{stage}: {count}',
  },
  ib: {
    newScan: 'Nieuwe scan vastleggen',
    entriesHeading: 'Wie staat waar (alleen voor de IB)',
    /** {date} */
    entriesOf: 'Scan van {date}',
    include: 'Meenemen',
    addSubgroup: 'Subgroep toevoegen',
    removeRow: 'Regel verwijderen',
    formHeading: 'Een teamscan vastleggen',
    save: 'Scan opslaan',
    saving: 'Bezig met opslaan…',
    cancel: 'Annuleren',
    saved: 'De scan is opgeslagen. Het team ziet alleen de totalen.',
    noPrivateSpace: 'De afgeschermde plek voor de scan kon niet worden geopend. Alleen de IB heeft toegang; vraag de eigenaar van het team om hulp als jij de IB bent.',
    subgroupName: 'Naam subgroep',
    showNames: 'Namen tonen',
    hideNames: 'Namen verbergen',
    namesHidden: 'De namen staan pas op het scherm als je erom vraagt; deel je je scherm, dan ziet de rest alleen de totalen.',
  },
  assessmentView: {
    intro: 'Het team kijkt af en toe samen waar het staat: hoe volwassen is het team, en wat voor school zijn we voor ouders? Leg elke keer kort vast waarom.',
    historyHeading: 'Verloop',
    trendLabel: 'Lijndiagram van het verloop',
    formHeading: 'Een zelfevaluatie vastleggen',
    kind: 'Waarover',
    save: 'Opslaan',
    saved: 'De zelfevaluatie is opgeslagen.',
    cancel: 'Annuleren',
  },
  streep: {
    listHeading: 'Onze stellingen',
    listHint: 'Het team beheert zelf deze lijst. Kies voor een ronde de stellingen die nu passen.',
    useDefaults: 'Begin met voorbeeldstellingen',
    newStatement: 'Nieuwe stelling',
    edit: 'Wijzigen',
    save: 'Opslaan',
    cancel: 'Annuleren',
    /** {text} */
    removeConfirm: 'Stelling verwijderen: “{text}”?',
    removeBody: 'De stelling gaat uit de lijst. Rondes die er al mee zijn gehouden, houden haar met hun uitslag.',
    conflict: 'Iemand anders heeft deze stelling net gewijzigd of verwijderd. De lijst is opnieuw geladen; kijk nog eens.',
    meeting: 'Bij bijeenkomst',
    noMeeting: 'Geen bijeenkomst',
    chooseStatements: 'Stellingen voor deze ronde',
    roundHeading: 'Lopende ronde',
    /** {date} */
    roundOf: 'Ronde van {date}',
    voted: 'Je hebt gekozen. Wat je koos, bewaren we niet.',
    close: 'Ronde afsluiten',
    closed: 'Deze ronde is afgesloten.',
    roomCounts: 'Geteld in de zaal',
    roomHint: 'Staat het team echt aan twee kanten van een streep? Tel dan de mensen en vul de aantallen in.',
    addCounts: 'Aantallen toevoegen',
    past: 'Eerdere rondes',
    noRounds: 'Nog geen rondes.',
    noStatements: 'Er staan nog geen stellingen op de lijst.',
    /** {agree} {disagree} */
    totals: '{agree} eens, {disagree} oneens',
    refusals: {
      alreadyVoted: 'Je hebt op deze stelling al gekozen.',
      closed: 'Deze ronde is al afgesloten.',
      unknownStatement: 'Deze stelling hoort niet bij de ronde.',
      unknownRound: 'Deze ronde bestaat niet meer.',
      notSignedIn: 'Meld je aan om te kiezen.',
      badCount: 'Vul aantallen van 0 of meer in.',
    },
    sidePanelHeading: 'Over de streep',
  },
  sidePanel: {
    label: 'Over de streep',
    description: 'Een ronde stellingen in deze teambijeenkomst: iedereen kiest een kant, alleen de totalen blijven bewaard.',
    meeting: 'Bijeenkomst op het tijdspad',
    noCycle: 'Er is nog geen actief veranderplan, dus ook geen bijeenkomst om de ronde bij te bewaren.',
  },
  overDeStreep: {
    title: 'Over de streep',
    intro: 'Eens of oneens? Kies een kant: een middenweg is er niet. Daarna gaan we erover in gesprek.',
    agree: 'Eens',
    disagree: 'Oneens',
    statement: 'Stelling',
    add: 'Stelling toevoegen',
    remove: 'Stelling verwijderen',
    start: 'Ronde starten',
    /** {count} */
    voters: '{count} stemmen',
    withheld: 'Nog te weinig stemmen om de uitslag te tonen.',
    anonymous: 'We bewaren alleen de totalen bij de bijeenkomst, niet wie wat koos.',
    defaults: {
      parentsMoreSay: 'Als het om het onderwijs aan hun kind gaat, hebben ouders nu te weinig stem.',
      leaderWeeklyHour: 'De directeur hoort elke week een vast moment te hebben waarop ouders kunnen binnenlopen.',
      reachEveryParent: 'Ouders die we zelden zien, moeten we actief opzoeken, hoeveel moeite dat ook kost.',
      sharedVision: 'In ons team denken we hetzelfde over wat samenwerken met ouders betekent.',
      startsWithTeacher: 'Of het partnerschap met ouders lukt, hangt vooral af van de leerkracht.',
      parentsKnowTheirChild: 'Ouders kennen hun kind beter dan wij, ook als het om leren gaat.',
      childAtTheTable: 'Vanaf groep 6 hoort het kind bij elk oudergesprek aan tafel te zitten.',
      homeworkSupport: 'Ouders hebben meer hulp van school nodig om hun kind thuis met schoolwerk te helpen.',
    },
  },
} as const;
