import type { CycleStatus } from '../../domain/cycles';
import type { DigestMessages } from '../../domain/digest';
import type { EpsteinForm, InvolvementLevel, InvolvementLine, OnderwijsraadCondition } from '../../domain/goals';
import type { BenefitLevel } from '../../domain/goalMap';
import type { StepState } from '../../domain/guidedPath';
import type { RuleReason } from '../../domain/rules';
import type { TrackStatus } from '../../domain/tracking';

interface Explained {
  label: string;
  explanation: string;
}

/**
 * Veranderplan, tijdspad en beloftes (Nederlands, de standaard). Wordt samengevoegd onder
 * `planner`. `{naam}`-plekken worden gevuld met fillTemplate uit src/domain/text.ts.
 */
export const plannerNl = {
  cycle: {
    heading: 'Veranderplan',
    title: 'Titel',
    dream: 'Droom',
    dreamHint: 'Beschrijf de droom zo levendig mogelijk. Opmaak wordt als gewone tekst bewaard.',
    schoolYear: 'Schooljaar',
    coach: 'Coach (intern begeleider)',
    members: 'Veranderteam',
    status: 'Status',
    /** {round} */
    round: 'Ronde {round}',
    readOnly: 'Deze cyclus is gearchiveerd. Je kunt alles teruglezen, maar niets meer wijzigen.',
    startNextRound: 'Nieuwe ronde starten (stap 2 tot en met 11)',
    startNextCycle: 'Nieuwe cyclus starten vanuit deze doelen',
    archive: 'Archiveren',
    activate: 'Actief maken',
    edit: 'Bewerken',
    editHeading: 'Cyclus bewerken',
    picker: 'Cyclus',
    /** {title} {year} {status} */
    option: '{title} ({year}, {status})',
    new: 'Nieuwe cyclus',
    newHeading: 'Een nieuwe cyclus starten',
    create: 'Cyclus starten',
    loading: 'Het veranderplan wordt geladen…',
    none: 'Er is nog geen veranderplan. Start een cyclus: beschrijf samen de droom en loop daarna de elf stappen.',
    choosePerson: 'Kies een persoon',
    membersHint: 'Wie lopen de stappen met het team mee?',
    archiveHeading: 'Deze cyclus archiveren?',
    archiveBody:
      'Een gearchiveerde cyclus kun je teruglezen, maar niemand kan hem nog wijzigen. Dat kan niet meer worden teruggedraaid.',
    created: 'De nieuwe cyclus staat klaar.',
    /** {round} */
    roundStarted: 'Ronde {round} is gestart. Het team begint weer bij stap 2.',
  },
  cycleStatus: {
    draft: 'Concept',
    active: 'Actief',
    archived: 'Gearchiveerd',
  } satisfies Record<CycleStatus, string>,
  path: {
    heading: 'Stappen',
    /** {step} {title} */
    step: 'Stap {step}: {title}',
    /** {date} */
    doneOn: 'Gedaan op {date}',
    /** {meeting} */
    inMeeting: 'tijdens {meeting}',
    /** {times} */
    revisited: '{times} keer gedaan',
    complete: 'Stap afronden',
    revisit: 'Stap opnieuw doen',
    prompts: 'Vragen voor het team',
    captures: 'Dit leggen we vast',
    addItem: 'Regel toevoegen',
    notes: 'Aantekeningen',
    score: 'Cijfer richting de droom',
    scoreHint: 'Van 0 tot 10, in halve punten; 10 is de droom.',
    roundDone: 'Alle stappen van deze ronde zijn gedaan. Tijd om het succes te vieren en nieuwe doelen te kiezen.',
    /** {round} */
    listLabel: 'Stappen van ronde {round}',
    meeting: 'Bijeenkomst',
    noMeeting: 'Niet tijdens een bijeenkomst',
    /** {step} */
    completed: 'Stap {step} is vastgelegd.',
    promisesHint:
      'De beloftes zelf maak en volg je bij Beloftes. Leg hier vast hoe het beloven ging, en rond de stap daarna af.',
    promisesLink: 'Naar Beloftes',
    unsavedGoals: 'Sla eerst de wijzigingen bij de doelen op; daarna kun je de stap afronden.',
    /** {item} {number} */
    itemLabel: '{item} {number}',
    /** {item} {number} */
    removeItem: '{item} {number} weghalen',
    noLines: 'Nog niets vastgelegd.',
  },
  stepState: {
    done: 'Gedaan',
    current: 'Nu aan de beurt',
    upcoming: 'Komt nog',
  } satisfies Record<StepState, string>,
  goal: {
    title: 'Doel',
    priority: 'Prioriteit',
    moveUp: 'Hoger op de lijst',
    moveDown: 'Lager op de lijst',
    condition: 'Voorwaarde',
    epsteinForm: 'Vorm van partnerschap',
    level: 'Niveau van betrokkenheid',
    line: 'Lijn',
    benefits: 'Voordelen',
    signs: 'Tekenen van vooruitgang',
    none: 'Nog geen doelen. Begin bij de droom: welk stuk ervan wil het team als eerste waarmaken?',
    /** {word} */
    negativePhrasing:
      'Dit doel klinkt als iets wat weg moet (“{word}”). Lukt het om te beschrijven wat er dan wél gebeurt?',
    add: 'Doel toevoegen',
    new: 'Nieuw doel',
    /** {priority} */
    numbered: 'Doel {priority}',
    delete: 'Verwijderen',
    deleteHeading: 'Dit doel verwijderen?',
    deleteBody: 'Het doel verdwijnt met zijn voordelen en tekenen van vooruitgang, ook van de doelenkaart.',
    noTag: 'Geen keuze',
    tags: 'Kaders voor partnerschap',
    unsaved: 'Nog niet opgeslagen',
  },
  benefitLevels: {
    personal: 'Persoonlijk',
    team: 'Team',
    school: 'School',
  } satisfies Record<BenefitLevel, string>,
  frameworks: {
    conditions: {
      heading: 'Voorwaarden voor partnerschap (Onderwijsraad)',
      items: {
        structuur: {
          label: 'Structuur',
          explanation: 'Heldere afspraken, procedures en taken, zodat iedereen weet wat hij van de ander kan verwachten.',
        },
        vaardigheid: {
          label: 'Vaardigheid',
          explanation: 'Hoe goed we contact leggen, gesprekken voeren en samen met ouders oplossingen zoeken.',
        },
        cultuur: {
          label: 'Cultuur',
          explanation: 'Hoe we met elkaar omgaan: een open, gastvrije school waar ouders welkom zijn.',
        },
        bereidheid: {
          label: 'Bereidheid',
          explanation: 'Hoezeer school en ouders echt samen willen optrekken en daarin willen investeren.',
        },
      } satisfies Record<OnderwijsraadCondition, Explained>,
    },
    epsteinForms: {
      heading: 'Vormen van partnerschap (Epstein)',
      items: {
        ouderschap: {
          label: 'Ouderschap',
          explanation: 'Ouders steunen bij het opvoeden, zodat het kind ook thuis een goed klimaat heeft om te groeien.',
        },
        communicatie: {
          label: 'Communicatie',
          explanation: 'Contact in twee richtingen over het kind en over de school, van oudergesprek tot nieuwsbrief.',
        },
        ouderparticipatie: {
          label: 'Ouderparticipatie',
          explanation: 'Ouders die als vrijwilliger meehelpen, bijvoorbeeld als voorleesouder of bij een project.',
        },
        ondersteuningBijLeren: {
          label: 'Ondersteuning bij leren thuis',
          explanation: 'Informatie en ideeën delen zodat ouders het leren van hun kind thuis kunnen ondersteunen.',
        },
        besluitvorming: {
          label: 'Besluitvorming',
          explanation: 'Ouders die meepraten en meebeslissen: over hun eigen kind en, via de MR of een peiling, over de school.',
        },
        interprofessioneleSamenwerking: {
          label: 'Interprofessionele samenwerking',
          explanation:
            'Samenwerken met partners in de gemeenschap, zoals logopedie, de bibliotheek of het centrum voor jeugd en gezin.',
        },
      } satisfies Record<EpsteinForm, Explained>,
    },
    involvementLevels: {
      heading: 'Niveau van betrokkenheid',
      items: {
        meeleven: {
          label: 'Meeleven',
          explanation: 'Belangstelling tonen voor wat het kind op school doet, leert en beleeft.',
        },
        meehelpen: {
          label: 'Meehelpen',
          explanation: 'De handen uit de mouwen steken bij activiteiten in en rond de school.',
        },
        meedenken: {
          label: 'Meedenken',
          explanation: 'Ideeën, ervaring en kennis van het eigen kind inbrengen.',
        },
        meebeslissen: {
          label: 'Meebeslissen',
          explanation: 'Medeverantwoordelijk zijn voor keuzes, bijvoorbeeld in de medezeggenschapsraad.',
        },
      } satisfies Record<InvolvementLevel, Explained>,
    },
    involvementLines: {
      heading: 'Lijn van betrokkenheid',
      items: {
        eigenKind: {
          label: 'Eigen kind',
          explanation: 'Betrokkenheid bij de ontwikkeling van het eigen kind.',
        },
        groep: {
          label: 'Groep',
          explanation: 'Betrokkenheid bij de klas en de kinderen daarin.',
        },
        school: {
          label: 'School',
          explanation: 'Betrokkenheid bij de school als geheel en bij haar beleid.',
        },
      } satisfies Record<InvolvementLine, Explained>,
    },
  },
  commitment: {
    text: 'Wat ga je doen?',
    owner: 'Wie',
    bouw: 'Bouw',
    group: 'Jaargroep',
    goal: 'Voor doel',
    madeOn: 'Beloofd op',
    madeAt: 'Beloofd tijdens',
    dueDate: 'Klaar op',
    dueMeeting: 'Terugkoppelen tijdens',
    report: 'Terugkoppelen',
    whatWorked: 'Wat werkte?',
    whatWasHard: 'Wat was lastig?',
    supportWanted: 'Ik wil graag ondersteuning',
    renegotiate: 'Opnieuw afspreken',
    renegotiatedFrom: 'Opnieuw afgesproken; eerdere belofte:',
    supportGiven: 'Ondersteuning geregeld',
    overdue: 'Over de datum',
    checkIn: 'Beloftes om terug te koppelen',
    noCheckIn: 'Er staan geen open beloftes voor deze bijeenkomst.',
    heading: 'Beloftes',
    intro:
      'Wat ga je doen vóór de volgende bijeenkomst? Hier leg je beloftes aan het team vast, koppel je terug hoe het ging en vraag je om ondersteuning als je die kunt gebruiken.',
    loading: 'De beloftes worden geladen…',
    noCycle:
      'Er is nog geen actief veranderplan. Zodra het team een plan start, maak en volg je hier de beloftes.',
    new: 'Nieuwe belofte',
    newHeading: 'Een belofte maken',
    /** {name} */
    ownerSelf: '{name} (ik)',
    chooseBouw: 'Kies een bouw',
    noGroup: 'Geen jaargroep',
    /** {group} */
    groupNumber: 'Groep {group}',
    noGoal: 'Geen bepaald doel',
    noMeeting: 'Geen bijeenkomst',
    textHint: 'Eén regel: concreet, en haalbaar vóór de bijeenkomst waarin je terugkoppelt.',
    /** {count} {max} */
    textCount: '{count} van {max} tekens',
    dueHint: 'Kies de bijeenkomst waarin je terugkoppelt; de datum vult zich dan vanzelf in. Je kunt ook alleen een datum kiezen.',
    /** {date} */
    dueBeforeMade: 'Kies een datum op of na {date}, de dag van de belofte.',
    staffFailed: 'De personeelslijst kon niet worden geladen. Je kunt nu alleen voor jezelf een belofte maken.',
    formFailed: 'De doelen en bijeenkomsten konden niet worden geladen.',
    saved: 'De belofte is opgeslagen.',
    /** {date} */
    dueOn: 'klaar op {date}',
    /** {meeting} {date} */
    dueAt: 'terugkoppelen tijdens {meeting} ({date})',
    supportAsked: 'Wil graag ondersteuning',
    /** {date} */
    supportGivenOn: 'Ondersteuning geregeld op {date}',
    /** {date} */
    reportedOn: 'Teruggekoppeld op {date}',
    close: 'Sluiten',
    outcome: 'Hoe ging het?',
    chooseOutcome: 'Kies hoe het ging.',
    saveReport: 'Terugkoppeling opslaan',
    changeReport: 'Terugkoppeling aanpassen',
    reported: 'De terugkoppeling is opgeslagen.',
    newText: 'Wat spreek je nu af?',
    markSupportGiven: 'Ondersteuning is geregeld',
    supportMarked: 'Genoteerd: de ondersteuning is geregeld.',
    /** {count} */
    count: '{count} beloftes',
    countOne: '1 belofte',
    listKeys: 'Met de pijltjestoetsen ga je door de lijst; Enter opent een belofte.',
    pickMeeting: 'Bijeenkomst',
    checkInIntro: 'Loop samen de open beloftes langs en koppel ze meteen terug.',
    noMeetings: 'Er staan nog geen bijeenkomsten op het tijdspad.',
    reportTitle: 'Terugkoppeling',
  },
  commitmentStatus: {
    open: 'Open',
    kept: 'Gelukt',
    partlyKept: 'Deels gelukt',
    notKept: 'Niet gelukt',
    renegotiated: 'Opnieuw afgesproken',
  } satisfies Record<TrackStatus, string>,
  views: {
    mine: 'Mijn beloftes',
    myGroup: 'Mijn bouw',
    supportRequests: 'Vragen om ondersteuning',
    overdue: 'Over de datum',
    all: 'Alle beloftes',
    label: 'Welke beloftes',
    byBouw: 'Per bouw',
    checkIn: 'In de bijeenkomst',
    agreements: 'Afspraken met ouders',
    digest: 'Weekoverzicht',
    mineIntro: 'Wat jij het team hebt beloofd, en hoe het ging.',
    groupIntro:
      'Zo houden we elkaar op koers: wat collega’s in deze bouw hebben beloofd, en hoe het ging. Een vraag of een tip van een collega helpt vaak meer dan je denkt.',
    supportIntro:
      'Collega’s die om ondersteuning vroegen. Zet een vraag op geregeld zodra je samen iets hebt afgesproken.',
    overdueIntro:
      'Open beloftes waarvan de datum voorbij is. Vaak helpt een kort gesprek: lukt het nog, of spreken we iets nieuws af?',
    emptyMine: 'Je hebt in dit veranderplan nog geen beloftes gemaakt. Wat wil jij vóór de volgende bijeenkomst doen?',
    emptyGroup: 'In deze bouw zijn nog geen beloftes gemaakt.',
    emptySupport: 'Er staan geen vragen om ondersteuning open.',
    emptyOverdue: 'Er is niets over de datum. Mooi zo!',
  },
  rules: {
    archived: 'Deze cyclus is gearchiveerd; je kunt hem teruglezen maar niet meer wijzigen.',
    statusOrder: 'Een cyclus gaat van concept naar actief naar gearchiveerd, en niet terug.',
    /** {step} {round} */
    notInRound: 'Stap {step} hoort niet bij ronde {round}: in een nieuwe ronde blijft de droom staan.',
    /** {step} {current} */
    notReached: 'Rond eerst stap {current} af; de stappen bouwen op elkaar voort.',
    /** {current} */
    roundNotComplete: 'Deze ronde is nog bezig (stap {current}). Rond haar eerst af.',
    reportOrder:
      'Alleen een open belofte kan opnieuw worden afgesproken, en een opnieuw afgesproken belofte is afgesloten.',
    onlyIb: 'Alleen de intern begeleider legt een teamscan vast. Klopt jouw rol niet? Vraag het de directie of de intern begeleider.',
  } satisfies Record<RuleReason, string>,
  digest: {
    title: 'Beloftes: overzicht van {date}',
    bouw: {
      onderbouw: 'Onderbouw',
      middenbouw: 'Middenbouw',
      bovenbouw: 'Bovenbouw',
    },
    overdueHeading: 'Over de datum ({count})',
    openHeading: 'Nog open ({count})',
    item: '{owner}: {text} (klaar op {due})',
    supportRequests: 'Vragen om ondersteuning: {count}',
    nothingOpen: 'Geen open beloftes.',
    closing: 'Succes deze week! Loop gerust bij een collega of de intern begeleider binnen als je hulp kunt gebruiken.',
  } satisfies DigestMessages,
  digestActions: {
    copy: 'Kopiëren voor de nieuwsbrief',
    post: 'Plaatsen in het teamkanaal',
    posted: 'Het overzicht staat in het teamkanaal.',
    intro:
      'De open beloftes per bouw, om elke week te delen. Wie om ondersteuning vroeg, staat er niet in: alleen het aantal vragen.',
    loading: 'Het overzicht wordt gemaakt…',
    preview: 'Tekst van het overzicht',
    copied: 'Gekopieerd. Plak het overzicht in de nieuwsbrief.',
    copyFailed:
      'Kopiëren lukte niet vanuit de browser. Selecteer de tekst hieronder en kopieer hem met Ctrl+C (Cmd+C op een Mac).',
    confirmTitle: 'Overzicht in het teamkanaal plaatsen?',
    confirmBody: 'Iedereen in het team ziet het bericht in het kanaal. Lees de tekst gerust eerst na.',
    confirm: 'Plaatsen',
    postFailed: 'Plaatsen lukte niet. Er is niets geplaatst; probeer het opnieuw.',
    openPost: 'Bericht bekijken in Teams',
  },
  goalMap: {
    heading: 'Doelenkaart',
    dream: 'Droom',
    goal: 'Doel',
    benefit: 'Voordeel',
    sign: 'Teken van vooruitgang',
    exportSvg: 'Opslaan als SVG',
    exportPng: 'Opslaan als PNG',
    print: 'Afdrukken voor de teamkamer',
    empty: 'Zodra er doelen zijn, verschijnt hier de kaart.',
    /** {count} */
    imageLabel:
      'Doelenkaart: de droom in het midden met {count} doelen eromheen. Bij elk doel staan de voordelen en de tekenen van vooruitgang.',
    imageLabelOne:
      'Doelenkaart: de droom in het midden met één doel ernaast. Bij het doel staan de voordelen en de tekenen van vooruitgang.',
    showList: 'Toon als lijst',
    listLabel: 'De doelenkaart als lijst',
    legend: 'Legenda',
    noBenefits: 'Nog geen voordelen.',
    noSigns: 'Nog geen tekenen van vooruitgang.',
    exportFailed: 'De afbeelding kon niet worden gemaakt. Probeer het opnieuw.',
    fileName: 'doelenkaart',
  },
  timeline: {
    heading: 'Tijdspad',
    planned: 'Gepland',
    held: 'Gehouden',
    cancelled: 'Vervallen',
    notRecorded: 'Niet bijgewerkt',
    /** {held} {planned} */
    plannedVsHeld: '{held} van {planned} gehouden',
    scoreChart: 'Cijfer richting de droom',
    planNext: 'Volgende bijeenkomst plannen',
    /** {date} {steps} */
    suggestion: 'Voorstel: {date}, voor stap {steps}',
    /** {round} */
    suggestionNewRound: 'Voorstel: start van ronde {round}',
    allPlanned: 'Alle stappen van deze ronde staan al op de planning.',
    loading: 'Het tijdspad wordt geladen…',
    noCycle:
      'Er is nog geen actief veranderplan. Zodra het veranderteam een plan start, zie je hier de bijeenkomsten en hoe het team op weg is naar de droom.',
    noMeetings: 'Er staan nog geen bijeenkomsten op het tijdspad.',
    glance: 'In één oogopslag',
    nothingPlanned: 'Voor dit schooljaar staan nog geen bijeenkomsten op de planning.',
    /** {year} */
    yearHeading: 'Bijeenkomsten in schooljaar {year}',
    showTable: 'Toon als tabel',
    scoreTable: 'Cijfers per bijeenkomst',
    date: 'Datum',
    meeting: 'Bijeenkomst',
    score: 'Cijfer',
    noScores:
      'Nog geen cijfers. Na elke gehouden bijeenkomst geeft het team aan waar het staat op weg naar de droom, van 0 tot 10.',
    /** {count} {first} {firstDate} {last} {lastDate} */
    chartLabel:
      'Lijndiagram van het cijfer richting de droom, van 0 tot 10: {count} cijfers, van {first} op {firstDate} tot {last} op {lastDate}.',
    /** {score} {date} */
    chartLabelOne: 'Lijndiagram van het cijfer richting de droom, van 0 tot 10: één cijfer, {score} op {date}.',
    stepsCovered: 'Stappen',
    scoreAfter: 'Cijfer na afloop',
    minutes: 'Verslag',
    nextHeading: 'Volgende bijeenkomst',
    edit: 'Bewerken',
    /** {title} */
    editMeeting: '{title} bewerken',
    editHeading: 'Bijeenkomst bewerken',
    type: 'Soort bijeenkomst',
    title: 'Titel',
    purpose: 'Doel',
    purposeHint: 'Wat wil het team met deze bijeenkomst bereiken?',
    status: 'Status',
    scoreHint: 'Van 0 tot en met 10, in hele of halve punten, bijvoorbeeld 6,5.',
    minutesHint: 'Kort: wat is besproken en wat is afgesproken. Noem geen leerlingen of ouders bij naam.',
    meetingLoading: 'De bijeenkomst wordt geladen…',
    meetingGone: 'Deze bijeenkomst staat niet meer op het tijdspad. Misschien heeft iemand anders hem verwijderd.',
    /** {title} */
    saved: '{title} is opgeslagen.',
  },
} as const;
