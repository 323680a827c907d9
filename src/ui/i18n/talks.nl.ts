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
} as const satisfies TalkMessages;
