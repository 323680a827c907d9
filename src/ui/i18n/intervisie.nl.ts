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
} as const satisfies IntervisieTexts;
