/**
 * MT-dashboard en het verslag voor de MR (Nederlands, de bron). `report` heeft precies de vorm
 * van ReportTexts in src/domain/dashboard/report.ts; `{naam}` wordt ingevuld met fillTemplate.
 */
export const dashboardNl = {
  title: 'Dashboard',
  intro: 'Hoe staat de verandering ervoor? Elk getal opent de lijst die erachter zit.',
  period: {
    label: 'Periode',
    allTime: 'Alles',
    /** {year} */
    schoolYear: 'Schooljaar {year}',
    /** {term} */
    term: 'Periode {term}',
    terms: { t1: 'augustus tot en met november', t2: 'december tot en met maart', t3: 'april tot en met juli' },
  },
  bouwen: { onderbouw: 'Onderbouw', middenbouw: 'Middenbouw', bovenbouw: 'Bovenbouw' },
  statuses: {
    open: 'Open',
    kept: 'Nagekomen',
    partlyKept: 'Deels nagekomen',
    notKept: 'Niet nagekomen',
    renegotiated: 'Opnieuw afgesproken',
  },
  progress: {
    title: 'Voortgang van het veranderplan',
    /** {round} */
    round: 'Ronde {round}',
    currentStep: 'Huidige stap',
    roundComplete: 'Alle stappen van deze ronde zijn gedaan.',
    stepsDone: 'Stappen gedaan',
    scoreTrend: 'Score richting de droom',
    scoreHint: 'Op een schaal van 0 tot 10: waar staat het team na elke bijeenkomst?',
    noScores: 'Er zijn in deze periode nog geen scores vastgelegd.',
  },
  meetings: {
    title: 'Bijeenkomsten',
    planned: 'Gepland',
    held: 'Gehouden',
    cancelled: 'Afgezegd',
    notRecorded: 'Datum voorbij, niet vastgelegd',
  },
  promises: {
    title: 'Beloftes per bouw',
    made: 'Beloftes',
    overdue: 'Over de datum',
    supportOpen: 'Open hulpvragen',
    total: 'Hele team',
    madeHint: 'Een belofte die opnieuw is afgesproken, telt één keer mee.',
  },
  parents: {
    title: 'Ouders',
    talksHeld: 'Oudergesprekken gehouden',
    withFollowUp: 'Met vervolggesprek gepland',
    withoutFollowUp: 'Nog zonder vervolggesprek',
    agreementsMade: 'Afspraken met ouders',
    agreementsOverdue: 'Afspraken over de datum',
  },
  intervisie: {
    title: 'Intervisie per groep',
    group: 'Groep',
    held: 'Gehouden',
    none: 'Er zijn nog geen intervisiegroepen.',
  },
  links: {
    /** {count} */
    showItems: 'Toon de {count} onderdelen',
    showTable: 'Toon als tabel',
    print: 'Afdrukken / pdf',
  },
  view: {
    loading: 'Het dashboard wordt geladen…',
    failed: 'Het dashboard kon niet worden geladen.',
    retry: 'Opnieuw proberen',
    noCycle: 'Er is nog geen veranderplan. Zodra de IB er een start, staan hier de cijfers.',
    cycle: 'Veranderplan',
    /** {cycle} */
    eyebrow: 'Veranderplan: {cycle}',
    /** {done} {total} */
    stepsDoneValue: '{done} van {total}',
    /** {number} {title} */
    step: 'Stap {number}: {title}',
    latestScore: 'Laatste score',
    forTeachers: {
      title: 'Het dashboard is van het MT',
      text: 'Hier volgen de directie en de IB de verandering in cijfers, voor het hele team samen. Je eigen beloftes en die van je bouw vind je onder Beloftes; waar het team staat zie je in het Tijdspad.',
    },
    promisesChart: 'Beloftes per bouw, naar uitkomst',
    /** {bouw} {made} */
    promisesChartBar: '{bouw}: {made} beloftes',
    promisesChartLabel: 'Staafdiagram van de beloftes per bouw, verdeeld naar uitkomst. De tabel eronder bevat dezelfde getallen.',
    team: 'Het team',
    teamNone: 'Er is nog geen teamscan of zelfevaluatie vastgelegd.',
    printHint: 'Het verslag voor de MR en het schoolbestuur, met de grafieken: druk het af of sla het op als pdf.',
    /** {figure} {count} */
    itemsHeading: '{figure} ({count})',
    itemsLoading: 'De onderdelen worden geladen…',
    itemsFailed: 'De onderdelen konden niet worden geladen.',
    itemsEmpty: 'Achter dit getal zitten geen onderdelen.',
    itemsKeys: 'Gebruik de pijltjestoetsen om door de lijst te gaan.',
    close: 'Sluiten',
    /** {group} */
    pupilGroup: 'groep {group}',
    /** {date} */
    due: 'uiterlijk {date}',
    session: 'Intervisiebijeenkomst',
    meetingStatuses: { planned: 'Gepland', held: 'Gehouden', cancelled: 'Afgezegd' },
  },
  report: {
    title: 'Voortgangsverslag: {cycle}',
    allTime: 'Alle periodes',
    range: '{from} tot en met {to}',
    generatedOn: 'Gemaakt op {date}',
    sections: {
      progress: 'Voortgang van het veranderplan',
      meetings: 'Bijeenkomsten',
      promises: 'Beloftes per bouw',
      parents: 'Samenwerking met ouders',
      intervisie: 'Intervisie',
      teamScan: 'Fasen van betrokkenheid in het team',
      selfAssessment: 'Teamvolwassenheid en partnerschapsprofiel',
    },
    progress: {
      currentStep: 'Huidige stap',
      roundComplete: 'Ronde {round} is afgerond',
      step: 'Stap {number}: {title}',
      stepsDone: 'Stappen gedaan',
      stepsDoneValue: '{done} van {total}',
      latestScore: 'Laatste score (0–10)',
      scoreChart: 'Score richting de droom per bijeenkomst',
      date: 'Datum',
      score: 'Score',
      noScores: 'Er zijn in deze periode nog geen scores vastgelegd.',
    },
    meetings: {
      planned: 'Gepland',
      held: 'Gehouden',
      cancelled: 'Afgezegd',
      notRecorded: 'Datum voorbij, niet vastgelegd',
    },
    promises: {
      caption: 'Beloftes van leerkrachten per bouw, naar hoe ze zijn nagekomen',
      bouw: 'Bouw',
      made: 'Beloftes',
      overdue: 'Over de datum',
      supportOpen: 'Open hulpvragen',
      total: 'Hele team',
    },
    parents: {
      talksHeld: 'Oudergesprekken gehouden',
      withFollowUp: 'Met vervolggesprek gepland',
      agreementsMade: 'Afspraken met ouders',
      agreementsOverdue: 'Afspraken over de datum',
    },
    intervisie: {
      caption: 'Intervisiebijeenkomsten per groep',
      group: 'Groep',
      held: 'Gehouden',
      none: 'Er zijn nog geen intervisiegroepen.',
    },
    teamScan: {
      caption: 'Aantal mensen per fase op {date}',
      stage: 'Fase',
      people: 'Mensen',
      change: 'Verschil sinds {date}',
      leadership: 'Leiderschapsstijl die past',
      steps: 'Stappen om aan te werken',
      toward: '{current}, op weg naar {toward}',
      none: 'In deze periode is geen teamscan gedaan.',
      tooSmall: 'De scan omvat te weinig mensen om totalen te tonen.',
    },
    selfAssessment: {
      kinds: { maturity: 'Teamvolwassenheid', schoolType: 'Partnerschapsprofiel' },
      current: 'nu',
      overall: 'Stappen sinds de eerste meting',
      date: 'Datum',
      value: 'Waar het team zich plaatst',
      rationale: 'Toelichting van het team',
      none: 'in deze periode niet ingevuld',
    },
  },
} as const;
