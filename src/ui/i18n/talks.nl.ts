import type { TalkMessages } from '../../domain/talks/messages';

/** Oudergesprekken: templates, invite, summary and side-panel prompts (Dutch, the default). */
export const talksNl = {
  locale: 'nl-NL',
  types: {
    startgesprek: {
      name: 'Startgesprek',
      purpose:
        'Aan het begin van het schooljaar willen we vooral van u horen: u kent uw kind het langst en het best. Wat u vertelt, helpt ons om uw kind een goede start te geven.',
    },
    voortgang: {
      name: 'Voortgangsgesprek',
      purpose:
        'We kijken samen hoe het met uw kind gaat, thuis en op school, en wat we hebben afgesproken sinds de vorige keer.',
    },
    rapport: {
      name: 'Rapportgesprek',
      purpose:
        'We bespreken samen het rapport: wat gaat goed, wat mag groeien, en wat valt u op?',
    },
    zorg: {
      name: 'Gesprek over extra ondersteuning',
      purpose:
        'Uw kind krijgt of heeft misschien extra hulp nodig. We delen wat we zien, horen graag wat u ziet, en maken samen een plan.',
    },
    advies: {
      name: 'Adviesgesprek groep 8',
      purpose:
        'We bespreken welk type voortgezet onderwijs het best bij uw kind past, hoe dat advies tot stand kwam en wat de volgende stappen zijn.',
    },
    zorgteam: {
      name: 'Gesprek met het zorgteam',
      purpose:
        'In het zorgteam denken mensen van school en deskundigen van buiten mee over wat uw kind nodig heeft. U bent erbij als kenner van uw kind; samen komen we tot afspraken.',
    },
  },
  roles: {
    leerkracht: 'leerkracht',
    ib: 'intern begeleider (coördineert de extra hulp op school)',
    directie: 'directie',
    orthopedagoog: 'orthopedagoog (deskundige in leren en gedrag)',
    schoolmaatschappelijkWerk: 'schoolmaatschappelijk werker (helpt gezinnen en school samen verder)',
    schoolarts: 'jeugdarts',
    consulentOnderwijs: 'onderwijsconsulent',
    externeDeskundige: 'deskundige van buiten school',
  },
  modes: {
    inPerson: 'Op school',
    online: 'Online via Microsoft Teams',
  },
  agenda: {
    welcome: 'Welkom en waarom we vandaag praten',
    introductions: 'Even voorstellen: wie zijn er en waarom',
    procedure: 'Hoe het gesprek verloopt en wat we samen willen bereiken',
    positiveStart: 'Eerst: wat gaat er goed?',
    lookBack: 'Terugkijken op de afspraken van de vorige keer',
    parentsStory: 'U vertelt over uw kind',
    parentsView: 'Hoe ziet u het?',
    schoolView: 'Wat ziet de leerkracht in de klas?',
    expertsView: 'Wat zien school en de deskundigen?',
    childVoice: 'Wat vindt uw kind er zelf van?',
    expectations: 'Wat verwachten we van elkaar, en hoe houden we contact?',
    supportNeeds: 'Wat heeft uw kind nodig, thuis en op school?',
    supportPlan: 'Het plan voor extra hulp, in gewone woorden',
    advice: 'Het schooladvies en hoe het tot stand kwam',
    questions: 'Tijd voor uw vragen',
    nextSteps: 'De volgende stappen: open dagen en aanmelden',
    agreements: 'Afspraken: wie doet wat, wanneer, en wanneer praten we weer',
  },
  questions: {
    proud: 'Waar is uw kind goed in? Waar bent u trots op?',
    home: 'Wat doet uw kind thuis graag, en wat vindt het moeilijk?',
    hopes: 'Wat hoopt u dat uw kind dit jaar leert of beleeft?',
    knowTeacher: 'Wat moet de leerkracht weten om uw kind goed te kunnen helpen?',
    contact: 'Hoe vaak en op welke manier wilt u graag contact met ons?',
    sinceLast: 'Wat is u opgevallen sinds ons vorige gesprek?',
    agreementsAtHome: 'Hoe gingen de afspraken van de vorige keer bij u thuis?',
    childSays: 'Wat vertelt uw kind zelf over school?',
    report: 'Wat valt u op in het rapport, en waar wilt u meer over horen?',
    worries: 'Waar maakt u zich zorgen over, en sinds wanneer?',
    whatHelps: 'Wat werkt thuis goed bij uw kind?',
    needs: 'Wat heeft uw kind volgens u nodig, thuis en op school?',
    secondarySchool: 'Aan welke school of welk soort onderwijs denken u en uw kind?',
    hopedOutcome: 'Wat zou dit gesprek voor u de moeite waard maken?',
    ownQuestions: 'Welke vragen wilt u zeker stellen?',
  },
  owners: {
    school: 'School',
    ouder: 'Ouder(s)',
    kind: 'Kind',
  },
  prompts: {
    openPositive: 'Begin met iets wat goed gaat, bij het kind of bij de ouders.',
    parentsFirst: 'Laat de ouders eerst vertellen hoe zij het zien, en vraag door.',
    childVoice: 'Wat zegt het kind zelf? Vraag het, of vraag de ouders wat het thuis vertelt.',
    plainLanguage: 'Zeg het in gewone woorden. Gebruik je toch een vakterm, leg hem dan uit.',
    agreements: 'Leg afspraken samen vast: wat, wie (school, ouder of kind) en wanneer.',
    followUp: 'Plan het vervolggesprek nu, nu iedereen er nog is.',
  },
  invite: {
    subject: '{type} – {pupil}',
    greeting: 'Beste {names},',
    whenLabel: 'Wanneer',
    whereLabel: 'Waar',
    inPersonAt: 'Op school: {location}',
    onlineNote: 'Online in Microsoft Teams. De link om deel te nemen staat in deze uitnodiging.',
    whoHeading: 'Wie zijn erbij',
    parentRole: 'ouder',
    childJoins: '{pupil} is er ook bij.',
    preTalkNote:
      'De mensen van school bereiden het gesprek vanaf {time} een kwartier samen voor. Daarna schuift u aan.',
    agendaHeading: 'Wat we bespreken',
    prepareHeading: 'Ter voorbereiding',
    prepareIntro:
      'Denk er gerust alvast over na. U hoeft niets op te schrijven; neem ook uw eigen vragen mee.',
    plainLanguage:
      'We praten in gewone taal. Hoort u toch een woord of afkorting die u niet kent, vraag er dan gerust naar.',
    closing: 'Tot dan! Lukt het niet op deze tijd, laat het ons dan even weten.',
  },
  preTalk: {
    subject: 'Voorbespreking {type} – {pupil}',
    body: 'Alleen voor de mensen van school. We stemmen kort af hoe we het gesprek met de ouders voeren en wie wat inbrengt.',
  },
  summary: {
    subject: 'Afspraken uit ons gesprek over {pupil} ({date})',
    greeting: 'Beste {names},',
    intro: 'Dank u wel voor ons gesprek van {date} ({type}). Hieronder staat wat we samen hebben afgesproken.',
    agreementsHeading: 'Onze afspraken',
    whatLabel: 'Wat',
    ownerLabel: 'Wie',
    dueLabel: 'Wanneer klaar',
    noAgreements: 'Deze keer hebben we geen nieuwe afspraken gemaakt.',
    notesHeading: 'Verder besproken',
    followUp: 'We spreken elkaar weer op {date}.',
    correction: 'Klopt er iets niet of mist er iets? Laat het ons weten, dan passen we het aan.',
    closing: 'Met vriendelijke groet,',
  },
  record: {
    healthHint:
      'Het lijkt erop dat hier iets over gezondheid of een diagnose staat. Zulke gegevens horen niet in Driehoek. Kun je het anders zeggen, bijvoorbeeld wat je in de klas ziet?',
    internal: 'Alleen voor school',
    shareable: 'Mag naar de ouders',
  },
  /** The talks section, the meeting side panel and the agreements in the promise tracker. */
  ui: {
    status: {
      draft: 'Concept',
      planned: 'Gepland',
      held: 'Gehouden',
      cancelled: 'Afgezegd',
    },
    view: {
      heading: 'Gesprekken',
      intro:
        'Plan oudergesprekken als Teams-vergadering. De ouders krijgen vooraf te zien waar het over gaat, wie er zijn en een paar vragen om over na te denken.',
      loading: 'De gesprekken worden geladen…',
      plan: 'Een gesprek plannen',
      tabsLabel: 'Welke gesprekken',
      upcoming: 'Komende gesprekken',
      mine: 'Mijn gesprekken',
      emptyUpcoming: 'Er staan geen gesprekken gepland.',
      emptyMine: 'Je hebt nog geen gesprekken gepland. Begin met “Een gesprek plannen”.',
      back: 'Terug naar de gesprekken',
      /** {title} */
      recordHeading: 'Verslag: {title}',
      /** {when} */
      rescheduled: 'Het gesprek is verzet naar {when}.',
      cancelled: 'Het gesprek is afgezegd. De deelnemers krijgen bericht.',
    },
    card: {
      /** {type} {pupil} */
      title: '{type} – {pupil}',
      /** {name} {group} */
      pupil: '{name}, groep {group}',
      /** {date} {start} {end} */
      when: '{date}, {start}–{end}',
      /** {names} */
      people: 'Met {names}',
      /** {pupil} */
      childJoins: '{pupil} praat mee',
      preTalk: 'Met voorbespreking van 15 minuten',
      online: 'Online',
      /** {location} */
      inPersonAt: 'Op school: {location}',
      inPerson: 'Op school',
      join: 'Deelnemen in Teams',
      openCalendar: 'Openen in agenda',
      reschedule: 'Verzetten',
      cancel: 'Afzeggen',
      record: 'Verslag en afspraken',
      /** {pupil} */
      exportData: 'Gegevens van {pupil} downloaden',
      /** {date} */
      followUpOn: 'Vervolggesprek op {date}',
      /** {date} */
      summarySent: 'Samenvatting verstuurd op {date}',
      actions: 'Acties',
    },
    form: {
      heading: 'Een gesprek plannen',
      intro:
        'Driehoek maakt een Teams-vergadering in je agenda. De uitnodiging vertelt de ouders waarom jullie praten, wie erbij zijn, de agenda met tijden en de vragen ter voorbereiding.',
      type: 'Soort gesprek',
      /** {default} {max} */
      typeHint: 'Duurt meestal {default} minuten, hoogstens {max}.',
      pupilSection: 'Leerling',
      pupil: 'Leerling',
      choosePupil: 'Kies een leerling',
      newPupil: 'Nieuwe leerling…',
      firstName: 'Voornaam',
      firstNameHint: 'Alleen de voornaam. Meer bewaart Driehoek niet van een kind.',
      group: 'Groep',
      /** {group} */
      groupOption: 'Groep {group}',
      parentsSection: 'Ouders',
      parentsHint:
        'Wonen de ouders apart? Geef ze elk hun eigen huishouden: beide krijgen de uitnodiging en de samenvatting.',
      /** {n} */
      parent: 'Ouder {n}',
      name: 'Naam',
      email: 'E-mailadres',
      household: 'Huishouden',
      /** {n} */
      householdOption: 'Huishouden {n}',
      addParent: 'Ouder toevoegen',
      /** {n} */
      removeParent: 'Ouder {n} weghalen',
      colleagues: 'Collega’s kiezen',
      colleaguesHint: 'Kies wie er van school bij is; pas daarna de rol aan als dat nodig is. Iemand van buiten school voeg je hieronder toe.',
      staffSection: 'Van school',
      staffHint:
        'Ouders lezen in de uitnodiging wie er zijn en in welke rol. Zo komt niemand voor verrassingen te staan.',
      /** {n} */
      staffMember: 'Deelnemer {n}',
      role: 'Rol',
      addStaff: 'Iemand van school toevoegen',
      /** {n} */
      removeStaff: 'Deelnemer {n} weghalen',
      childJoins: 'Het kind praat mee',
      childJoinsHint: 'Vanaf groep 6 kan een kind goed zelf vertellen hoe het gaat. De agenda krijgt dan een punt voor het kind.',
      /** {pupil} */
      childSuggested: '{pupil} zit in groep 6 of hoger: meepraten is aan te raden.',
      mode: 'Waar',
      location: 'Plek op school',
      locationHint: 'Bijvoorbeeld: het lokaal van groep 7.',
      teamsNote: 'Er hoort altijd een Teams-vergadering bij, zodat wie niet kan komen online kan aanschuiven.',
      whenSection: 'Wanneer',
      date: 'Datum',
      start: 'Begintijd',
      end: 'Eindtijd',
      /** {minutes} {max} */
      duration: 'Duur: {minutes} minuten (hoogstens {max})',
      preTalk: 'Voorbespreking van 15 minuten, alleen met de mensen van school',
      preTalkHint:
        'Een aparte afspraak vlak voor het gesprek. De ouders lezen in de uitnodiging dat die er is; het gesprek met hen duurt hoogstens 45 minuten.',
      agendaSection: 'Agenda',
      agendaHint: 'Uit het sjabloon voor dit soort gesprek. Pas de volgorde, de minuten en de woorden gerust aan.',
      questionsSection: 'Vragen ter voorbereiding',
      questionsHint: 'Deze vragen staan in de uitnodiging. Ouders hoeven niets op te schrijven.',
      submit: 'Plannen en uitnodigen',
      planning: 'Het gesprek wordt gepland…',
      cancel: 'Annuleren',
      checkFields: 'Nog niet alles klopt. Kijk bij de velden met een melding.',
      failed: 'Plannen lukte niet. Er is niets verstuurd; probeer het opnieuw.',
    },
    agenda: {
      /** {n} */
      item: 'Agendapunt {n}',
      topic: 'Onderwerp',
      minutes: 'Minuten',
      /** {n} */
      moveUp: 'Agendapunt {n} omhoog',
      /** {n} */
      moveDown: 'Agendapunt {n} omlaag',
      /** {n} */
      remove: 'Agendapunt {n} weghalen',
      add: 'Agendapunt toevoegen',
      /** {total} {duration} */
      total: 'Samen {total} van {duration} minuten',
      /** {total} {duration} */
      over: 'De agenda duurt {total} minuten, langer dan het gesprek ({duration} minuten).',
      fit: 'Passend maken',
      reset: 'Opnieuw uit het sjabloon',
      /** {start} {end} */
      times: '{start}–{end}',
    },
    questions: {
      /** {n} */
      item: 'Vraag {n}',
      add: 'Vraag toevoegen',
      /** {n} */
      moveUp: 'Vraag {n} omhoog',
      /** {n} */
      moveDown: 'Vraag {n} omlaag',
      /** {n} */
      remove: 'Vraag {n} weghalen',
      reset: 'Opnieuw uit het sjabloon',
    },
    errors: {
      endBeforeStart: 'De eindtijd moet na de begintijd liggen.',
      /** {max} */
      tooLongForType: 'Dit soort gesprek duurt hoogstens {max} minuten.',
      /** {max} */
      agendaTooLong: 'De agenda past niet in het gesprek: samen hoogstens {max} minuten.',
      firstNameOnly: 'Alleen de voornaam, zonder spatie of achternaam.',
      choosePupil: 'Kies een leerling of voeg er een toe.',
      parentsRequired: 'Voeg minstens één ouder toe.',
      staffRequired: 'Voeg minstens één persoon van school toe.',
      time: 'Vul een tijd in, bijvoorbeeld 15:00.',
      minutes: 'Minstens 1 minuut.',
      preTalkOnlyZorgteam: 'Een voorbespreking hoort alleen bij een gesprek met het zorgteam.',
    },
    clash: {
      heading: 'Je agenda is op dat moment al bezet',
      body: 'Er staat al iets anders in je agenda:',
      /** {subject} {start} {end} */
      item: '{subject} ({start}–{end})',
      noSubject: 'Afspraak zonder onderwerp',
      planAnyway: 'Toch plannen',
      change: 'Ander tijdstip kiezen',
      plannedAnyway: 'Let op: op dat moment staat er ook iets anders in je agenda.',
    },
    result: {
      heading: 'Het gesprek is gepland',
      /** {names} */
      body: 'De uitnodiging met de agenda, de deelnemers en de vragen is verstuurd aan {names}.',
      join: 'Link om deel te nemen',
      openCalendar: 'Openen in agenda',
      noLink: 'Teams gaf (nog) geen link terug. Open de afspraak in je agenda.',
      another: 'Nog een gesprek plannen',
      copy: 'Link kopiëren',
      copied: 'De link is gekopieerd.',
    },
    reschedule: {
      /** {title} */
      heading: 'Verzetten: {title}',
      body: 'Iedereen krijgt de nieuwe tijd in de agenda.',
      save: 'Verzetten',
      saving: 'Het gesprek wordt verzet…',
    },
    cancel: {
      /** {title} */
      heading: 'Afzeggen: {title}?',
      body: 'De afspraak verdwijnt uit de agenda’s en iedereen krijgt een afzegging. Wat al is vastgelegd, blijft bewaard.',
      confirm: 'Ja, afzeggen',
      keep: 'Niet afzeggen',
      failed: 'Afzeggen lukte niet. Probeer het opnieuw.',
    },
    exportData: {
      hint: 'Recht op inzage: alles wat Driehoek over deze leerling bewaart, in één bestand voor de ouders.',
      /** {pupil} */
      done: 'Het bestand met de gegevens van {pupil} is gedownload.',
      failed: 'Het bestand kon niet worden gemaakt. Probeer het opnieuw.',
      /** {pupil} {date} */
      fileName: 'driehoek-{pupil}-{date}.json',
    },
    panel: {
      heading: 'Oudergesprek',
      pickHeading: 'Welk gesprek is dit?',
      pickIntro: 'Kies het gesprek dat nu begint. Driehoek onthoudt je keuze voor deze vergadering.',
      today: 'Jouw gesprekken vandaag',
      noneToday: 'Je hebt vandaag geen gesprekken gepland.',
      later: 'Komende gesprekken',
      loading: 'Het gesprek wordt geladen…',
      missing: 'Dit gesprek is niet (meer) te vinden. Kies een ander gesprek.',
      change: 'Ander gesprek kiezen',
      sections: {
        agenda: 'Agenda en tijd',
        prompts: 'Tips voor het gesprek',
        glossary: 'Woordenlijst',
        notes: 'Aantekeningen',
        agreements: 'Afspraken',
        followUp: 'Vervolggesprek',
        summary: 'Samenvatting voor de ouders',
        stage: 'Op het scherm voor iedereen',
      },
    },
    timer: {
      start: 'Starten',
      pause: 'Pauze',
      resume: 'Verder',
      next: 'Volgend punt',
      restart: 'Opnieuw beginnen',
      notStarted: 'Start de klok zodra het gesprek begint.',
      paused: 'Gepauzeerd',
      now: 'Nu',
      /** {elapsed} {planned} */
      elapsedOf: '{elapsed} van {planned}',
      /** {time} */
      left: 'nog {time}',
      /** {time} */
      over: '{time} over de tijd',
      total: 'Hele gesprek',
      itemsLabel: 'Agendapunten',
      /** {minutes} */
      minutes: '{minutes} min.',
      done: 'klaar',
      /** {item} {minutes} */
      announceItem: 'Nu: {item}. {minutes} minuten.',
      /** {item} */
      announceOver: '{item} loopt over de tijd.',
      announceTotalOver: 'Het gesprek loopt over de geplande tijd.',
      announceEnd: 'Dit was het laatste agendapunt.',
      tip: 'Tip',
    },
    glossary: {
      search: 'Zoek een woord',
      hint: 'Bijvoorbeeld OPP, TLV of groepsplan. Leg zo’n woord in gewone taal uit.',
      examples: 'Vaak gebruikt',
      /** {query} */
      noMatch: 'Geen uitleg gevonden voor “{query}”.',
      /** {count} */
      results: '{count} gevonden',
    },
    jargon: {
      heading: 'Kennen de ouders deze woorden?',
      body: 'Leg ze uit in gewone taal, of gebruik een ander woord.',
    },
    notes: {
      text: 'Nieuwe aantekening',
      visibility: 'Voor wie',
      add: 'Aantekening toevoegen',
      empty: 'Nog geen aantekeningen.',
      listLabel: 'Aantekeningen',
      hint: 'Alleen aantekeningen die naar de ouders mogen, komen in de samenvatting.',
      remove: 'Weghalen',
      makeShareable: 'Mag naar de ouders',
      makeInternal: 'Alleen voor school',
      saved: 'De aantekening is opgeslagen.',
      removed: 'De aantekening is weggehaald.',
      theirs: 'De aantekeningen zoals ze nu zijn opgeslagen:',
    },
    agreements: {
      text: 'Wat spreken we af?',
      owner: 'Wie doet het',
      /** {pupil} */
      ownerChild: '{pupil} (kind)',
      dueDate: 'Klaar op',
      followUpDate: 'Terugkijken op',
      followUpHint: 'Het moment waarop jullie samen terugkijken, meestal het vervolggesprek.',
      add: 'Afspraak vastleggen',
      empty: 'Nog geen afspraken.',
      listLabel: 'Afspraken',
      /** {date} */
      dueOn: 'klaar op {date}',
      /** {date} */
      followUpOn: 'terugkijken op {date}',
      saved: 'De afspraak is vastgelegd.',
    },
    followUp: {
      weeks: 'Over hoeveel weken',
      /** {weeks} */
      weeksOption: '{weeks} weken',
      /** {when} */
      proposal: 'Voorstel: {when}',
      hint: 'Dezelfde mensen en dezelfde tijd. De open afspraken krijgen deze datum om op terug te kijken.',
      plan: 'Vervolggesprek plannen',
      planning: 'Het vervolggesprek wordt gepland…',
      /** {when} */
      planned: 'Het vervolggesprek staat op {when}.',
      failed: 'Het vervolggesprek kon niet worden gepland. Probeer het opnieuw.',
    },
    summary: {
      intro:
        'Lees de samenvatting na voordat je hem verstuurt. Alleen afspraken en aantekeningen die naar de ouders mogen, staan erin.',
      to: 'Aan',
      subject: 'Onderwerp',
      preview: 'Zo krijgen de ouders hem',
      send: 'Versturen naar de ouders',
      resend: 'Opnieuw versturen',
      sending: 'De samenvatting wordt verstuurd…',
      /** {date} {names} */
      sent: 'Verstuurd op {date} aan {names}.',
      alreadySent: 'De samenvatting was al verstuurd. Wil je hem nog een keer sturen?',
      stillSending: 'Een eerdere poging is misschien nog onderweg. Wacht een paar minuten en probeer het dan opnieuw; Driehoek kijkt eerst in Verzonden items, zodat de ouders de mail niet twee keer krijgen.',
      failed: 'Versturen lukte niet. Probeer het opnieuw.',
      markHeld: 'Het gesprek is gehouden',
      held: 'Dit gesprek is gehouden.',
    },
    stage: {
      share: 'Op het scherm delen',
      sharing: 'Bezig met delen…',
      shared: 'Staat op het scherm. Iedereen in de vergadering ziet de agenda en de uitleg van woorden.',
      failed: 'Delen lukte niet. Probeer het opnieuw.',
      noPermission: 'Teams staat delen op het scherm hier niet toe. Vraag de organisator om het te delen.',
      hint: 'Op het scherm komen alleen de agenda en de uitleg van woorden; geen namen, aantekeningen of afspraken.',
      termsLabel: 'Welke woorden leg je uit?',
      typedLeftOut: 'Agendapunten die je zelf hebt getypt, komen niet op het scherm.',
      heading: 'Samen in gesprek',
      intro: 'Op dit scherm staan de agenda en uitleg van woorden die we op school gebruiken. Gegevens over uw kind staan hier niet op.',
      agendaHeading: 'Waar we het over hebben',
      glossaryHeading: 'Woorden die we op school gebruiken',
      /** {minutes} */
      minutes: '{minutes} minuten',
      /** {total} */
      total: 'Samen ongeveer {total} minuten',
    },
    pupils: {
      tab: 'Leerlingen',
      heading: 'Leerlingen en bewaartermijn',
      intro:
        'Driehoek bewaart van een leerling alleen de voornaam en de groep, met de gesprekken en afspraken. Twee jaar nadat een leerling van school is gegaan, ruimt Driehoek alles over die leerling op.',
      introTeacher: 'Hier vind je de leerlingen van jouw groep. Ouders hebben recht op inzage: download alles wat Driehoek over hun kind bewaart.',
      loading: 'De leerlingen worden geladen…',
      empty: 'Er staan nog geen leerlingen in Driehoek. Een leerling komt erbij zodra je een gesprek plant.',
      tableLabel: 'Leerlingen',
      name: 'Voornaam',
      group: 'Groep',
      state: 'Status',
      actions: 'Acties',
      atSchool: 'Op school',
      /** {date} {removal} */
      left: 'Vertrokken op {date}; gegevens weg op {removal}',
      /** {group} */
      groupValue: 'Groep {group}',
      exportJson: 'Gegevens (JSON)',
      exportPrint: 'Afdrukversie',
      /** {pupil} */
      exportJsonLabel: 'Gegevens van {pupil} downloaden als JSON',
      /** {pupil} */
      exportPrintLabel: 'Afdrukbare versie voor {pupil} downloaden',
      /** {pupil} {date} */
      printFileName: 'driehoek-{pupil}-{date}.html',
      markLeft: 'Vertrokken…',
      /** {pupil} */
      markLeftLabel: '{pupil} markeren als vertrokken',
      /** {pupil} */
      markLeftHeading: '{pupil} is van school gegaan',
      markLeftBody: 'Vanaf deze datum loopt de bewaartermijn van twee jaar. Daarna worden de gesprekken en afspraken van deze leerling verwijderd.',
      leftOn: 'Datum van vertrek',
      leftOnInvalid: 'Vul een geldige datum in.',
      markLeftConfirm: 'Opslaan',
      markLeftCancel: 'Annuleren',
      /** {pupil} */
      markedLeft: '{pupil} staat nu als vertrokken.',
      markLeftFailed: 'Opslaan lukte niet. Probeer het opnieuw.',
      retentionHeading: 'Opruimen na de bewaartermijn',
      retentionIntro:
        'Verwijdert alles over leerlingen die twee jaar of langer geleden van school zijn gegaan. Je ziet eerst wat er weg gaat.',
      retentionCheck: 'Bekijken wat er weg gaat',
      retentionChecking: 'Bezig met tellen…',
      retentionNothing: 'Er is niets om op te ruimen.',
      /** {pupils} {talks} {agreements} */
      retentionConfirmBody: 'Van {pupils} leerling(en) worden {talks} gesprek(ken) en {agreements} afspraak/afspraken verwijderd, met de leerling zelf. Dit kan niet ongedaan worden gemaakt.',
      /** {count} */
      retentionEventsPast:
        '{count} afspraak/afspraken in de agenda liggen al in het verleden en blijven staan: verwijderen zou de ouders nu nog een afzegging sturen. De agenda valt onder het bewaarbeleid van de school in Microsoft 365.',
      /** {count} */
      retentionEventsFuture: '{count} geplande afspraak/afspraken in jouw agenda worden afgezegd; de genodigden krijgen een afzegging.',
      retentionConfirmHeading: 'Gegevens definitief verwijderen?',
      retentionConfirm: 'Ja, verwijderen',
      retentionKeep: 'Niet verwijderen',
      /** {pupils} {talks} {agreements} */
      retentionDone: 'Opgeruimd: {pupils} leerling(en), {talks} gesprek(ken) en {agreements} afspraak/afspraken.',
      retentionFailed: 'Opruimen lukte niet helemaal. Probeer het opnieuw; wat al weg is, blijft weg.',
      print: {
        /** {pupil} */
        title: 'Gegevens van {pupil} in Driehoek',
        /** {date} */
        exportedAt: 'Gemaakt op {date}',
        intro: 'Dit is alles wat Driehoek over deze leerling bewaart: de gesprekken met de ouders, de aantekeningen (ook die alleen voor school waren) en de afspraken.',
        /** {date} */
        removal: 'Deze gegevens worden verwijderd op {date}.',
        talksHeading: 'Gesprekken',
        noTalks: 'Geen gesprekken.',
        agendaHeading: 'Agenda',
        participantsHeading: 'Wie waren er',
        notesHeading: 'Aantekeningen',
        internal: 'alleen voor school',
        shareable: 'gedeeld met ouders',
        agreementsHeading: 'Afspraken',
        noAgreements: 'Geen afspraken.',
        /** {date} */
        due: 'klaar op {date}',
        /** {date} */
        summarySent: 'Samenvatting verstuurd op {date}',
      },
    },
    agreementsPanel: {
      heading: 'Afspraken met ouders',
      intro:
        'Afspraken uit oudergesprekken volg je net als beloftes: wie doet wat, wanneer is het klaar en wanneer kijken jullie samen terug.',
      viewsLabel: 'Welke afspraken',
      mine: 'Mijn afspraken',
      overdue: 'Over de datum',
      emptyMine: 'Er staan geen open afspraken uit jouw gesprekken.',
      emptyOverdue: 'Geen afspraken over de datum. Mooi zo!',
      loading: 'De afspraken worden geladen…',
      /** {name} {group} */
      pupil: '{name} (groep {group})',
      overdueBadge: 'Over de datum',
      report: 'Terugkoppelen',
      reported: 'De terugkoppeling is opgeslagen.',
    },
  },
} as const satisfies TalkMessages & { ui: object };
